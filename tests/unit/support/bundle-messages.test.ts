import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Msg } from '../../../src-shared/message'
import { BundledSnapshotSchema, SnapshotSchema } from '../../../src-shared/snapshot-schema'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import { startCore } from './core-harness'
import { exportText, importView, parseBundle, refingerprint, refusal, textOf } from './bundle-files'
import { confirm, fullRun } from './full-run'
import { profileInput, registrationInput, requestInput } from './onboarding-inputs'
import { said, titleOf } from './said'
import { useTempDirs } from './temp-dir'

// A support bundle stores message ids and values, so the helpdesk reads it in the agent's own language.
const tempDir = useTempDirs()
const OLD = 'tests/fixtures/bundles/format-2-english.json'

// Where a snapshot holds what the user typed (kept as typed), and the one value that is a name on purpose: a policy's
// title, which stays in its official language.
const TYPED = /^(profile\.orgEmail|request\.details\.\w+|registration\.fields\.\w+)$|\.values\.policy$/

// Every text in a value, with where it is: "sections.3.reason.values.expired.msg.id".
function textsIn(value: unknown, at = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[at, value]]
  if (Array.isArray(value)) return value.flatMap((v, i) => textsIn(v, `${at}.${i}`))
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => textsIn(v, at ? `${at}.${k}` : k))
  return []
}

// Every message in a snapshot, inner ones too.
function messagesIn(value: unknown): Msg[] {
  if (Array.isArray(value)) return value.flatMap(messagesIn)
  if (value === null || typeof value !== 'object') return []
  const found = 'id' in value && typeof value.id === 'string' && /\./.test(value.id) && !('role' in value) ? [value as Msg] : []
  return [...found, ...Object.values(value).flatMap(messagesIn)]
}

// A vendor past the registration deadline (reasons, a blocked step, a late-confirmation offer), then one who finished.
async function userSnapshots() {
  const late = startCore({ dataDir: tempDir(), now: '2026-11-23T10:00:00+08:00' })
  await late.act('profile:save', profileInput('vendor'))
  await late.act('request:send', requestInput('vendor'))
  await late.act('request:email-received', { on: '2026-11-21' })
  await late.act('registration:save', registrationInput('vendor'))
  await confirm(late, 'registration', ['open-link'])
  late.clock.set(new Date('2026-11-26T09:00:00+08:00'))
  await late.value('ledger:snapshot')
  const finished = startCore({ dataDir: tempDir() })
  await fullRun(finished)
  return [late, finished]
}

describe('a new support bundle', () => {
  it('holds no English sentence: its snapshot says everything with message ids and values', async () => {
    for (const user of await userSnapshots()) {
      for (const redact of [false, true]) {
        const bundle = parseBundle(await exportText(user, redact))
        expect(bundle.schemaVersion).toBe(3)
        const snapshot = SnapshotSchema.parse(bundle.snapshot)
        // Nothing but machine words outside what the user typed: ids, days, instants, codes, hashes, zones.
        const words = textsIn(snapshot).filter(([at, text]) => !TYPED.test(at) && /[A-Za-z]\s+[A-Za-z]/.test(text))
        expect(words).toEqual([])
        // And every message is one the catalog has (an unknown id would be said as the id itself).
        const messages = messagesIn(snapshot)
        expect(messages.length).toBeGreaterThan(20)
        for (const m of messages) expect(said(m), m.id).not.toBe(m.id)
      }
    }
  })

  it('says the late vendor’s situation in English when the helpdesk reads it in English', async () => {
    const [late] = await userSnapshots()
    const snapshot = parseBundle(await exportText(late!, true)).snapshot as Snapshot
    expect(titleOf(snapshot.nextAction)).toBe('Request a new invitation')
    expect(said(snapshot.nextAction.detail)).toBe(
      'Your registration link stopped working after 25 November 2026. Ask your project manager for a new invitation. If you did “Submit the registration form” on or before 25 November 2026, confirm it in Step 2. Give the date you did it.',
    )
  })

  it('with an English sentence where a message belongs is refused as damaged: format 3 holds messages only', async () => {
    const [late] = await userSnapshots()
    const bundle = parseBundle(await exportText(late!, true))
    const snapshot = bundle.snapshot as Snapshot
    const english = { ...snapshot, nextAction: { ...snapshot.nextAction, detail: 'Ask your project manager for a new invitation.' } }
    const helpdesk = startCore({ dataDir: tempDir(), now: '2026-11-27T09:00:00+08:00' })
    expect(await refusal(helpdesk, textOf(await refingerprint({ ...bundle, snapshot: english as unknown as Snapshot })))).toMatch(
      /is a damaged support bundle: the progress summary is missing or of the wrong kind/,
    )
  })
})

