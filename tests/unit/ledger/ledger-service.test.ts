import { join, resolve } from 'node:path'
import { writeFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import type { Guide } from '../../../src-shared/guide-schema'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import { fixedClock } from '../../../src-main/config/clock'
import { loadGuide } from '../../../src-main/guide/load-guide'
import { AppFailure } from '../../../src-main/ipc/app-failure'
import { openConfStore } from '../../../src-main/ledger/conf-store'
import { Ledger } from '../../../src-main/ledger/ledger'
import { createLedgerService } from '../../../src-main/ledger/ledger-service'
import type { DocumentStore } from '../../../src-main/ledger/store-port'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()
const NOW = new Date('2025-03-01T09:00:00.000Z')
const loaded = loadGuide(resolve('resources'))
if (!loaded.ok) throw new Error(loaded.message)
const guide: Guide = loaded.guide

function service(ledger: Ledger) {
  const notify = vi.fn<(s: Snapshot) => void>()
  return { notify, service: createLedgerService(ledger, guide, fixedClock(NOW), notify) }
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
    expect(next.items['step-1/give-details']).toEqual({ done: true, changedAt: NOW.toISOString() })
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
