import { describe, expect, it } from 'vitest'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import type { Policies } from '../../../src-shared/policy-schema'
import { itemOf, sectionOf, startCore } from '../support/core-harness'
import type { Harness } from '../support/core-harness'
import { confirm } from '../support/full-run'
import { profileInput, registrationInput, requestInput } from '../support/onboarding-inputs'
import { expectRefused, expectUnchanged } from '../support/refusals'
import { said, titleOf } from '../support/said'
import { useTempDirs } from '../support/temp-dir'
import { english } from '../../support/english'

// Invited on 2026-11-20 (Singapore): register by 2026-11-25, activate by 2026-12-20.
const tempDir = useTempDirs()
const REGISTER_EXPIRED = /^Your registration link stopped working after 25 November 2026\./
// The expired deadline's sentence, as main sends it: its id and the day, never a written date.
const LINK_EXPIRED = { id: 'progress.registration-link-expired', values: { due: { day: '2026-11-25' } } }
const statuses = (s: Snapshot) => Object.fromEntries(s.sections.map((x) => [x.role, x.status]))

async function registeredButNotSubmitted(h: Harness = startCore({ dataDir: tempDir() })) {
  await h.act('profile:save', profileInput())
  await h.act('request:send', requestInput())
  await h.act('request:email-received', { on: '2026-11-21' })
  await h.act('registration:save', registrationInput())
  await confirm(h, 'registration', ['open-link'])
  return h
}

describe('rule: the 5-day registration deadline gates what comes after it (R5)', () => {
  it('after it passes: Step 1 and Step 2 need action, later steps wait with the reason, and nothing there shows as done', async () => {
    const h = await registeredButNotSubmitted()
    h.clock.set(new Date('2026-11-26T09:00:00+08:00'))
    const s = await h.value('ledger:snapshot')
    expect(statuses(s)).toEqual({
      profile: 'done',
      request: 'action-needed',
      registration: 'action-needed',
      'sign-in': 'locked',
      mfa: 'locked',
      password: 'locked',
      policies: 'locked',
      finish: 'locked',
    })
    // Step 1's evidence is all there, yet it is not shown as done: its remedy is due.
    expect(sectionOf(s, 'request')).toMatchObject({ doneCount: 4, totalCount: 4, reason: { values: { expired: { msg: LINK_EXPIRED } } } })
    expect(said(sectionOf(s, 'request')?.reason)).toMatch(REGISTER_EXPIRED)
    expect(said(sectionOf(s, 'registration')?.reason)).toMatch(/Request a new invitation in Step 1\.$/)
    for (const role of ['sign-in', 'mfa', 'password', 'policies', 'finish'] as const) {
      expect(sectionOf(s, role)?.reason).toEqual({ id: 'progress.locked-request-new-invitation', values: { expired: { msg: LINK_EXPIRED } } })
      expect(said(sectionOf(s, role)?.reason)).toBe('Your registration link stopped working after 25 November 2026. Request a new invitation first.')
      expect(sectionOf(s, role)?.items.every((i) => !i.done && JSON.stringify(i.blockedBy) === JSON.stringify(sectionOf(s, role)?.reason))).toBe(true)
    }
    expect(itemOf(s, 'registration', 'submit-form')).toMatchObject({ done: false, needsDate: true, blockedBy: null })
    expect(s.nextAction).toMatchObject({ kind: 'renew', sectionId: 'step-1', due: { kind: 'register', state: 'expired' } })
    expect(s.nextAction.title).toEqual({ id: 'next.request-new-invitation' })
    // The late confirmation is offered with the item, the day and the step as values: the renderer words them.
    expect(s.nextAction.detail).toEqual({
      id: 'next.request-new-invitation-or-confirm',
      values: {
        expired: { msg: LINK_EXPIRED },
        item: { item: 'registration/submit-form' },
        due: { day: '2026-11-25' },
        step: { msg: { id: 'progress.step', values: { number: 2 } } },
      },
    })
    expect(said(s.nextAction.detail)).toMatch(REGISTER_EXPIRED)
    expect(said(s.nextAction.detail)).toMatch(/If you did “Submit the registration form” on or before 25 November 2026, confirm it in Step 2\./)
  })

  it('confirming "Submit the registration form" needs the day it happened, on or before the deadline', async () => {
    const h = await registeredButNotSubmitted()
    h.clock.set(new Date('2026-11-26T09:00:00+08:00'))
    const submit = (on?: string) => h.call('checklist:confirm', { role: 'registration', item: 'submit-form', done: true, ...(on ? { on } : {}) })
    await expectUnchanged(
      h,
      () => submit(),
      'bad-input',
      /The deadline for this was 25 November 2026\. If you did it on or before that day, enter the date you did it\./,
    )
    await expectUnchanged(h, () => submit('2026-11-26'), 'not-allowed', /You entered 26 November 2026\. That is after the deadline, 25 November 2026\./)
    await expectUnchanged(h, () => submit('2026-11-19'), 'bad-input', /but your invitation came on 20 November 2026/)

    const met = await h.act('checklist:confirm', { role: 'registration', item: 'submit-form', done: true, on: '2026-11-25' })
    expect(itemOf(met, 'registration', 'submit-form')).toMatchObject({ done: true, on: '2026-11-25', needsDate: false })
    expect(met.deadlines?.active).toMatchObject({ kind: 'activate', due: '2026-12-20', state: 'fine' })
    expect(Object.values(statuses(met))).not.toContain('action-needed')
    expect(Object.values(statuses(met))).not.toContain('locked')
    expect(met.nextAction).toMatchObject({ kind: 'item', sectionId: 'step-3' })
  })

  it('before the deadline no date is needed, and a day given is kept', async () => {
    const h = await registeredButNotSubmitted()
    expect(itemOf(await h.value('ledger:snapshot'), 'registration', 'submit-form')?.needsDate).toBe(false)
    const done = await h.act('checklist:confirm', { role: 'registration', item: 'submit-form', done: true })
    expect(itemOf(done, 'registration', 'submit-form')).toMatchObject({ done: true, on: null })
  })
})

