import { describe, expect, it } from 'vitest'
import type { Guide, SectionRole } from '../../../src-shared/guide-schema'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import { itemOf, sectionOf, startCore } from '../support/core-harness'
import { confirm, fullRun } from '../support/full-run'
import { profileInput, registrationInput, requestInput } from '../support/onboarding-inputs'
import { expectUnchanged } from '../support/refusals'
import { said, titleOf } from '../support/said'
import { useTempDirs } from '../support/temp-dir'

// Through the real dispatcher: the renderer asks, main decides, and every refusal leaves ledger.json as it was.
const tempDir = useTempDirs()
const doneSections = (s: Snapshot) => s.sections.filter((x) => x.status === 'done').length

describe('rule: an evidence item is done only by the event that proves it, never by hand', () => {
  it('with no profile at all, confirming any item of any section is refused, and no section is done', async () => {
    const h = startCore({ dataDir: tempDir() })
    const guide = await h.value<Guide>('guide:definition')
    let evidence = 0
    for (const section of guide.sections) {
      for (const item of section.items) {
        const says =
          item.done.by === 'evidence'
            ? /^You cannot tick “.+” yourself\. The assistant ticks it when .+\. Nothing was changed\.$/
            : /^(Do this first: |First ask )/
        await expectUnchanged(h, () => h.call('checklist:confirm', { role: section.role, item: item.id, done: true }), 'not-allowed', says)
        if (item.done.by === 'evidence') evidence++
      }
    }
    expect(evidence).toBeGreaterThanOrEqual(10)
    expect(h.ledgerBytes()).toBeNull()
    const snapshot = await h.value('ledger:snapshot')
    expect(doneSections(snapshot)).toBe(0)
    expect(snapshot.sections.every((s) => s.doneCount === 0 && s.status === 'not-started')).toBe(true)
  })

  it.each([
    ['profile', 'onboarding-email', /when you enter the day the TechPass onboarding email came/],
    ['request', 'registration-email', /when you enter the day the registration email came/],
    ['registration', 'officer-fields', /when you save your registration details/],
    ['sign-in', 'practise-code', /when it accepts a code from your practice entry/],
    ['policies', 'read-policies', /when you read each policy to the end/],
    ['policies', 'mdm-aup', /when you accept the policy in the assistant/],
  ] as const)('%s/%s says how it gets done, and nothing is written', async (role, item, says) => {
    const h = startCore({ dataDir: tempDir() })
    await h.act('profile:save', profileInput('offshore-non-odc', null))
    await h.act('request:send', requestInput())
    await expectUnchanged(h, () => h.call('checklist:confirm', { role, item, done: true }), 'not-allowed', says)
    expect(itemOf(await h.value('ledger:snapshot'), role, item)?.done).toBe(false)
  })

  it('evidence cannot be taken back by hand either: the item stays done', async () => {
    const h = startCore({ dataDir: tempDir() })
    await h.act('profile:save', profileInput())
    await expectUnchanged(
      h,
      () => h.call('checklist:confirm', { role: 'profile', item: 'who-you-are', done: false }),
      'not-allowed',
      /You cannot tick “Tell us who you are” yourself/,
    )
    expect(itemOf(await h.value('ledger:snapshot'), 'profile', 'who-you-are')).toMatchObject({ how: 'evidence', done: true })
  })
})

