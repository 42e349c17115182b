import { describe, expect, it } from 'vitest'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import { decodeStatus } from '../../../src-shared/status-code'
import type { DomainEvent } from '../../../src-main/kit/events'
import { startCore } from './core-harness'
import type { Harness } from './core-harness'
import { exportText, importView, parseBundle, refingerprint, textOf } from './bundle-files'
import { fullRun } from './full-run'
import { profileInput, requestInput } from './onboarding-inputs'
import { useTempDirs } from './temp-dir'
import { said, titleOf } from './said'

const tempDir = useTempDirs()

const PERSONAL_EVENTS = new Set(['profile-saved', 'request-sent', 'registration-saved'])

const eventsOf = (h: Harness): readonly DomainEvent[] => {
  if (!h.core.record.ok) throw new Error(h.core.record.error.message.id)
  return h.core.record.value.events()
}

// A helpdesk profile of its own, with one saved event, so "nothing changed" is about real bytes.
async function helpdeskAt(now: string) {
  const h = startCore({ dataDir: tempDir(), now })
  await h.act('profile:save', profileInput('vendor', null))
  h.emit.mockClear()
  return h
}

describe('a whole journey: export, then import in another profile', () => {
  it.each([
    ['unredacted', false],
    ['redacted', true],
  ])('the %s bundle shows the same record, step and next action', async (_, redact) => {
    const user = startCore({ dataDir: tempDir() })
    const { snapshot } = await fullRun(user)
    const events = eventsOf(user)
    const text = await exportText(user, redact)
    expect(user.saved.at(-1)!.suggestedName).toBe('techpass-support-2026-11-24.json')

    const helpdesk = await helpdeskAt('2026-11-25T09:00:00+08:00')
    const before = helpdesk.ledgerBytes()
    expect(before).not.toBeNull()
    const view = await importView(helpdesk, text)

    expect(view).toMatchObject({
      file: 'ana-bundle.json',
      appVersion: '0.0.0-test',
      exportedAt: '2026-11-23T16:50:00.000Z',
      redacted: redact,
      who: { id: 'summary.who', values: { audience: { msg: { id: 'progress.audience-offshore-non-odc' } }, seed: { msg: { id: 'progress.seed-yes' } } } },
      currentStep: { id: 'progress.section-name', values: { title: { section: 'finish' } } },
      nextAction: snapshot.nextAction,
      statusCode: snapshot.statusCode,
      deadline: { state: 'done', text: { id: 'bundle.deadline-none-all-done' } },
    })
    // The helpdesk reads it in its own language; in English:
    expect(said(view.who)).toBe('Offshore user not in an ODC; SEED provisioned')
    expect(said(view.currentStep)).toBe('Next steps')
    expect(`${titleOf(view.nextAction)}: ${said(view.nextAction.detail)}`).toBe('All steps are done: Your TechPass onboarding checklist is complete.')
    expect(said(view.deadline?.text)).toBe('No deadline: every step is done')

    // One line per event, in order, each a plain sentence; its time is the instant, shown in the helpdesk's zone.
    expect(view.timeline.map((t) => t.seq)).toEqual(events.map((e) => e.seq))
    expect(view.timeline.map((t) => t.seq)).toEqual(events.map((_e, i) => i + 1))
    expect(view.timeline[0]).toEqual({
      seq: 1,
      at: '2026-11-23T02:00:00.000Z',
      text: {
        id: 'timeline.profile-saved-with-date',
        values: { audience: { msg: { id: 'progress.audience-offshore-non-odc' } }, seed: { msg: { id: 'progress.seed-yes' } }, day: { day: '2026-11-20' } },
      },
    })
    const lines = view.timeline.map((t) => said(t.text)!)
    expect(lines[0]).toBe('Saved who they are: Offshore user not in an ODC; SEED provisioned; TechPass onboarding email received 20 November 2026')
    expect(lines[1]).toBe('Recorded the account request as sent')
    expect(lines).toContain('Confirmed “Open the registration link in the registration email” (Step 2)')
    // Policies read in the app are told apart from the one accepted in it; Step 5 is a confirmation, never a password.
    expect(lines).toContain('Read the Privacy policy to the end, version 1.0')
    expect(lines).toContain('Accepted the MDM acceptable use policy (SEED), version 1.0')
    expect(lines).toContain('Confirmed “Reset your initial password on TechPass” (Step 5)')
    for (const [i, line] of lines.entries()) {
      expect(line, `line ${i + 1}`).toMatch(/^[A-Z]/)
      expect(line, `line ${i + 1}`).not.toMatch(/undefined|null|\[redacted\]|[{}]|ana@acme|Ravi/)
      expect(line, `line ${i + 1}`).not.toBe(events[i]!.type)
      expect(view.timeline[i]!.text.id, `line ${i + 1}`).toMatch(/^timeline\./)
    }

    const eventCount = events.length
    const personal = events.filter((e) => PERSONAL_EVENTS.has(e.type)).length
    expect(personal).toBe(3)
    // One honest verdict, then both counts in words; never a claim the check cannot back.
    const verdict = 'Not damaged or edited since it was saved (unless it was deliberately rebuilt).'
    const integrity = { ...view.integrity, verdict: said(view.integrity.verdict), detail: said(view.integrity.detail) }
    if (redact) {
      expect(integrity).toEqual({
        verdict,
        eventCount,
        checkedInFull: eventCount - personal,
        checkedByLinkOnly: personal,
        detail: `Checked in full: ${eventCount - personal} of ${eventCount} events. Checked by link only: ${personal}, because their personal data was removed, so only their place in the record could be checked.`,
      })
    } else {
      expect(integrity).toEqual({
        verdict,
        eventCount,
        checkedInFull: eventCount,
        checkedByLinkOnly: 0,
        detail: `Checked in full: all ${eventCount} events.`,
      })
    }
    expect(JSON.stringify(integrity)).not.toMatch(/tamper|intact|proof|hash/i)

    // Read-only: the helpdesk's own profile is untouched and nothing was pushed.
    expect(helpdesk.ledgerBytes()!.equals(before!)).toBe(true)
    expect(helpdesk.emit).not.toHaveBeenCalled()
    expect((await helpdesk.value<Snapshot>('ledger:snapshot')).eventCount).toBe(1)
  })

  it('an importing profile that has never saved anything still has no ledger file afterwards', async () => {
    const user = startCore({ dataDir: tempDir() })
    await fullRun(user, 'vendor')
    const text = await exportText(user, true)
    const helpdesk = startCore({ dataDir: tempDir(), now: '2026-12-01T09:00:00+08:00' })
    const view = await importView(helpdesk, text)
    expect(said(view.who)).toBe('Vendor; SEED not provisioned')
    expect(helpdesk.ledgerBytes()).toBeNull()
  })

  it('the bundle holds the profile, the events, the snapshot and the chain check', async () => {
    const user = startCore({ dataDir: tempDir() })
    const { snapshot } = await fullRun(user)
    const bundle = parseBundle(await exportText(user, false))
    expect(bundle).toMatchObject({
      format: 'techpass-support-bundle',
      schemaVersion: 3,
      appVersion: '0.0.0-test',
      redacted: false,
      exportedAt: '2026-11-23T16:50:00.000Z',
    })
    expect(bundle.events).toEqual(JSON.parse(JSON.stringify(eventsOf(user))))
    expect(bundle.snapshot).toEqual(snapshot)
    expect(bundle.profile).toEqual(snapshot.profile)
    expect(bundle.chainCheck).toEqual({ ok: true, brokenAt: null, eventCount: eventsOf(user).length })
    expect(bundle.digest).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('a bundle saved before the snapshot said whether a SEED request is due', () => {
  it('still opens: the view is rebuilt from the events', async () => {
    const user = startCore({ dataDir: tempDir() })
    await fullRun(user)
    const bundle = parseBundle(await exportText(user, true))
    const { due: _due, ...older } = (bundle.snapshot as Snapshot).seedEmail
    const saved = await refingerprint({ ...bundle, snapshot: { ...(bundle.snapshot as Snapshot), seedEmail: older as Snapshot['seedEmail'] } })
    const view = await importView(await helpdeskAt('2026-11-25T09:00:00+08:00'), textOf(saved))
    expect(said(view.currentStep)).toBe('Next steps')
  })
})

describe('deadlines are worked out again on the importing clock', () => {
  // Invited on 22 November: registration closes at the end of 27 November, 4 days after the export.
  async function exported() {
    const user = startCore({ dataDir: tempDir(), now: '2026-11-23T10:00:00+08:00' })
    await user.act('profile:save', profileInput('offshore-non-odc', '2026-11-22'))
    const snapshot = await user.act('request:send', requestInput('offshore-non-odc'))
    expect(snapshot.deadlines?.active).toEqual({ kind: 'register', due: '2026-11-27', daysLeft: 4, state: 'fine' })
    return { snapshot, text: await exportText(user, true) }
  }

  it('three days later the same bundle shows one day left, due soon, with the same step', async () => {
    const { snapshot, text } = await exported()
    const view = await importView(await helpdeskAt('2026-11-26T10:00:00+08:00'), text)
    expect(view.deadline?.state).toBe('soon')
    expect(view.deadline?.text).toEqual({ id: 'bundle.deadline-days-left', values: { kind: 'register', due: { day: '2026-11-27' }, state: 'soon', left: 1 } })
    expect(said(view.deadline?.text)).toBe('Register by 27 November 2026: due soon (1 day left as of today)')
    expect(said(view.currentStep)).toBe('Step 1: Request a TechPass account')
    // The same next action, with its deadline as of the importing day.
    expect({ ...view.nextAction, due: null }).toEqual({ ...snapshot.nextAction, due: null })
    expect(view.nextAction.due).toMatchObject({ daysLeft: 1, state: 'soon' })
    const code = decodeStatus(view.statusCode)
    expect(code).toEqual({ ok: true, value: { sectionIndex: 1, audience: 'offshore-non-odc', seed: 'yes', deadline: 'soon', finished: false, language: 'en' } })
  })

  it('on the day itself it is the last day', async () => {
    const { text } = await exported()
    const view = await importView(await helpdeskAt('2026-11-27T23:30:00+08:00'), text)
    expect(view.deadline?.state).toBe('last-day')
    expect(said(view.deadline?.text)).toBe('Register by 27 November 2026: last day today')
  })

  // The request was sent, but no registration email (with its link) was recorded: what expired is the invitation.
  it('a week later the invitation has expired and the next action is a new invitation', async () => {
    const { snapshot, text } = await exported()
    const view = await importView(await helpdeskAt('2026-11-30T10:00:00+08:00'), text)
    expect(view.deadline?.state).toBe('expired')
    expect(said(view.deadline?.text)).toBe('Register by 27 November 2026: expired (3 days ago)')
    expect(titleOf(view.nextAction)).toBe('Request a new invitation')
    expect(said(view.nextAction.detail)).toMatch(
      /^Your invitation has expired\. The 5 days to register after your TechPass onboarding email ended on 27 November 2026\./,
    )
    expect(view.statusCode).not.toBe(snapshot.statusCode)
    expect(decodeStatus(view.statusCode)).toMatchObject({ ok: true, value: { deadline: 'expired' } })
  })

  // Wording: the helpdesk reads this aloud; "-3 days left" and "1 days left" are not plain English.
  it('says the days in plain words: never a negative count, never "1 days"', async () => {
    const { text } = await exported()
    const late = await importView(await helpdeskAt('2026-11-30T10:00:00+08:00'), text)
    expect(said(late.deadline?.text)).not.toMatch(/-\d+ days?/)
    const soon = await importView(await helpdeskAt('2026-11-26T10:00:00+08:00'), text)
    expect(said(soon.deadline?.text)).not.toMatch(/\b1 days\b/)
  })
})