describe('rule: the 30-day activation deadline has its own words (R16)', () => {
  async function throughStep5() {
    const h = await registeredButNotSubmitted()
    await confirm(h, 'registration', ['submit-form'])
    await confirm(h, 'sign-in', ['open-portal', 'enter-username', 'enter-password', 'start-mfa'])
    await confirm(h, 'mfa', ['install-authenticator', 'scan-qr', 'number-matching'])
    await confirm(h, 'password', ['reset-password'])
    const listed = await h.value<Policies>('policy:list')
    for (const p of listed.policies) await h.value(p.action === 'read' ? 'policy:read' : 'policy:accept', { id: p.id, version: p.version, sha256: p.sha256 })
    return h
  }

  it('after 2026-12-20: Step 6 needs action and says so in the words of R16, and the finish waits', async () => {
    const h = await throughStep5()
    h.clock.set(new Date('2026-12-21T09:00:00+08:00'))
    const s = await h.value('ledger:snapshot')
    const words = 'The 30 days to activate your account ended on 20 December 2026.'
    expect(s.deadlines?.active).toEqual({ kind: 'activate', due: '2026-12-20', daysLeft: -1, state: 'expired' })
    expect(statuses(s)).toMatchObject({ registration: 'done', password: 'done', request: 'action-needed', policies: 'action-needed', finish: 'locked' })
    expect(said(sectionOf(s, 'policies')?.reason)).toBe(`${words} Request a new invitation in Step 1.`)
    expect(said(sectionOf(s, 'finish')?.reason)).toBe(`${words} Request a new invitation first.`)
    expect(s.nextAction).toMatchObject({ kind: 'renew', due: { kind: 'activate' } })
    expect(titleOf(s.nextAction)).toBe('Request a new invitation')
    expect(s.nextAction.detail.values?.expired).toEqual({
      msg: { id: 'progress.activation-time-ended', values: { days: 30, due: { day: '2026-12-20' } } },
    })
    expect(said(s.nextAction.detail)?.startsWith(words)).toBe(true)
    expect(said(s.nextAction.detail)).not.toMatch(/registration link/)
    expect(itemOf(s, 'policies', 'accept-on-techpass')).toMatchObject({ needsDate: true, blockedBy: null })
  })

  it('a late confirmation is refused in the same words, and one in time meets the deadline', async () => {
    const h = await throughStep5()
    h.clock.set(new Date('2026-12-21T09:00:00+08:00'))
    const accept = (on: string) => h.call('checklist:confirm', { role: 'policies', item: 'accept-on-techpass', done: true, on })
    const late = await accept('2026-12-21')
    expectRefused(late, 'not-allowed', /The 30 days to activate your account ended on 20 December 2026\./)
    expect(!late.ok && english(late.error.message)).not.toMatch(/link/)
    const s = await h.act('checklist:confirm', { role: 'policies', item: 'accept-on-techpass', done: true, on: '2026-12-20' })
    expect(s.deadlines?.active).toBeNull()
    expect(statuses(s)).toMatchObject({ request: 'done', 'sign-in': 'in-progress', mfa: 'done', policies: 'done', finish: 'not-started' })
  })

  it('the next action says how to record acceptance that was in time', async () => {
    const h = await throughStep5()
    h.clock.set(new Date('2026-12-21T09:00:00+08:00'))
    const { nextAction } = await h.value('ledger:snapshot')
    expect(said(nextAction.detail)).toMatch(/on or before 20 December 2026, confirm it in Step 6\. Give the date you did it\.$/)
  })
})