describe('a support bundle saved before messages were ids (format 2, English sentences in its snapshot)', () => {
  const text = readFileSync(OLD, 'utf8')
  const old = JSON.parse(text) as { schemaVersion: number; snapshot: Record<string, unknown> }

  it('is the file that version wrote: English sentences, dates written into them', () => {
    expect(old.schemaVersion).toBe(2)
    const snapshot = old.snapshot as { nextAction: { title: string; detail: string }; summary: Array<{ evidence: string[] }> }
    expect(snapshot.nextAction.title).toBe('Request a new invitation')
    expect(snapshot.nextAction.detail).toMatch(/^Your registration link stopped working after 2026-11-25\./)
    expect(snapshot.summary[1]!.evidence).toContain('Request sent on 2026-11-23 10:00')
    // The check a new bundle passes finds them all.
    const words = textsIn(old.snapshot).filter(([at, t]) => !TYPED.test(at) && /[A-Za-z]\s+[A-Za-z]/.test(t))
    expect(words.map(([at]) => at)).toEqual(expect.arrayContaining(['nextAction.title', 'nextAction.detail', 'sections.7.reason', 'summary.1.evidence.0']))
  })

  it('is read with its sentences kept exactly as written', () => {
    const read = BundledSnapshotSchema.parse(old.snapshot)
    expect(read.nextAction.detail).toBe((old.snapshot.nextAction as { detail: string }).detail)
    expect(read.sections.map((s) => s.reason)).toEqual((old.snapshot.sections as Array<{ reason: unknown }>).map((s) => s.reason))
    expect(SnapshotSchema.safeParse(old.snapshot).success).toBe(false)
  })

  it('still opens: the helpdesk sees it in today’s messages, rebuilt from its events on its own clock', async () => {
    const helpdesk = startCore({ dataDir: tempDir(), now: '2026-11-27T09:00:00+08:00' })
    const view = await importView(helpdesk, text, '/home/helpdesk/Downloads/old-bundle.json')
    expect(view).toMatchObject({ file: 'old-bundle.json', redacted: true, exportedAt: '2026-11-26T01:00:00.000Z' })
    expect(said(view.who)).toBe('Vendor; SEED not provisioned')
    expect(said(view.currentStep)).toBe('Step 1: Request a TechPass account')
    expect(titleOf(view.nextAction)).toBe('Request a new invitation')
    expect(said(view.nextAction.detail)).toMatch(/^Your registration link stopped working after 25 November 2026\./)
    expect(said(view.deadline?.text)).toBe('Register by 25 November 2026: expired (2 days ago)')
    expect(view.timeline.map((t) => said(t.text))).toEqual([
      'Saved who they are: Vendor; SEED not provisioned; TechPass onboarding email received 20 November 2026',
      'Recorded the account request as sent',
      'Registration email received on 21 November 2026',
      'Saved the registration details',
      'Confirmed “Open the registration link in the registration email” (Step 2)',
    ])
    // Format 2 holds today's events: nothing was brought forward from an earlier version.
    expect(said(view.integrity.detail)).toMatch(/^Checked in full: 2 of 5 events\./)
  })
})
