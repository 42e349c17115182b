import { describe, expect, it } from 'vitest'
import type { Policies } from '../../../src-shared/policy-schema'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import { itemOf, sectionOf, startCore } from '../support/core-harness'
import type { Harness } from '../support/core-harness'
import { fullRun } from '../support/full-run'
import { profileInput } from '../support/onboarding-inputs'
import { expectUnchanged } from '../support/refusals'
import { said, shownAt, titleOf } from '../support/said'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()
const FIND_OUT = { id: 'progress.blocked-seed-unknown' }
const odc = (seed: 'yes' | 'no' | 'unknown') => ({ ...profileInput('offshore-odc'), seed })

// Reads what Step 6 lists and does each: read privacy and terms, accept the MDM AUP when it is offered.
async function doPolicies(h: Harness) {
  const listed = await h.value<Policies>('policy:list')
  for (const p of listed.policies) await h.value(p.action === 'read' ? 'policy:read' : 'policy:accept', { id: p.id, version: p.version, sha256: p.sha256 })
  return listed.policies.map((p) => p.id)
}

describe('rule: SEED is answered, never assumed (R2, R15)', () => {
  it('no answer is refused with a plain message, and so is anything but yes for an offshore user not in an ODC', async () => {
    const h = startCore({ dataDir: tempDir() })
    const { seed: _none, ...unanswered } = odc('no')
    await expectUnchanged(h, () => h.call('profile:save', unanswered), 'bad-input', /did not understand that request\. These parts are wrong: seed\./)
    for (const seed of ['no', 'unknown']) {
      await expectUnchanged(
        h,
        () => h.call('profile:save', { ...profileInput('offshore-non-odc'), seed }),
        'bad-input',
        // The form says why (SEED is mandatory for offshore users not in an ODC); main names the field.
        /^Some details are not right: SEED\./,
      )
    }
    expect(h.ledgerBytes()).toBeNull()
    expect((await h.act('profile:save', profileInput('offshore-non-odc'))).profile?.seed).toBe('yes')
  })

  it('"I don\'t know" holds back Step 6 and the SEED items, and the next action is to find out', async () => {
    const h = startCore({ dataDir: tempDir() })
    const { snapshot } = await fullRun(h, 'offshore-odc')
    expect(sectionOf(snapshot, 'policies')?.status).toBe('done')
    const unknown = await h.act('profile:save', odc('unknown'))
    expect(unknown.nextAction).toMatchObject({ kind: 'seed-unknown', sectionId: 'prerequisites', title: { id: 'next.ask-about-seed' } })
    // Said in plain words: what SEED is, who knows, where to change the answer, and which step waits for it.
    expect(titleOf(unknown.nextAction)).toBe('Ask your project manager if you have SEED')
    expect(said(unknown.nextAction.detail)).toBe(
      'SEED is the managed laptop set-up for working on government systems. Your project manager knows if you have it. When you know, change your answer in Before you start. You can do the other steps while you wait, but not Step 6.',
    )
    expect(said(itemOf(unknown, 'policies', 'mdm-aup')?.blockedBy)).toBe('First ask your project manager if you have SEED.')
    expect(sectionOf(unknown, 'policies')?.status).not.toBe('done')
    expect(itemOf(unknown, 'policies', 'mdm-aup')).toMatchObject({ done: false, blockedBy: FIND_OUT })
    expect(itemOf(unknown, 'finish', 'seed-onboarding')).toMatchObject({ done: false, blockedBy: FIND_OUT })
    // The AUP is not offered until SEED is known to be on, and the SEED-only confirmation is refused.
    expect((await h.value<Policies>('policy:list')).policies.map((p) => p.id)).toEqual(['privacy-policy', 'terms-of-use'])
    await expectUnchanged(
      h,
      () => h.call('checklist:confirm', { role: 'finish', item: 'seed-onboarding', done: true }),
      'not-allowed',
      /^First ask your project manager if you have SEED\. Nothing was changed\.$/,
    )
  })

  it('switching the answer to yes makes the MDM AUP required; to no, it is gone', async () => {
    const h = startCore({ dataDir: tempDir() })
    await h.act('profile:save', odc('unknown'))
    expect(await doPolicies(h)).toEqual(['privacy-policy', 'terms-of-use'])
    const yes = await h.act('profile:save', odc('yes'))
    expect(itemOf(yes, 'policies', 'mdm-aup')).toMatchObject({ done: false, blockedBy: null })
    const listed = await h.value<Policies>('policy:list')
    expect(listed.policies.map((p) => [p.id, p.action, p.state])).toEqual([
      ['privacy-policy', 'read', 'done'],
      ['terms-of-use', 'read', 'done'],
      ['mdm-aup', 'accept', 'to-do'],
    ])
    await doPolicies(h)
    expect(itemOf(await h.value('ledger:snapshot'), 'policies', 'mdm-aup')?.done).toBe(true)
    const no = await h.act('profile:save', odc('no'))
    expect(itemOf(no, 'policies', 'mdm-aup')).toBeUndefined()
    expect(no.nextAction.kind).not.toBe('seed-unknown')
  })
})

