import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import { fixedClock } from '../../../src-main/config/clock'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'
import { AppFailure } from '../../../src-main/errors'
import { durableIo, journalText } from '../../../src-main/ledger/journal'
import type { LedgerIo } from '../../../src-main/ledger/journal'
import { Ledger } from '../../../src-main/ledger/ledger'
import type { DomainBody } from '../../../src-main/kit/events'
import { LEDGER_VERSION } from '../../../src-main/registry/events'
import { createRecord } from '../../../src-main/registry/record'
import { buildSnapshot } from '../support/replay'
import { slices } from '../../../src-main/registry/state'
import { fold } from '../support/replay'
import { appFormat } from '../support/app-format'
import { sectionOf } from '../support/core-harness'
import { chainOf, confirmed } from '../support/events'
import { realGuide } from '../support/guide'
import { useTempDirs } from '../support/temp-dir'
import { english } from '../../support/english'

const tempDir = useTempDirs()
const NOW = new Date('2025-03-01T09:00:00.000Z')
const vendor: DomainBody = { type: 'profile-saved', data: { audience: 'vendor', seed: 'no', orgEmail: 'a@acme.com', onboardingEmailOn: null } }

function record(dir: string, io: LedgerIo = durableIo) {
  const ledger = Ledger.open(dir, NOW, appFormat, io)
  const notify = vi.fn<(s: Snapshot) => void>()
  const service = createRecord(ledger, {
    guide: realGuide(),
    clock: fixedClock(NOW),
    settings: DEFAULT_SETTINGS,
    timeZone: 'Asia/Singapore',
    policies: [],
    notify,
  })
  return { ledger, notify, service }
}

function failure(run: () => unknown): AppFailure {
  try {
    run()
  } catch (error) {
    if (error instanceof AppFailure) return error
    throw error
  }
  throw new Error('expected an AppFailure')
}

describe('createRecord', () => {
  it('commits an event, notifies with the new snapshot, and returns only the new head', () => {
    const { service, notify, ledger } = record(tempDir())
    const head = service.commit(vendor)
    expect(ledger.all()).toHaveLength(1)
    expect(head).toEqual({ eventCount: 1, headHash: ledger.last()!.hash })
    expect(notify).toHaveBeenCalledOnce()
    const next = notify.mock.lastCall![0]
    expect(sectionOf(next, 'profile')).toMatchObject({ status: 'in-progress', doneCount: 2 })
    expect(next).toMatchObject(head)
    // Asked again within the same change, the snapshot is the one already built and pushed.
    expect(service.snapshot()).toBe(next)
    expect(service.state().profile.profile?.audience).toBe('vendor')
  })

  it('turns a write failure into storage-failed with a plain message, and changes nothing', () => {
    const dir = tempDir()
    const readOnly = () => {
      throw new Error('EROFS: read-only file system, SECRET-PATH-DETAIL')
    }
    const { service, notify, ledger } = record(dir, { append: readOnly, replace: readOnly })
    const before = service.snapshot()
    const refused = failure(() => service.commit(vendor))
    expect(refused.code).toBe('storage-failed')
    expect(english(refused.said)).toContain(join(dir, 'ledger.jsonl'))
    expect(english(refused.said)).toMatch(/Nothing was changed/)
    expect(JSON.stringify(refused.said)).not.toContain('SECRET-PATH-DETAIL')
    expect(ledger.all()).toEqual([])
    expect(service.snapshot()).toEqual(before)
    expect(notify).not.toHaveBeenCalled()
    expect(failure(() => service.startOver()).code).toBe('storage-failed')
  })

  it('acknowledges a recovery once, recording what was moved', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'ledger.jsonl'), '[]\n')
    const { service, notify, ledger } = record(dir)
    const notice = service.snapshot().recovery!
    expect(notice.reason).toBe('invalid')
    expect(service.acknowledgeRecovery()).toEqual({ eventCount: 1, headHash: ledger.last()!.hash })
    expect(notify.mock.lastCall![0].recovery).toBeNull()
    expect(service.snapshot().recovery).toBeNull()
    expect(ledger.all()[0]).toMatchObject({ type: 'recovery-acknowledged', data: { reason: 'invalid', movedTo: notice.movedTo } })
    service.acknowledgeRecovery()
    expect(ledger.all()).toHaveLength(1)
    expect(notify).toHaveBeenCalledTimes(1)
  })

  it('starts over by archiving the file, and notifies with the new snapshot', () => {
    const dir = tempDir()
    const { service, notify } = record(dir)
    service.commit(vendor)
    const bytes = readFileSync(join(dir, 'ledger.jsonl'))
    const { archivedTo, head } = service.startOver()
    expect(archivedTo).toBe(join(dir, 'ledger.archived-2025-03-01T09-00-00-000Z.jsonl'))
    expect(readFileSync(archivedTo!).equals(bytes)).toBe(true)
    const snapshot = notify.mock.lastCall![0]
    expect(snapshot).toMatchObject({ eventCount: 1, profile: null, headHash: head.headHash })
    expect(head.eventCount).toBe(1)
    expect(readdirSync(dir).sort()).toEqual(['ledger.archived-2025-03-01T09-00-00-000Z.jsonl', 'ledger.jsonl'])
  })

  it('starts over on a folder with no file yet, archiving nothing', () => {
    const dir = tempDir()
    const { archivedTo, head } = record(dir).service.startOver()
    expect(archivedTo).toBeNull()
    expect(head.eventCount).toBe(1)
    expect(existsSync(join(dir, 'ledger.jsonl'))).toBe(true)
  })
})

// Regression: every commit used to fold the whole ledger again to build the snapshot.
describe('createRecord keeps its state event by event', () => {
  afterEach(() => vi.restoreAllMocks())
  const history = chainOf([vendor, ...Array.from({ length: 30 }, (_v, i) => confirmed('registration', 'open-link', i % 2 ? null : '2025-02-20'))])

  function withHistory() {
    const dir = tempDir()
    writeFileSync(join(dir, 'ledger.jsonl'), journalText(LEDGER_VERSION, history))
    return record(dir)
  }

  it('folds the ledger once when it opens, then applies only each new event', () => {
    const apply = vi.spyOn(slices.profile, 'apply')
    const { service } = withHistory()
    expect(apply).toHaveBeenCalledTimes(history.length)
    apply.mockClear()
    service.commit(confirmed('sign-in', 'open-portal'))
    service.snapshot()
    service.state()
    expect(apply).toHaveBeenCalledTimes(1)
  })

  it('has, after every commit, the state and snapshot a full fold of the ledger gives', () => {
    const { service, ledger } = withHistory()
    const bodies: DomainBody[] = [
      confirmed('sign-in', 'open-portal'),
      { type: 'section-reopened', data: { role: 'registration' } },
      confirmed('registration', 'open-link'),
    ]
    for (const body of bodies) {
      service.commit(body)
      const snapshot = service.snapshot()
      expect(service.state()).toEqual(fold(ledger.all()))
      const ctx = { guide: realGuide(), settings: DEFAULT_SETTINGS, timeZone: 'Asia/Singapore', policies: [] }
      expect(snapshot).toEqual(buildSnapshot(ctx, ledger.all(), null, NOW))
    }
  })

  it('starts from the new chain after Start over, and after a recovery is acknowledged', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'ledger.jsonl'), '[]\n')
    const { service, ledger } = record(dir)
    service.commit(vendor)
    service.acknowledgeRecovery()
    expect(service.state()).toEqual(fold(ledger.all()))
    service.startOver()
    expect(service.state()).toEqual(fold(ledger.all()))
    expect(service.state().profile.profile).toBeNull()
  })
})
