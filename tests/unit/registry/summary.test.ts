import { describe, expect, it } from 'vitest'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import { startCore } from '../support/core-harness'
import { fullRun } from '../support/full-run'
import { profileInput, requestInput } from '../support/onboarding-inputs'
import { said, shownAt } from '../support/said'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()
const summaryOf = (s: Snapshot, sectionId: string) => s.summary.find((x) => x.sectionId === sectionId)!
// A section's evidence lines as an English reader sees them.
const linesOf = (s: Snapshot, sectionId: string) => summaryOf(s, sectionId).evidence.map((line) => said(line)!)
const Z = (hhmm: string, day = '2026-11-23') => `${day}T${hhmm}:00.000Z`

describe('the completion summary after a full run through the dispatcher', () => {
  it('an offshore user not in an ODC: every section has its done time and its evidence', async () => {
    const h = startCore({ dataDir: tempDir() })
    const { snapshot, policies } = await fullRun(h)
    expect(snapshot.nextAction.kind).toBe('done')
    expect(snapshot.sections.every((s) => s.status === 'done')).toBe(true)
    expect(snapshot.summary.map((s) => s.sectionId)).toEqual(['prerequisites', 'step-1', 'step-2', 'step-3', 'step-4', 'step-5', 'step-6', 'next-steps'])
    // Instants, as recorded: the screen shows them in the user's zone and language.
    expect(Object.fromEntries(snapshot.summary.map((s) => [s.sectionId, s.doneAt]))).toEqual({
      prerequisites: Z('02:00'),
      'step-1': Z('02:20'),
      'step-2': Z('02:32'),
      'step-3': Z('02:40'),
      'step-4': Z('03:05'),
      'step-5': Z('16:30'),
      'step-6': Z('16:40'),
      'next-steps': Z('16:50'),
    })

    // Ids with values: who the user is as message ids, calendar days as days, moments as instants.
    expect(summaryOf(snapshot, 'prerequisites').evidence).toEqual([
      { id: 'summary.who', values: { audience: { msg: { id: 'progress.audience-offshore-non-odc' } }, seed: { msg: { id: 'progress.seed-yes' } } } },
      { id: 'summary.onboarding-email-received', values: { day: { day: '2026-11-20' } } },
    ])
    expect(summaryOf(snapshot, 'step-1').evidence).toEqual([
      { id: 'summary.request-sent', values: { when: { time: Z('02:10') } } },
      { id: 'summary.registration-email-received', values: { day: { day: '2026-11-21' } } },
    ])
    expect(linesOf(snapshot, 'prerequisites')).toEqual([
      'Offshore user not in an ODC; SEED provisioned',
      'TechPass onboarding email received on 20 November 2026',
    ])
    expect(linesOf(snapshot, 'step-1')).toEqual([`Request sent on ${shownAt(Z('02:10'))}`, 'Registration email received on 21 November 2026'])
    expect(linesOf(snapshot, 'step-2')).toEqual([
      `Registration details saved on ${shownAt(Z('02:30'))}`,
      `Open the registration link in the registration email: confirmed on ${shownAt(Z('02:30'))}`,
      `Submit the registration form: confirmed on ${shownAt(Z('02:32'))}`,
    ])
    // The practice is part of Step 3 (before the real QR code opens); Step 4 is what is confirmed on TechPass.
    expect(linesOf(snapshot, 'step-3')).toHaveLength(6)
    expect(linesOf(snapshot, 'step-3')).toEqual(
      expect.arrayContaining([`MFA rehearsed: a practice code was verified on ${shownAt(Z('02:35'))}`, `Number matching practised on ${shownAt(Z('02:36'))}`]),
    )
    expect(linesOf(snapshot, 'step-4')).toHaveLength(3)
    expect(linesOf(snapshot, 'step-4').join(' ')).not.toContain('MFA rehearsed')
    expect(linesOf(snapshot, 'step-5')).toEqual([`Reset your initial password on TechPass: confirmed on ${shownAt(Z('16:30'))}`])

    expect(policies.map((p) => [p.id, p.action])).toEqual([
      ['privacy-policy', 'read'],
      ['terms-of-use', 'read'],
      ['mdm-aup', 'accept'],
    ])
    const titles = Object.fromEntries(policies.map((p) => [p.id, p.title]))
    const at = shownAt(Z('16:40'))
    expect(linesOf(snapshot, 'step-6')).toEqual([
      ...policies.slice(0, 2).map((p) => `${titles[p.id]} version ${p.version} read on ${at} (text fingerprint ${p.sha256.slice(0, 12)})`),
      `${titles['mdm-aup']} version 1.0 accepted on ${at} (text fingerprint ${policies[2]!.sha256.slice(0, 12)})`,
      `Accept the privacy policy and terms of use on TechPass: confirmed on ${at}`,
    ])
    for (const p of policies) expect(p.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(linesOf(snapshot, 'next-steps')).toEqual([
      `Verify that you can log in with TechPass: confirmed on ${shownAt(Z('16:50'))}`,
      `Continue with SEED onboarding: confirmed on ${shownAt(Z('16:50'))}`,
    ])
  })

  it('a vendor without SEED: the audience line says so and no AUP is listed', async () => {
    const h = startCore({ dataDir: tempDir() })
    const { snapshot } = await fullRun(h, 'vendor')
    expect(snapshot.summary.every((s) => s.doneAt !== null)).toBe(true)
    expect(linesOf(snapshot, 'prerequisites')[0]).toBe('Vendor; SEED not provisioned')
    expect(linesOf(snapshot, 'step-6').map((e) => e.split(' version ')[0])).toEqual([
      'Privacy policy',
      'Terms of use',
      `Accept the privacy policy and terms of use on TechPass: confirmed on ${shownAt(Z('16:40'))}`,
    ])
    expect(summaryOf(snapshot, 'next-steps').doneAt).toBe(Z('16:50'))
  })

  it('the same run in another zone records the same instants: the screen applies its own zone', async () => {
    const inUtc = (await fullRun(startCore({ dataDir: tempDir(), timeZone: 'UTC' }))).snapshot
    const inSingapore = (await fullRun(startCore({ dataDir: tempDir() }))).snapshot
    expect(summaryOf(inUtc, 'step-5')).toEqual({
      sectionId: 'step-5',
      doneAt: Z('16:30'),
      evidence: [{ id: 'summary.item-confirmed', values: { item: { item: 'password/reset-password' }, when: { time: Z('16:30') } } }],
    })
    expect(inUtc.summary).toEqual(inSingapore.summary)
  })

  it('before anything is done, no section has a done time or any evidence', async () => {
    const h = startCore({ dataDir: tempDir() })
    const snapshot = await h.value('ledger:snapshot')
    expect(snapshot.summary.every((s) => s.doneAt === null && s.evidence.length === 0)).toBe(true)
  })

  // Regression test for a fixed bug: a later signal re-stamps an item that was already done, so the section's done time moves.
  it('the prerequisites are done when the profile is saved, and a later registration email does not move that time', async () => {
    const h = startCore({ dataDir: tempDir(), now: '2026-11-23T02:00:00Z' })
    const saved = await h.act('profile:save', profileInput())
    expect(summaryOf(saved, 'prerequisites').doneAt).toBe(Z('02:00'))
    await h.act('request:send', requestInput())
    h.clock.set(new Date('2026-11-23T02:20:00Z'))
    const arrived = await h.act('request:email-received', { on: '2026-11-21' })
    expect(summaryOf(arrived, 'prerequisites').doneAt).toBe(Z('02:00'))
  })

  it('a section reopened no longer lists the confirmations it had', async () => {
    const h = startCore({ dataDir: tempDir() })
    await fullRun(h, 'vendor')
    const reopened = await h.act('checklist:reopen', { role: 'sign-in' })
    // What the practice recorded is history and stays; what the user confirmed is asked for again.
    expect(summaryOf(reopened, 'step-3').doneAt).toBeNull()
    expect(linesOf(reopened, 'step-3')).toEqual([
      `MFA rehearsed: a practice code was verified on ${shownAt(Z('02:35'))}`,
      `Number matching practised on ${shownAt(Z('02:36'))}`,
    ])
  })
})
