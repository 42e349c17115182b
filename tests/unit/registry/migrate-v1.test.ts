import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { MfaStatus } from '../../../src-shared/mfa-schema'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import { sealEvent, verifyChain } from '../../../src-main/ledger/chain'
import { DomainEventSchema, LEDGER_VERSION } from '../../../src-main/registry/events'
import { itemOf, sectionOf, startCore } from '../support/core-harness'
import { eventsIn, versionIn } from '../support/ledger-file'
import { useTempDirs } from '../support/temp-dir'
import { said, titleOf } from '../support/said'
import { english } from '../../support/english'
import { V1_ODD_DATA } from '../support/v1-odd-data'

const tempDir = useTempDirs()
const FIXTURES = resolve('tests/fixtures/ledgers-0.1.0')
const NOW = '2026-11-24T09:00:00+08:00'
const STAMP = '2026-11-24T01-00-00-000Z'
const fixtures = readdirSync(FIXTURES)
  .filter((n) => n.endsWith('.ledger.json'))
  .map((n) => n.replace('.ledger.json', ''))
type Stored = { seq: number; at: string; hash: string; type: string; data: Record<string, unknown> }
type File = { schemaVersion: number; events: Stored[] }
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as File
// The app's own file: JSON Lines, a header line with the version, then the events.
const readLedger = (path: string): File => ({ schemaVersion: versionIn(path) as number, events: eventsIn<Stored>(path) })

// A user's data folder as 0.1.0 left it: its ledger, and its MFA file where it had one.
function folderFrom(name: string, ledger?: string) {
  const dataDir = tempDir()
  writeFileSync(join(dataDir, 'ledger.json'), ledger ?? readFileSync(join(FIXTURES, `${name}.ledger.json`)))
  const mfa = join(FIXTURES, `${name}.mfa.json`)
  if (existsSync(mfa)) copyFileSync(mfa, join(dataDir, 'mfa.json'))
  return dataDir
}

async function migrated(name: string) {
  const dataDir = folderFrom(name)
  const h = startCore({ dataDir, now: NOW })
  const snapshot = await h.value<Snapshot>('ledger:snapshot')
  return { h, dataDir, snapshot, file: readLedger(h.ledgerPath), types: readLedger(h.ledgerPath).events.map((e) => e.type) }
}
const statuses = (s: Snapshot) => Object.fromEntries(s.sections.map((x) => [x.role, x.status]))

describe("every 0.1.0 ledger loads into today's version", () => {
  it('there are fixtures to load', () => {
    expect(fixtures.sort()).toEqual([
      'offshore-non-odc-complete',
      'offshore-non-odc-request-sent',
      'offshore-odc-mid-way',
      'offshore-odc-request-sent',
      'vendor-renewed',
      'vendor-request-sent',
    ])
  })

  it.each(fixtures)("%s: loads with no recovery, keeps the old file beside it byte for byte, and writes a valid chain of today's events", async (name) => {
    const { h, dataDir, snapshot, file } = await migrated(name)
    expect(snapshot.recovery).toBeNull()
    const backup = join(dataDir, `ledger.v1-${STAMP}.json`)
    expect(readFileSync(backup).equals(readFileSync(join(FIXTURES, `${name}.ledger.json`)))).toBe(true)
    expect(
      readdirSync(dataDir)
        .filter((n) => n.startsWith('ledger.'))
        .sort(),
    ).toEqual(['ledger.jsonl', `ledger.v1-${STAMP}.json`])
    expect(file.schemaVersion).toBe(LEDGER_VERSION)
    const chain = verifyChain(file.events, DomainEventSchema)
    expect(chain.ok ? null : chain).toBeNull()
    expect(file.events.at(-1)).toMatchObject({ type: 'ledger-migrated', data: { fromVersion: 1, backup }, at: new Date(NOW).toISOString() })
    expect(snapshot.eventCount).toBe(file.events.length)
    // The times of what the user did are kept.
    const old = read(join(FIXTURES, `${name}.ledger.json`)).events
    expect(file.events[0]?.at).toBe(old[0]?.at)
    expect(new Set(file.events.slice(0, -1).map((e) => e.at))).toEqual(new Set(old.map((e) => e.at)))

    // Migrated once: a restart reads the new file as it is.
    const again = startCore({ dataDir, now: '2026-11-25T09:00:00+08:00' })
    expect(await again.value<Snapshot>('ledger:snapshot')).toMatchObject({ eventCount: snapshot.eventCount, recovery: null })
    expect(readdirSync(dataDir).filter((n) => n.includes('.v1-'))).toHaveLength(1)
    expect(h.ledgerBytes()!.equals(again.ledgerBytes()!)).toBe(true)
  })
})

