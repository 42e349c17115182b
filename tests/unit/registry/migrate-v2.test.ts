import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import { LEDGER_VERSION } from '../../../src-main/registry/events'
import { startCore } from '../support/core-harness'
import { eventsIn, versionIn } from '../support/ledger-file'
import { profileInput } from '../support/onboarding-inputs'
import { decodeStatus, encodeStatus } from '../../../src-shared/status-code'
import { useTempDirs } from '../support/temp-dir'
import { saidAsWritten, titleOf, writtenTime } from '../support/said'

const tempDir = useTempDirs()
const FIXTURE = resolve('tests/fixtures/ledgers-v2/offshore-reopened.ledger.json')
const SHOWN = resolve('tests/fixtures/ledgers-v2/offshore-reopened.snapshot.json')
const NOW = '2026-12-01T09:00:00+08:00'
const STAMP = '2026-12-01T01-00-00-000Z'
const written = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { schemaVersion: number; events: Array<{ hash: string }> }

function folder(content?: string) {
  const dataDir = tempDir()
  if (content === undefined) copyFileSync(FIXTURE, join(dataDir, 'ledger.json'))
  else writeFileSync(join(dataDir, 'ledger.json'), content)
  return dataDir
}

describe('a ledger.json of file version 2 (one JSON document) on first start', () => {
  it('is carried into ledger.jsonl event for event, hashes and all, and the old file is kept beside it byte for byte', async () => {
    expect(written.schemaVersion).toBe(2)
    expect(written.events).toHaveLength(60)
    const dataDir = folder()
    const h = startCore({ dataDir, now: NOW, timeZone: 'Asia/Singapore' })
    const snapshot = await h.value<Snapshot>('ledger:snapshot')
    expect(snapshot.recovery).toBeNull()

    const backup = join(dataDir, `ledger.v2-${STAMP}.json`)
    expect(readFileSync(backup).equals(readFileSync(FIXTURE))).toBe(true)
    expect(
      readdirSync(dataDir)
        .filter((n) => n.startsWith('ledger.'))
        .sort(),
    ).toEqual(['ledger.jsonl', `ledger.v2-${STAMP}.json`])
    expect(versionIn(h.ledgerPath)).toBe(LEDGER_VERSION)
    const events = eventsIn(h.ledgerPath)
    expect(events.slice(0, 60)).toEqual(written.events)
    expect(events[60]).toMatchObject({ seq: 61, type: 'ledger-migrated', data: { fromVersion: 2, backup }, prevHash: written.events[59]!.hash })
    expect(snapshot.eventCount).toBe(61)
  })

  it('shows the user exactly what version 2 showed: every step, date, piece of evidence and the next action', async () => {
    const snapshot = await startCore({ dataDir: folder(), now: NOW, timeZone: 'Asia/Singapore' }).value<Snapshot>('ledger:snapshot')
    const { eventCount: _c, headHash: _h, updatedAt: _u, ...shown } = asWritten(snapshot)
    const before = JSON.parse(readFileSync(SHOWN, 'utf8')) as typeof shown
    expect(shown).toEqual(plainWords(taskNamed(seedDueSaid(emailsNamed(finishedInCode(practiceInStep3(before)))))))
    expect(snapshot.nextAction.kind).toBe('done')
  })

  it('is migrated once, and the record goes on from it', async () => {
    const dataDir = folder()
    const first = startCore({ dataDir, now: NOW, timeZone: 'Asia/Singapore' })
    await first.value('ledger:snapshot')
    const bytes = first.ledgerBytes()!
    const again = startCore({ dataDir, now: '2026-12-02T09:00:00+08:00', timeZone: 'Asia/Singapore' })
    expect(await again.value<Snapshot>('ledger:snapshot')).toMatchObject({ eventCount: 61, recovery: null })
    expect(again.ledgerBytes()!.equals(bytes)).toBe(true)
    const next = await again.act('profile:save', profileInput('offshore-non-odc', '2026-11-20'))
    expect(next.eventCount).toBe(62)
    expect(again.ledgerBytes()!.subarray(0, bytes.length).equals(bytes)).toBe(true)
    expect(readdirSync(dataDir).filter((n) => n.includes('.v2-'))).toHaveLength(1)
  })

  it('an edited version 2 file is moved aside byte for byte, not carried', async () => {
    const content = readFileSync(FIXTURE, 'utf8').replace('"projectName": "Apollo"', '"projectName": "Hermes"')
    expect(content).toContain('Hermes')
    const dataDir = folder(content)
    const snapshot = await startCore({ dataDir, now: NOW }).value<Snapshot>('ledger:snapshot')
    expect(snapshot.recovery).toMatchObject({ reason: 'broken-chain', movedTo: join(dataDir, `ledger.corrupt-${STAMP}.json`) })
    expect(readFileSync(snapshot.recovery!.movedTo, 'utf8')).toBe(content)
    expect(readdirSync(dataDir).filter((n) => n.includes('.v2-'))).toEqual([])
    expect(snapshot).toMatchObject({ eventCount: 0, profile: null })
  })
})