describe('rule: an expired SEED onboarding email needs a service request (R17)', () => {
  const finish = (s: Snapshot) => sectionOf(s, 'finish')

  it('can be reported only by a user who said SEED is provisioned', async () => {
    const h = startCore({ dataDir: tempDir() })
    await expectUnchanged(h, () => h.call('seed:email-expired'), 'not-allowed', /This is only for SEED users/)
    for (const seed of ['no', 'unknown'] as const) {
      await h.act('profile:save', odc(seed))
      await expectUnchanged(h, () => h.call('seed:email-expired'), 'not-allowed', /first answer Yes/)
    }
    await expectUnchanged(h, () => h.call('seed:service-requested'), 'not-allowed', /You have not said that your SEED onboarding email expired/)
  })

  it('the finish needs action and the next action is the service request, until it is recorded', async () => {
    const h = startCore({ dataDir: tempDir() })
    await h.act('profile:save', profileInput())
    const expired = await h.act('seed:email-expired')
    expect(expired.seedEmail).toEqual({ expiredAt: h.clock.now().toISOString(), requestedAt: null, due: true })
    expect(finish(expired)).toMatchObject({ status: 'action-needed', reason: { id: 'progress.action-needed-seed-email' } })
    expect(said(finish(expired)?.reason)).toBe('Your SEED onboarding email has expired. Send a service request to get a new one.')
    expect(expired.nextAction).toMatchObject({ kind: 'seed-request', sectionId: 'next-steps' })
    expect(titleOf(expired.nextAction)).toBe('Ask for a new SEED onboarding email')
    expect(expired.sections.filter((s) => s.status === 'locked')).toEqual([])

    h.clock.advance(60_000)
    const requested = await h.act('seed:service-requested')
    expect(requested.seedEmail).toMatchObject({ requestedAt: h.clock.now().toISOString(), due: false })
    expect(finish(requested)).toMatchObject({ status: 'not-started', reason: null })
    expect(requested.nextAction).toMatchObject({ kind: 'item', sectionId: 'step-1' })
    expect(requested.summary.find((s) => s.sectionId === 'next-steps')?.evidence.map(said)).toEqual([
      `SEED onboarding email expired (reported ${shownAt('2026-11-23T02:00:00.000Z')})`,
      `Service request for a new SEED email submitted on ${shownAt('2026-11-23T02:01:00.000Z')}`,
    ])
    const bytes = h.ledgerBytes()!
    await h.act('seed:service-requested')
    expect(h.ledgerBytes()!.equals(bytes)).toBe(true)
  })

  // R17 behind R5: the invitation is the next action, and the snapshot still says the SEED request is due.
  it('with the invitation expired too, the next action is the invitation and the SEED request stays due beside it', async () => {
    const h = startCore({ dataDir: tempDir() })
    await h.act('profile:save', profileInput('offshore-non-odc', '2026-11-10'))
    const both = await h.act('seed:email-expired')
    expect(both.nextAction).toMatchObject({ kind: 'renew', title: { id: 'next.request-new-invitation' } })
    expect(both.seedEmail).toMatchObject({ due: true, requestedAt: null })
    const renewed = await h.act('invitation:renew')
    expect(renewed.nextAction.kind).toBe('seed-request')
    expect(renewed.seedEmail.due).toBe(true)
    const requested = await h.act('seed:service-requested')
    expect(requested.seedEmail.due).toBe(false)
  })

  it('a finished checklist shows the finish as needing action while the SEED email waits', async () => {
    const h = startCore({ dataDir: tempDir() })
    await fullRun(h)
    const expired = await h.act('seed:email-expired')
    expect(finish(expired)).toMatchObject({ status: 'action-needed', doneCount: 2, totalCount: 2 })
    expect(expired.nextAction.kind).toBe('seed-request')
    expect(finish(await h.act('seed:service-requested'))?.status).toBe('done')
  })
})