describe('the user keeps their progress', () => {
  it('the complete offshore journey: every section is done, with SEED yes and the policies as they were read and accepted', async () => {
    const { snapshot, file } = await migrated('offshore-non-odc-complete')
    expect(snapshot.profile).toMatchObject({ audience: 'offshore-non-odc', seed: 'yes' })
    expect(Object.values(statuses(snapshot))).toEqual(Array(8).fill('done'))
    expect(snapshot.nextAction.kind).toBe('done')
    expect(snapshot.mfa).toMatchObject({ verifiedAt: '2026-11-23T03:01:00.000Z', numberMatchingAt: '2026-11-23T03:02:00.000Z' })
    expect(file.events.filter((e) => e.type === 'policy-read').map((e) => e.data.id)).toEqual(['privacy-policy', 'terms-of-use'])
    expect(file.events.filter((e) => e.type === 'policy-accepted').map((e) => e.data.id)).toEqual(['mdm-aup'])
    expect(file.events.filter((e) => e.type === 'item-confirmed' && e.data.role === 'password')).toEqual([
      expect.objectContaining({ at: '2026-11-23T16:30:00.000Z', data: { role: 'password', item: 'reset-password', on: null } }),
    ])
    expect(itemOf(snapshot, 'policies', 'accept-on-techpass')).toMatchObject({ done: true, doneAt: '2026-11-23T16:40:00.000Z' })
    expect(file.events.map((e) => e.type)).not.toContain('password-reset-confirmed')
  })

  it('the offshore user mid-way: Step 2 and the confirmed sign-in item stay, the hand tick with no evidence is dropped, SEED is yes', async () => {
    const { snapshot, file } = await migrated('offshore-odc-mid-way')
    expect(snapshot.profile).toMatchObject({ audience: 'offshore-odc', seed: 'yes' })
    expect(statuses(snapshot)).toMatchObject({ profile: 'done', request: 'done', registration: 'done', 'sign-in': 'in-progress' })
    expect(sectionOf(snapshot, 'sign-in')?.items.map((i) => [i.id, i.done])).toEqual([
      ['practise-code', false],
      ['open-portal', true],
      ['enter-username', false],
      ['enter-password', false],
      ['start-mfa', false],
    ])
    // 0.1.0 let the user tick "Contact your project manager" by hand before the request was recorded: no such tick now.
    expect(file.events.filter((e) => e.type === 'item-confirmed').map((e) => `${e.data.role}/${e.data.item}`)).toEqual([
      'registration/open-link',
      'registration/submit-form',
      'sign-in/open-portal',
      'sign-in/enter-username',
    ])
    expect(file.events.filter((e) => e.type === 'item-withdrawn').map((e) => e.data)).toEqual([{ role: 'sign-in', item: 'enter-username' }])
    expect(itemOf(snapshot, 'request', 'contact-manager')).toMatchObject({ done: true, doneAt: '2026-11-23T02:05:00.000Z' })
    expect(snapshot.deadlines?.active?.kind).toBe('activate')
    expect(snapshot.mfa.enrolledAt).toBe('2026-11-23T03:00:00.000Z')
  })

  it('the renewed vendor: the renewal and the new invitation date show; the reopened prerequisites are open again', async () => {
    const { snapshot, file } = await migrated('vendor-renewed')
    expect(file.events.find((e) => e.type === 'invitation-renewal-started')?.data).toEqual({ expiredOn: '2026-11-25', kind: 'register' })
    expect(snapshot.invitation).toEqual({ invitedOn: '2026-11-28', renewing: false, renewals: 1 })
    expect(snapshot.summary.find((s) => s.sectionId === 'step-1')?.evidence.map(said)).toContain('You asked for a new invitation 1 time')
    expect(snapshot.deadlines?.registerBy).toMatchObject({ due: '2026-12-03' })
    expect(statuses(snapshot)).toMatchObject({ profile: 'not-started', request: 'done', registration: 'in-progress' })
    expect(itemOf(snapshot, 'registration', 'open-link')).toMatchObject({ done: true, doneAt: '2026-11-28T03:00:00.000Z' })
  })

  it.each([
    ['vendor-request-sent', 'vendor', 'no'],
    ['offshore-odc-request-sent', 'offshore-odc', 'no'],
    ['offshore-non-odc-request-sent', 'offshore-non-odc', 'yes'],
  ])('%s: the profile is done with SEED %s, and Step 1 waits for the registration email', async (name, audience, seed) => {
    const { snapshot } = await migrated(name)
    expect(snapshot.profile).toMatchObject({ audience, seed })
    expect(statuses(snapshot)).toMatchObject({ profile: 'done', request: 'in-progress' })
    expect(snapshot.nextAction).toMatchObject({ kind: 'item' })
    expect(titleOf(snapshot.nextAction)).toBe('Wait for the registration email, then enter the date it arrived')
  })
})

