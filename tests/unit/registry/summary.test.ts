import { describe, expect, it } from 'vitest'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import { startCore } from '../support/core-harness'
import { fullRun } from '../support/full-run'
import { profileInput, requestInput } from '../support/onboarding-inputs'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()
const summaryOf = (s: Snapshot, sectionId: string) => s.summary.find((x) => x.sectionId === sectionId)!

describe('the completion summary after a full run through the dispatcher (Asia/Singapore)', () => {
  it('an offshore user not in an ODC: every section has its local done time and its evidence', async () => {
    const h = startCore({ dataDir: tempDir() })
    const { snapshot, policies } = await fullRun(h)
    expect(snapshot.nextAction.kind).toBe('done')
    expect(snapshot.sections.every((s) => s.status === 'done')).toBe(true)
    expect(snapshot.summary.map((s) => s.sectionId)).toEqual(['prerequisites', 'step-1', 'step-2', 'step-3', 'step-4', 'step-5', 'step-6', 'next-steps'])
    expect(Object.fromEntries(snapshot.summary.map((s) => [s.sectionId, s.doneAt]))).toEqual({
      prerequisites: '2026-11-23 10:00',
      'step-1': '2026-11-23 10:20',
      'step-2': '2026-11-23 10:32',
      'step-3': '2026-11-23 10:40',
      'step-4': '2026-11-23 11:05',
      'step-5': '2026-11-24 00:30',
      'step-6': '2026-11-24 00:40',
      'next-steps': '2026-11-24 00:50',
    })

    expect(summaryOf(snapshot, 'prerequisites').evidence).toEqual([
      'Offshore user not in an ODC; SEED provisioned',
      'TechPass onboarding email received on 2026-11-20',
    ])
    expect(summaryOf(snapshot, 'step-1').evidence).toEqual(['Request sent on 2026-11-23 10:10', 'Registration email received on 2026-11-21'])
    expect(summaryOf(snapshot, 'step-2').evidence).toEqual([
      'Registration details prepared on 2026-11-23 10:30',
      'Open the registration link in the registration email: confirmed on 2026-11-23 10:30',
      'Submit the registration form: confirmed on 2026-11-23 10:32',
    ])
    // The practice is part of Step 3 (before the real QR code opens); Step 4 is what is confirmed on TechPass.
    expect(summaryOf(snapshot, 'step-3').evidence).toHaveLength(6)
    expect(summaryOf(snapshot, 'step-3').evidence).toEqual(
      expect.arrayContaining(['MFA rehearsed: a practice code was verified on 2026-11-23 10:35', 'Number matching practised on 2026-11-23 10:36']),
    )
    expect(summaryOf(snapshot, 'step-4').evidence).toHaveLength(3)
    expect(summaryOf(snapshot, 'step-4').evidence.join(' ')).not.toContain('MFA rehearsed')
    expect(summaryOf(snapshot, 'step-5').evidence).toEqual(['Reset your initial password on TechPass: confirmed on 2026-11-24 00:30'])

    expect(policies.map((p) => [p.id, p.action])).toEqual([
      ['privacy-policy', 'read'],
      ['terms-of-use', 'read'],
      ['mdm-aup', 'accept'],
    ])
    const titles = Object.fromEntries(policies.map((p) => [p.id, p.title]))
    expect(summaryOf(snapshot, 'step-6').evidence).toEqual([
      ...policies.slice(0, 2).map((p) => `${titles[p.id]} version ${p.version} read on 2026-11-24 00:40 (text fingerprint ${p.sha256.slice(0, 12)})`),
      `${titles['mdm-aup']} version 1.0 accepted on 2026-11-24 00:40 (text fingerprint ${policies[2]!.sha256.slice(0, 12)})`,
      'Accept the privacy policy and terms of use on TechPass: confirmed on 2026-11-24 00:40',
    ])
    for (const p of policies) expect(p.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(summaryOf(snapshot, 'next-steps').evidence).toEqual([
      'Verify that you can log in with TechPass: confirmed on 2026-11-24 00:50',
      'Continue with SEED onboarding: confirmed on 2026-11-24 00:50',
    ])
  })

  it('a vendor without SEED: the audience line says so and no AUP is listed', async () => {
    const h = startCore({ dataDir: tempDir() })
    const { snapshot } = await fullRun(h, 'vendor')
    expect(snapshot.summary.every((s) => s.doneAt !== null)).toBe(true)
    expect(summaryOf(snapshot, 'prerequisites').evidence[0]).toBe('Vendor; SEED not provisioned')
    expect(summaryOf(snapshot, 'step-6').evidence.map((e) => e.split(' version ')[0])).toEqual([
      'Privacy policy',
      'Terms of use',
      'Accept the privacy policy and terms of use on TechPass: confirmed on 2026-11-24 00:40',
    ])
    expect(summaryOf(snapshot, 'next-steps').doneAt).toBe('2026-11-24 00:50')
  })

  it('the same run in another zone shows the same instants in that zone', async () => {
    const h = startCore({ dataDir: tempDir(), timeZone: 'UTC' })
    const { snapshot } = await fullRun(h)
    expect(summaryOf(snapshot, 'step-5')).toEqual({
      sectionId: 'step-5',
      doneAt: '2026-11-23 16:30',
      evidence: ['Reset your initial password on TechPass: confirmed on 2026-11-23 16:30'],
    })
  })

  it('before anything is done, no section has a done time or any evidence', async () => {
    const h = startCore({ dataDir: tempDir() })
    const snapshot = await h.value('ledger:snapshot')
    expect(snapshot.summary.every((s) => s.doneAt === null && s.evidence.length === 0)).toBe(true)
  })

  // Regression test for a fixed bug: a later signal re-stamps an item that was already done, so the section's done time moves.
  it('the prerequisites are done when the profile is saved, and a later registration email does not move that time', async () => {
    const h = startCore({ dataDir: tempDir(), now: '2026-11-23T02:00:00Z' })
    const saved = await h.value('profile:save', profileInput())
    expect(summaryOf(saved, 'prerequisites').doneAt).toBe('2026-11-23 10:00')
    await h.value('request:send', requestInput())
    h.clock.set(new Date('2026-11-23T02:20:00Z'))
    const arrived = await h.value('request:email-received', { on: '2026-11-21' })
    expect(summaryOf(arrived, 'prerequisites').doneAt).toBe('2026-11-23 10:00')
  })

  it('a section reopened no longer lists the confirmations it had', async () => {
    const h = startCore({ dataDir: tempDir() })
    await fullRun(h, 'vendor')
    const reopened = await h.value('checklist:reopen', { role: 'sign-in' })
    // What the practice recorded is history and stays; what the user confirmed is asked for again.
    expect(summaryOf(reopened, 'step-3')).toEqual({
      sectionId: 'step-3',
      doneAt: null,
      evidence: ['MFA rehearsed: a practice code was verified on 2026-11-23 10:35', 'Number matching practised on 2026-11-23 10:36'],
    })
  })
})
