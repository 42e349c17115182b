import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { Guide } from '../../../src-shared/guide-schema'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import { fixedClock } from '../../../src-main/config/clock'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'
import { AppFailure } from '../../../src-main/ipc/app-failure'
import { openConfStore } from '../../../src-main/ledger/conf-store'
import { Ledger } from '../../../src-main/ledger/ledger'
import { createLedgerService } from '../../../src-main/ledger/ledger-service'
import type { DocumentStore } from '../../../src-main/ledger/store-port'
import { itemOf } from '../support/core-harness'
import { realGuide } from '../support/guide'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()
const NOW = new Date('2025-03-01T09:00:00.000Z')
const guide: Guide = realGuide()

function service(ledger: Ledger) {
  const notify = vi.fn<(s: Snapshot) => void>()
  const clock = fixedClock(NOW)
  return { notify, clock, service: createLedgerService(ledger, { guide, clock, settings: DEFAULT_SETTINGS, timeZone: 'Asia/Singapore', notify }) }
}

function catchFailure(run: () => unknown): AppFailure {
  try {
    run()
  } catch (error) {
    if (error instanceof AppFailure) return error
    throw error
  }
  throw new Error('expected an AppFailure')
}

describe('createLedgerService', () => {
  it('records a tick, notifies with the new snapshot, and returns it', () => {
    const { service: s, notify } = service(Ledger.open(openConfStore, tempDir(), NOW))
    const next = s.record({ sectionId: 'step-1', itemId: 'give-details', done: true })
    expect(itemOf(next, 'step-1', 'give-details')).toEqual({ id: 'give-details', done: true, changedAt: NOW.toISOString(), auto: false })
    expect(notify).toHaveBeenCalledExactlyOnceWith(next)
    expect(s.snapshot()).toEqual(next)
  })

  it('does nothing when the item is already in that state', () => {
    const ledger = Ledger.open(openConfStore, tempDir(), NOW)
    const { service: s, notify } = service(ledger)
    s.record({ sectionId: 'step-1', itemId: 'give-details', done: false })
    expect(ledger.all()).toHaveLength(0)
    s.record({ sectionId: 'step-1', itemId: 'give-details', done: true })
    s.record({ sectionId: 'step-1', itemId: 'give-details', done: true })
    expect(ledger.all()).toHaveLength(1)
    expect(notify).toHaveBeenCalledTimes(1)
  })

  it.each([
    ['an unknown section', { sectionId: 'step-42', itemId: 'give-details', done: true }],
    ['an unknown item', { sectionId: 'step-1', itemId: 'nope', done: true }],
    ['an item of another section', { sectionId: 'step-1', itemId: 'org-email', done: true }],
  ])('refuses %s with not-found and records nothing', (_name, input) => {
    const ledger = Ledger.open(openConfStore, tempDir(), NOW)
    const { service: s, notify } = service(ledger)
    expect(catchFailure(() => s.record(input)).code).toBe('not-found')
    expect(ledger.all()).toHaveLength(0)
    expect(notify).not.toHaveBeenCalled()
  })

  it('acknowledges a recovery once, recording what was moved', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'ledger.json'), '[]')
    const ledger = Ledger.open(openConfStore, dir, NOW)
    const { service: s, notify } = service(ledger)
    const notice = s.snapshot().recovery!
    expect(notice.reason).toBe('invalid')
    const after = s.acknowledgeRecovery()
    expect(after.recovery).toBeNull()
    expect(ledger.all()[0]).toMatchObject({ type: 'recovery-acknowledged', data: { reason: 'invalid', movedTo: notice.movedTo } })
    s.acknowledgeRecovery()
    expect(ledger.all()).toHaveLength(1)
    expect(notify).toHaveBeenCalledTimes(1)
  })

  it('turns a write failure into storage-failed and changes nothing', () => {
    const dir = tempDir()
    const store: DocumentStore = {
      path: join(dir, 'ledger.json'),
      read: () => ({}),
      write: () => {
        throw new Error('EROFS: read-only file system, SECRET-PATH-DETAIL')
      },
    }
    const ledger = Ledger.open(() => store, dir, NOW)
    const { service: s, notify } = service(ledger)
    const before = s.snapshot()
    const failure = catchFailure(() => s.record({ sectionId: 'prerequisites', itemId: 'org-email', done: true }))
    expect(failure.code).toBe('storage-failed')
    expect(failure.message).toContain(store.path)
    expect(failure.message).not.toContain('SECRET-PATH-DETAIL')
    expect(ledger.all()).toEqual([])
    expect(s.snapshot()).toEqual(before)
    expect(notify).not.toHaveBeenCalled()
  })
})