describe('the MFA file', () => {
  it('version 1 is upgraded to version 3: the same key and counters, with the progress and the enrolment time left to the ledger', async () => {
    const { dataDir, h } = await migrated('offshore-non-odc-complete')
    const old = JSON.parse(readFileSync(join(FIXTURES, 'offshore-non-odc-complete.mfa.json'), 'utf8')) as {
      enrolment: { createdAt: string; sealed: string }
    } & Record<string, unknown>
    const kept = JSON.parse(readFileSync(join(dataDir, 'mfa.json'), 'utf8')) as Record<string, unknown>
    expect(kept.schemaVersion).toBe(3)
    for (const gone of ['verifiedAt', 'numberMatchingPractisedAt']) expect(kept).not.toHaveProperty(gone)
    const enrolled = eventsIn(join(dataDir, 'ledger.jsonl')).find((e) => e.type === 'mfa-enrolled')!
    expect(kept.enrolment).toEqual({ event: enrolled.hash, sealed: old.enrolment.sealed })
    const { verifiedAt: _v, numberMatchingPractisedAt: _n, schemaVersion: _s, enrolment: _e, ...counters } = old
    expect(kept).toMatchObject(counters)
    const status = await h.value<MfaStatus>('mfa:status')
    expect(status).toMatchObject({
      enrolled: true,
      enrolledAt: enrolled.at,
      storage: 'encrypted',
      verifiedAt: '2026-11-23T03:01:00.000Z',
      numberMatchingPractisedAt: '2026-11-23T03:02:00.000Z',
    })
    expect(readdirSync(dataDir).filter((n) => n.startsWith('mfa.corrupt-'))).toEqual([])
  })

  it('a key sealed by another key store asks for a new practice QR code', async () => {
    const { h } = await migrated('offshore-odc-mid-way')
    const result = await h.call('mfa:reveal')
    expect(result).toMatchObject({ ok: false, error: { code: 'not-allowed', message: { id: 'mfa.key-locked' } } })
  })
})