describe('rule: an attest item is refused while what it requires is not done', () => {
  async function afterStep1() {
    const h = startCore({ dataDir: tempDir() })
    await h.act('profile:save', profileInput())
    await h.act('request:send', requestInput())
    await h.act('request:email-received', { on: '2026-11-21' })
    return h
  }

  // The refusal says the checklist's own reason (what comes first), then that nothing was changed.
  const blocked = (words: string) => new RegExp(`^${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} Nothing was changed\\.$`)
  const firstFor = async (h: Awaited<ReturnType<typeof afterStep1>>, role: SectionRole, item: string) =>
    said(itemOf(await h.value('ledger:snapshot'), role, item)?.blockedBy)

  it('names the missing item and its step, and says nothing was changed', async () => {
    const h = await afterStep1()
    const submit = () => h.call('checklist:confirm', { role: 'registration', item: 'submit-form', done: true })
    await expectUnchanged(h, submit, 'not-allowed', blocked('Do this first: Open the registration link in the registration email.'))
    expect(itemOf(await h.value('ledger:snapshot'), 'registration', 'submit-form')?.blockedBy).toEqual({
      id: 'progress.blocked-first',
      values: { item: { item: 'registration/open-link' } },
    })
    expect(await firstFor(h, 'registration', 'submit-form')).toBe('Do this first: Open the registration link in the registration email.')
    await confirm(h, 'registration', ['open-link'])
    await expectUnchanged(h, submit, 'not-allowed', blocked('Do this first: Fill in username, first and last name, mobile number and department.'))
    expect(await firstFor(h, 'registration', 'submit-form')).toBe('Do this first: Fill in username, first and last name, mobile number and department.')
    await h.act('registration:save', registrationInput())
    expect((await submit()).ok).toBe(true)
  })

  it('follows requirements across steps', async () => {
    const h = await afterStep1()
    const cases = [
      ['sign-in', 'open-portal', 'Do this first: Submit the registration form (Step 2).'],
      ['password', 'reset-password', 'Do this first: Confirm number matching (Step 4).'],
      ['policies', 'accept-on-techpass', 'Do this first: Read the privacy policy and terms of use.'],
      ['finish', 'verify-login', 'Do this first: Accept the privacy policy and terms of use on TechPass (Step 6).'],
    ] as const
    for (const [role, item, words] of cases) {
      await expectUnchanged(h, () => h.call('checklist:confirm', { role, item, done: true }), 'not-allowed', blocked(words))
      expect(await firstFor(h, role, item)).toBe(words)
    }
    expect(itemOf(await h.value('ledger:snapshot'), 'sign-in', 'open-portal')?.blockedBy).toEqual({
      id: 'progress.blocked-first-in-step',
      values: { item: { item: 'registration/submit-form' }, step: { msg: { id: 'progress.step', values: { number: 2 } } } },
    })
  })

  it('shows the same reason on the item before the user tries, and none once it can be confirmed', async () => {
    const h = await afterStep1()
    const before = await h.value('ledger:snapshot')
    expect(itemOf(before, 'registration', 'open-link')?.blockedBy).toBeNull()
    expect(said(itemOf(before, 'registration', 'submit-form')?.blockedBy)).toBe('Do this first: Open the registration link in the registration email.')
  })
})

describe('rule: "in progress" only when something is done', () => {
  it('a section with nothing done is "not started" even when the one before it is done', async () => {
    const h = startCore({ dataDir: tempDir() })
    const saved = await h.act('profile:save', profileInput())
    expect(sectionOf(saved, 'profile')?.status).toBe('done')
    for (const s of saved.sections.slice(1)) expect([s.role, s.status]).toEqual([s.role, 'not-started'])
    const snapshot = await h.act('request:send', requestInput())
    expect(sectionOf(snapshot, 'request')).toMatchObject({ status: 'in-progress', doneCount: 3, totalCount: 4 })
    for (const s of snapshot.sections) if (s.status === 'in-progress') expect(s.doneCount).toBeGreaterThan(0)
  })
})

describe('rule: only the TechPass onboarding date ticks its item, and it is asked for last', () => {
  it('after details saved without the date, the next action is Step 1; the registration email does not tick the onboarding email', async () => {
    const h = startCore({ dataDir: tempDir() })
    const saved = await h.act('profile:save', profileInput('vendor', null))
    expect(itemOf(saved, 'profile', 'onboarding-email')?.done).toBe(false)
    expect(saved.nextAction).toMatchObject({ kind: 'item', sectionId: 'step-1', title: null })
    expect(titleOf(saved.nextAction)).toBe('Contact your project manager or reporting officer')
    expect(said(saved.nextAction.detail)).toBe('Step 1: Request a TechPass account')
    expect(saved.currentSectionId).toBe('step-1')
    await h.act('request:send', requestInput('vendor'))
    const received = await h.act('request:email-received', { on: '2026-11-21' })
    expect(itemOf(received, 'request', 'registration-email')?.done).toBe(true)
    expect(itemOf(received, 'profile', 'onboarding-email')?.done).toBe(false)
    expect(sectionOf(received, 'profile')).toMatchObject({ status: 'in-progress', doneCount: 2, totalCount: 3 })
    expect(received.nextAction).toMatchObject({ kind: 'item', sectionId: 'step-2' })
  })

  it('when everything else is done, the next action is the date; the date, and only it, finishes', async () => {
    const h = startCore({ dataDir: tempDir() })
    await fullRun(h, 'vendor')
    const undated = await h.act('profile:save', profileInput('vendor', null))
    expect(itemOf(undated, 'profile', 'onboarding-email')?.done).toBe(false)
    expect(undated.nextAction).toMatchObject({ kind: 'item', sectionId: 'prerequisites', itemId: 'onboarding-email' })
    // The item's action, not its label ("I have received …"): the next action is something to do.
    expect(titleOf(undated.nextAction)).toBe('Enter the date your TechPass onboarding email arrived')
    expect(said(undated.nextAction.detail)).toBe('Before you start')
    const dated = await h.act('profile:save', profileInput('vendor', '2026-11-20'))
    expect(itemOf(dated, 'profile', 'onboarding-email')?.done).toBe(true)
    expect(dated.nextAction.kind).toBe('done')
  })
})