describe('createLedgerService: audience, reopening and starting over', () => {
  const vendor = { type: 'profile-saved', data: { audience: 'vendor', seedProvisioned: false, orgEmail: 'a@acme.com', onboardingEmailOn: null } } as const

  it('refuses with not-allowed an item that does not apply to the saved audience', () => {
    const ledger = Ledger.open(openConfStore, tempDir(), NOW)
    const { service: s } = service(ledger)
    s.commit(vendor)
    const failure = catchFailure(() => s.record({ sectionId: 'step-2', itemId: 'officer-fields', done: true }))
    expect(failure.code).toBe('not-allowed')
    expect(ledger.all()).toHaveLength(1)
  })

  it('reopens a done section as a new event, and refuses one that is not done', () => {
    const ledger = Ledger.open(openConfStore, tempDir(), NOW)
    const { service: s, notify } = service(ledger)
    expect(catchFailure(() => s.reopen('prerequisites')).code).toBe('not-allowed')
    expect(catchFailure(() => s.reopen('step-42')).code).toBe('not-found')
    expect(ledger.all()).toHaveLength(0)
    s.commit(vendor)
    s.commit({ type: 'registration-email-received', data: { on: '2025-02-28' } })
    expect(s.snapshot().sections[0]?.status).toBe('done')
    const before = [...ledger.all()]
    const reopened = s.reopen('prerequisites')
    expect(reopened.sections[0]?.status).toBe('in-progress')
    expect(reopened.sections[0]?.items.every((i) => !i.done)).toBe(true)
    expect(ledger.all().slice(0, 2)).toEqual(before)
    expect(ledger.all()[2]).toMatchObject({ type: 'section-reopened', data: { sectionId: 'prerequisites' } })
    expect(notify).toHaveBeenLastCalledWith(reopened)
  })

  it('starts over by archiving the file, and notifies with the new snapshot', () => {
    const dir = tempDir()
    const ledger = Ledger.open(openConfStore, dir, NOW)
    const { service: s, notify } = service(ledger)
    s.commit(vendor)
    const bytes = readFileSync(join(dir, 'ledger.json'))
    const { archivedTo, snapshot } = s.startOver()
    expect(archivedTo).toMatch(/ledger\.archived-2025-03-01T09-00-00-000Z\.json$/)
    expect(readFileSync(archivedTo!).equals(bytes)).toBe(true)
    expect(snapshot).toMatchObject({ eventCount: 1, profile: null })
    expect(notify).toHaveBeenLastCalledWith(snapshot)
    expect(readdirSync(dir).sort()).toEqual(['ledger.archived-2025-03-01T09-00-00-000Z.json', 'ledger.json'])
  })

  it('starts over on a folder with no file yet, archiving nothing', () => {
    const dir = tempDir()
    const { service: s } = service(Ledger.open(openConfStore, dir, NOW))
    const { archivedTo, snapshot } = s.startOver()
    expect(archivedTo).toBeNull()
    expect(snapshot.eventCount).toBe(1)
    expect(existsSync(join(dir, 'ledger.json'))).toBe(true)
  })
})
