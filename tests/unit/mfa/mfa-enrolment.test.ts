import { writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { MfaStatus } from '../../../src-shared/mfa-schema'
import { createMfaService } from '../../../src-main/mfa/mfa-service'
import type { MfaState, MfaStateFile } from '../../../src-main/mfa/mfa-state'
import { memoryVault } from '../../support/memory-vault'
import { eventsIn } from '../support/ledger-file'
import { readJson, startApp } from './mfa-harness'

// What an earlier release wrote: a memory-only key made at `createdAt`, and fresh counters.
const versionTwoFile = (createdAt: string) => ({
  schemaVersion: 2,
  enrolment: { createdAt, storage: 'memory-only', sealed: null },
  lastAcceptedStep: null,
  consecutiveFailures: 0,
  cooldownUntil: null,
  disabled: false,
})

const enrolledEvents = (app: ReturnType<typeof startApp>) => eventsIn(app.ledgerPath).filter((e) => e.type === 'mfa-enrolled')

describe('enrolment: one home for each fact', () => {
  it('the time and where the key is kept are the ledger’s; mfa.json holds the key and the event it was made for', async () => {
    const app = startApp()
    await app.enrol()
    const [event] = enrolledEvents(app)
    expect(readJson(app.mfaPath)).toEqual({
      schemaVersion: 3,
      enrolment: { event: event!.hash, sealed: expect.any(String) },
      lastAcceptedStep: null,
      consecutiveFailures: 0,
      cooldownUntil: null,
      disabled: false,
    })
    expect(await app.status()).toMatchObject({ enrolled: true, enrolledAt: event!.at, storage: 'encrypted' })
  })

  it('a version 2 file, which kept the time too, is read with that time ignored and the key kept for the record’s enrolment', async () => {
    const app = startApp()
    const { secret } = await app.enrol()
    const [event] = enrolledEvents(app)
    const { sealed } = (readJson(app.mfaPath) as { enrolment: { sealed: string } }).enrolment
    // What this release wrote before: a time that disagrees with the ledger's, to show which one is believed.
    const old = { schemaVersion: 2, enrolment: { createdAt: '2020-01-01T00:00:00.000Z', storage: 'encrypted', sealed }, lastAcceptedStep: 7 }
    writeFileSync(app.mfaPath, JSON.stringify({ ...old, consecutiveFailures: 2, cooldownUntil: null, disabled: false }))
    const again = startApp({ dataDir: app.dataDir, vault: app.vault, clock: app.clock })
    expect(await again.status()).toMatchObject({ enrolled: true, enrolledAt: event!.at, storage: 'encrypted', consecutiveFailures: 2 })
    expect(readJson(again.mfaPath)).toEqual({
      schemaVersion: 3,
      enrolment: { event: event!.hash, sealed },
      lastAcceptedStep: 7,
      consecutiveFailures: 2,
      cooldownUntil: null,
      disabled: false,
    })
    expect((await again.outcome(again.codeFor(secret))).result).toBe('accepted')
  })

  it('a version 2 file whose key no enrolment in the record names is left as it is', async () => {
    const app = startApp()
    const old = versionTwoFile('2020-01-01T00:00:00.000Z')
    writeFileSync(app.mfaPath, JSON.stringify(old))
    const again = startApp({ dataDir: app.dataDir, vault: app.vault, clock: app.clock })
    expect(await again.status()).toMatchObject({ enrolled: false, enrolledAt: null, storage: null })
    expect(readJson(again.mfaPath)).toEqual(old)
  })

  it('a version 2 key made after the record’s last enrolment (its own event never written) is left out, not paired with it', async () => {
    const app = startApp()
    await app.enrol()
    const [event] = enrolledEvents(app)
    // The old release wrote a new key, then failed to record its enrolment: the file's key is newer than the event.
    const newer = new Date(Date.parse(event!.at) + 60_000).toISOString()
    const old = versionTwoFile(newer)
    writeFileSync(app.mfaPath, JSON.stringify(old))
    const again = startApp({ dataDir: app.dataDir, vault: app.vault, clock: app.clock })
    expect(await again.status()).toMatchObject({ enrolled: false })
    expect(readJson(again.mfaPath)).toEqual(old)
  })

  it('when mfa.json cannot be written after the enrolment is recorded, the old key never pairs with the new enrolment', async () => {
    const app = startApp({ vault: memoryVault() })
    const { secret: first } = await app.enrol()
    const record = app.core.record
    if (!record.ok) throw new Error('no record')
    // A second service over the same record, whose file refuses every write after its first read.
    const kept = readJson(app.mfaPath) as MfaState
    const failing: MfaStateFile = {
      read: () => kept,
      write: () => {
        throw new Error('disk full')
      },
    }
    const pushed: MfaStatus[] = []
    const service = createMfaService({ state: failing, vault: app.vault, clock: app.clock, record: record.value, notify: (s) => pushed.push(s) })
    await expect(service.enrol()).rejects.toThrow('disk full')
    expect(enrolledEvents(app)).toHaveLength(2)
    // The record has a new enrolment; the file still names the first, so there is no key for it: enrol again.
    expect(service.status()).toMatchObject({ enrolled: false, enrolledAt: null, keyAvailable: false })
    await expect(service.verify(app.codeFor(first))).rejects.toMatchObject({ code: 'not-allowed' })
    await expect(service.reveal()).rejects.toMatchObject({ code: 'not-allowed' })
  })
})