describe('the words for an expired deadline say only what is true for this user (R5, R16)', () => {
  const INVITATION_EXPIRED = 'Your invitation has expired. The 5 days to register after your TechPass onboarding email ended on 25 November 2026.'

  it('with no registration email recorded, it is the invitation that expired: there is no registration link to speak of', async () => {
    const h = startCore({ dataDir: tempDir() })
    await h.act('profile:save', profileInput('vendor'))
    h.clock.set(new Date('2026-11-26T09:00:00+08:00'))
    const s = await h.value('ledger:snapshot')
    expect(s.nextAction).toMatchObject({ kind: 'renew', title: { id: 'next.request-new-invitation' } })
    expect(said(s.nextAction.detail)).toBe(`${INVITATION_EXPIRED} Ask your project manager for a new invitation.`)
    expect(said(sectionOf(s, 'password')?.reason)).toBe(`${INVITATION_EXPIRED} Request a new invitation first.`)
    expect(JSON.stringify(s.sections)).not.toMatch(/registration-link/)
  })

  it('a request sent but no registration email yet: still the invitation, and no offer to confirm the registration late', async () => {
    const h = startCore({ dataDir: tempDir() })
    await h.act('profile:save', profileInput('vendor'))
    await h.act('request:send', requestInput('vendor'))
    h.clock.set(new Date('2026-11-26T09:00:00+08:00'))
    const { nextAction } = await h.value('ledger:snapshot')
    expect(said(nextAction.detail)?.startsWith(INVITATION_EXPIRED)).toBe(true)
    expect(said(nextAction.detail)).not.toMatch(/Submit the registration form/)
  })

  it('31 days on, unregistered: the link and the 30 days to activate are both said, each in its own words', async () => {
    const h = await registeredButNotSubmitted()
    h.clock.set(new Date('2026-12-21T09:00:00+08:00'))
    const s = await h.value('ledger:snapshot')
    const both = 'Your registration link stopped working after 25 November 2026. The 30 days to activate your account also ended on 20 December 2026.'
    expect(s.deadlines).toMatchObject({ active: { kind: 'register', state: 'expired' }, activateBy: { state: 'expired' } })
    expect(said(s.nextAction.detail)?.startsWith(`${both} Ask your project manager for a new invitation.`)).toBe(true)
    expect(said(sectionOf(s, 'registration')?.reason)).toBe(`${both} Request a new invitation in Step 1.`)
    expect(said(sectionOf(s, 'finish')?.reason)).toBe(`${both} Request a new invitation first.`)
    const late = await h.call('checklist:confirm', { role: 'registration', item: 'submit-form', done: true, on: '2026-12-01' })
    // The refusal says the expiry in the same words as the snapshot.
    expectRefused(late, 'not-allowed', new RegExp(both.replace(/[.]/g, '\\.')))
  })
})

describe('rule: a new invitation only after a deadline passed, and then the steps from Step 1 start again', () => {
  it('invitation:renew is refused before the deadline passes, and accepted after it', async () => {
    const h = await registeredButNotSubmitted()
    await expectUnchanged(h, () => h.call('invitation:renew'), 'not-allowed', /has not expired/)
    h.clock.set(new Date('2026-11-26T09:00:00+08:00'))
    const renewed = await h.act('invitation:renew')
    expect(renewed.invitation).toMatchObject({ renewing: true, renewals: 1 })
  })

  it('after renewal, Step 1 and Step 2 are set back and every section that had nothing is "not started"', async () => {
    const h = await registeredButNotSubmitted()
    h.clock.set(new Date('2026-11-26T09:00:00+08:00'))
    const renewed = await h.act('invitation:renew')
    expect(statuses(renewed)).toEqual({
      profile: 'done',
      request: 'not-started',
      registration: 'not-started',
      'sign-in': 'not-started',
      mfa: 'not-started',
      password: 'not-started',
      policies: 'not-started',
      finish: 'not-started',
    })
    for (const s of renewed.sections.slice(1)) expect([s.role, s.doneCount, s.reason]).toEqual([s.role, 0, null])
    expect(itemOf(renewed, 'registration', 'open-link')).toMatchObject({ done: false })
    expect(said(itemOf(renewed, 'registration', 'open-link')?.blockedBy)).toMatch(/^Do this first: The registration email has arrived \(Step 1\)\.$/)
    expect(renewed.request.details).not.toBeNull()
    expect(renewed.registration.fields).not.toBeNull()
    expect(renewed.nextAction).toMatchObject({ kind: 'item', sectionId: 'step-1', itemId: 'contact-manager', title: null, due: null })
    expect(titleOf(renewed.nextAction)).toBe('Contact your project manager or reporting officer')
  })
})