describe('a 0.1.0 file that cannot be trusted is quarantined, not migrated', () => {
  it('an edited event breaks the chain: moved aside byte for byte, with a recovery notice, and no backup', async () => {
    const content = readFileSync(join(FIXTURES, 'offshore-odc-mid-way.ledger.json'), 'utf8').replace('"projectName": "Apollo"', '"projectName": "Hermes"')
    expect(content).toContain('Hermes')
    const dataDir = folderFrom('offshore-odc-mid-way', content)
    const snapshot = await startCore({ dataDir, now: NOW }).value<Snapshot>('ledger:snapshot')
    expect(snapshot.recovery).toMatchObject({ reason: 'broken-chain', movedTo: join(dataDir, `ledger.corrupt-${STAMP}.json`) })
    expect(english(snapshot.recovery!.message)).toContain('Entry 3')
    expect(readFileSync(snapshot.recovery!.movedTo, 'utf8')).toBe(content)
    expect(readdirSync(dataDir).filter((n) => n.includes('.v1-'))).toEqual([])
    expect(snapshot).toMatchObject({ eventCount: 0, profile: null })
  })

  it('a sealed chain with an event 0.1.0 never wrote is not in the app format: moved aside as such', async () => {
    const events = read(join(FIXTURES, 'vendor-request-sent.ledger.json')).events
    const forged = sealEvent(events.at(-1), new Date('2026-11-23T03:00:00Z'), { type: 'admin-override', data: { allDone: true } })
    const content = JSON.stringify({ schemaVersion: 1, events: [...events, forged] })
    const dataDir = folderFrom('vendor-request-sent', content)
    const snapshot = await startCore({ dataDir, now: NOW }).value<Snapshot>('ledger:snapshot')
    expect(snapshot.recovery).toMatchObject({ reason: 'invalid' })
    expect(readFileSync(snapshot.recovery!.movedTo, 'utf8')).toBe(content)
    expect(readdirSync(dataDir).filter((n) => n.includes('.v1-'))).toEqual([])
  })

  // Regression test (issue 22, N3): 0.1.0 always wrote an object as an event's data. `data: null` threw a TypeError
  // while the events were carried forward, so every start said the file could not be opened, and it was never moved
  // aside; an array or a number slipped through, and the event was dropped or carried without a word.
  it.each(V1_ODD_DATA)(
    'a sealed chain whose %s event has the data %j is not in the app format: moved aside as such, and a restart starts clean',
    async (type, data) => {
      const events = read(join(FIXTURES, 'vendor-request-sent.ledger.json')).events
      const odd = sealEvent(events.at(-1), new Date('2026-11-23T03:00:00Z'), { type, data })
      const content = JSON.stringify({ schemaVersion: 1, events: [...events, odd] })
      const dataDir = folderFrom('vendor-request-sent', content)
      const snapshot = await startCore({ dataDir, now: NOW }).value<Snapshot>('ledger:snapshot')
      const movedTo = join(dataDir, `ledger.corrupt-${STAMP}.json`)
      expect(snapshot.recovery).toMatchObject({ reason: 'invalid', movedTo })
      expect(english(snapshot.recovery!.message)).toBe(
        `Your saved progress file is not in the form this app writes. It was moved to ${movedTo}, and nothing was deleted. A new, empty checklist was started.`,
      )
      expect(readFileSync(movedTo, 'utf8')).toBe(content)
      expect(snapshot).toMatchObject({ eventCount: 0, profile: null })
      expect(readdirSync(dataDir).filter((n) => n.startsWith('ledger.'))).toEqual([`ledger.corrupt-${STAMP}.json`])
      // The file is out of the way, so the next start is an ordinary one.
      const again = await startCore({ dataDir, now: '2026-11-25T09:00:00+08:00' }).value<Snapshot>('ledger:snapshot')
      expect(again).toMatchObject({ recovery: null, eventCount: 0 })
    },
  )
})