// Version 2 sent English sentences; now main sends message ids with values. Said in English, with days and times
// written as version 2 wrote them (in the user's zone), they must read exactly as before.
type Written = Omit<Snapshot, 'nextAction' | 'sections' | 'summary'> & {
  nextAction: Omit<Snapshot['nextAction'], 'title' | 'detail'> & { title: string; detail: string }
  sections: Array<
    Omit<Snapshot['sections'][number], 'reason' | 'items'> & {
      reason: string | null
      items: Array<Omit<Snapshot['sections'][number]['items'][number], 'blockedBy'> & { blockedBy: string | null }>
    }
  >
  summary: Array<{ sectionId: string; doneAt: string | null; evidence: string[] }>
}
function asWritten(snapshot: Snapshot): Written {
  const zone = 'Asia/Singapore'
  const text = (m: Parameters<typeof saidAsWritten>[0] | null) => (m ? saidAsWritten(m, zone) : null)
  return {
    ...snapshot,
    nextAction: { ...snapshot.nextAction, title: titleOf(snapshot.nextAction), detail: saidAsWritten(snapshot.nextAction.detail, zone) },
    sections: snapshot.sections.map((s) => ({ ...s, reason: text(s.reason), items: s.items.map((i) => ({ ...i, blockedBy: text(i.blockedBy) })) })),
    summary: snapshot.summary.map((r) => ({ ...r, doneAt: r.doneAt && writtenTime(r.doneAt, zone), evidence: r.evidence.map((e) => saidAsWritten(e, zone)) })),
  }
}

// Since that version the guide shows the MFA practice in Step 3, before the real QR code: the same item, the same
// dates and the same summary lines, only in the section before. Nothing else the user sees may differ.
function practiceInStep3<T extends Pick<Written, 'sections' | 'summary'>>(shown: T): T {
  const signIn = shown.sections.find((s) => s.role === 'sign-in')!
  const mfa = shown.sections.find((s) => s.role === 'mfa')!
  const practice = mfa.items.find((i) => i.id === 'practise-code')!
  const move = (from: typeof mfa, to: typeof mfa) => {
    from.items = from.items.filter((i) => i !== practice)
    to.items = [practice, ...to.items]
    from.doneCount -= practice.done ? 1 : 0
    from.totalCount -= 1
    to.doneCount += practice.done ? 1 : 0
    to.totalCount += 1
  }
  move(mfa, signIn)
  const step3 = shown.summary.find((r) => r.sectionId === signIn.id)!
  const step4 = shown.summary.find((r) => r.sectionId === mfa.id)!
  const rehearsal = step4.evidence.filter((line) => /^(MFA rehearsed|MFA practice started|Number matching practised)/.test(line))
  step4.evidence = step4.evidence.filter((line) => !rehearsal.includes(line))
  step3.evidence = [...rehearsal, ...step3.evidence]
  return shown
}

// Since version 2 the status code also says that every step is done: the same code, with that bit set when it is.
function finishedInCode<T extends Pick<Written, 'statusCode' | 'nextAction'>>(shown: T): T {
  const was = decodeStatus(shown.statusCode)
  if (!was.ok) throw new Error(`version 2 showed a code that does not decode: ${shown.statusCode}`)
  expect(was.value.finished).toBe(false)
  return { ...shown, statusCode: encodeStatus({ ...was.value, finished: shown.nextAction.kind === 'done' }) }
}

// Since version 2 the record names each email: the TechPass onboarding email, and the registration link in the
// registration email. The same lines, in those words; nothing else.
function emailsNamed<T extends Pick<Written, 'summary'>>(shown: T): T {
  const named = (line: string) =>
    line
      .replace(/^Onboarding email received on /, 'TechPass onboarding email received on ')
      .replace(/^Open the registration link in your email:/, 'Open the registration link in the registration email:')
  return { ...shown, summary: shown.summary.map((row) => ({ ...row, evidence: row.evidence.map(named) })) }
}

// Since version 2 the snapshot also says whether a SEED service request is still due (here it was made).
function seedDueSaid<T extends Pick<Written, 'seedEmail'>>(shown: T): T {
  expect(shown.seedEmail.requestedAt).not.toBeNull()
  return { ...shown, seedEmail: { ...shown.seedEmail, due: false } }
}

// Since version 2 the next action also names the checklist item it is (none once everything is done).
function taskNamed<T extends Pick<Written, 'nextAction'>>(shown: T): T {
  expect(shown.nextAction.kind).toBe('done')
  return { ...shown, nextAction: { ...shown.nextAction, itemId: null } }
}

// Since version 2 the guide is in plain words (issue 19): one task the record names says what it is more plainly.
function plainWords<T extends Pick<Written, 'summary'>>(shown: T): T {
  const plain = (line: string) => line.replace(/^Install Microsoft Authenticator on your phone:/, 'Install the Microsoft Authenticator app on your phone:')
  return { ...shown, summary: shown.summary.map((row) => ({ ...row, evidence: row.evidence.map(plain) })) }
}
