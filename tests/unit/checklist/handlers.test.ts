import { describe, expect, it } from 'vitest'
import { itemOf, sectionOf, startCore } from '../support/core-harness'
import { confirm, practiseMfa } from '../support/full-run'
import { eventsIn } from '../support/ledger-file'
import { profileInput, registrationInput, requestInput } from '../support/onboarding-inputs'
import { expectUnchanged } from '../support/refusals'
import { useTempDirs } from '../support/temp-dir'

// "Now" is 2026-11-23 10:00 in Singapore; the invitation arrived on 2026-11-20.
const tempDir = useTempDirs()

async function throughStep1(h = startCore({ dataDir: tempDir() })) {
  await h.act('profile:save', profileInput())
  await h.act('request:send', requestInput())
  await h.act('request:email-received', { on: '2026-11-21' })
  return h
}

describe('checklist:confirm', () => {
  it('records a confirmation with the day given, and taking it back is a new event', async () => {
    const h = await throughStep1()
    const confirmed = await h.act('checklist:confirm', { role: 'registration', item: 'open-link', done: true, on: '2026-11-22' })
    expect(itemOf(confirmed, 'registration', 'open-link')).toMatchObject({
      done: true,
      on: '2026-11-22',
      doneAt: new Date('2026-11-23T02:00:00Z').toISOString(),
    })
    const withdrawn = await h.act('checklist:confirm', { role: 'registration', item: 'open-link', done: false })
    expect(itemOf(withdrawn, 'registration', 'open-link')).toMatchObject({ done: false, on: null, doneAt: null })
    expect(eventsIn(h.ledgerPath).slice(-2)).toEqual([
      expect.objectContaining({ type: 'item-confirmed', data: { role: 'registration', item: 'open-link', on: '2026-11-22' } }),
      expect.objectContaining({ type: 'item-withdrawn', data: { role: 'registration', item: 'open-link' } }),
    ])
  })

  it('writes nothing when the item is already in the state asked for', async () => {
    const h = await throughStep1()
    const before = h.ledgerBytes()!
    await h.act('checklist:confirm', { role: 'registration', item: 'open-link', done: false })
    expect(h.ledgerBytes()!.equals(before)).toBe(true)
    await confirm(h, 'registration', ['open-link'])
    const once = h.ledgerBytes()!
    await confirm(h, 'registration', ['open-link'])
    expect(h.ledgerBytes()!.equals(once)).toBe(true)
    expect(h.emit).toHaveBeenCalledTimes(4)
  })

  it.each([
    [
      'an item the guide does not have',
      { role: 'registration', item: 'no-such-item', done: true },
      'not-found',
      /not part of “Complete the registration form”/,
    ],
    ['an item of another section', { role: 'registration', item: 'open-portal', done: true }, 'not-found', /not part of/],
    ['an item that does not apply to this user', { role: 'finish', item: 'seed-onboarding', done: true }, 'not-allowed', /That task is not for you/],
    [
      'an item the assistant marks done itself',
      { role: 'request', item: 'give-details', done: true },
      'not-allowed',
      /The assistant ticks it when you click “I have sent the request”/,
    ],
    ['a day in the future', { role: 'registration', item: 'open-link', done: true, on: '2026-11-24' }, 'bad-input', /in the future/],
    ['a day that is not a date', { role: 'registration', item: 'open-link', done: true, on: '22/11/2026' }, 'bad-input', /not a real date/],
    [
      'a day before the invitation arrived',
      { role: 'registration', item: 'open-link', done: true, on: '2026-11-19' },
      'bad-input',
      /but your invitation came on 20 November 2026/,
    ],
    [
      'a role the guide does not have',
      { role: 'bonus', item: 'open-link', done: true },
      'bad-input',
      /did not understand that request\. These parts are wrong: role\./,
    ],
    ['a section id instead of a role', { role: 'step-2', item: 'open-link', done: true }, 'bad-input', /did not understand that request/],
    ['the 0.1.0 shape', { sectionId: 'step-2', itemId: 'open-link', done: true }, 'bad-input', /did not understand that request/],
    [
      'an extra key',
      { role: 'registration', item: 'open-link', done: true, password: 'Canary-1' },
      'bad-input',
      /It has 1 part that the assistant does not know/,
    ],
  ])('refuses %s, and ledger.json stays byte-identical', async (_name, input, code, says) => {
    const h = await throughStep1(startCore({ dataDir: tempDir() }))
    if ('role' in input && input.role === 'finish') await h.act('profile:save', profileInput('vendor'))
    await expectUnchanged(h, () => h.call('checklist:confirm', input), code, says)
  })
})

describe('checklist:reopen', () => {
  it('reopens a done section as a new event: its evidence counts again only when recorded again', async () => {
    const h = await throughStep1()
    const before = eventsIn(h.ledgerPath)
    expect(sectionOf(await h.value('ledger:snapshot'), 'request')?.status).toBe('done')
    const reopened = await h.act('checklist:reopen', { role: 'request' })
    expect(sectionOf(reopened, 'request')).toMatchObject({ status: 'not-started', doneCount: 0 })
    expect(sectionOf(reopened, 'profile')?.status).toBe('done')
    expect(reopened.request.details).toEqual({ ...requestInput(), mobile: '+6591234567' })
    const after = eventsIn(h.ledgerPath)
    expect(after.slice(0, before.length)).toEqual(before)
    expect(after.at(-1)).toMatchObject({ type: 'section-reopened', data: { role: 'request' } })

    const resent = await h.act('request:send', requestInput())
    expect(sectionOf(resent, 'request')).toMatchObject({ status: 'in-progress', doneCount: 3 })
  })

  it('reopening a step with confirmations asks for them again', async () => {
    const h = await throughStep1()
    await h.act('registration:save', registrationInput())
    await confirm(h, 'registration', ['open-link', 'submit-form'])
    await practiseMfa(h)
    await confirm(h, 'sign-in', ['open-portal', 'enter-username', 'enter-password', 'start-mfa'])
    const reopened = await h.act('checklist:reopen', { role: 'sign-in' })
    // The practice (evidence) counts again only when it is done again, like the confirmations.
    expect(sectionOf(reopened, 'sign-in')).toMatchObject({ status: 'not-started', doneCount: 0 })
    expect(itemOf(reopened, 'sign-in', 'open-portal')).toMatchObject({ done: false, blockedBy: null })
    expect(sectionOf(reopened, 'registration')?.status).toBe('done')
  })

  it('refuses a section that is not finished, changing nothing', async () => {
    const h = startCore({ dataDir: tempDir() })
    await h.act('profile:save', profileInput())
    await expectUnchanged(h, () => h.call('checklist:reopen', { role: 'request' }), 'not-allowed', /not finished/)
    await expectUnchanged(h, () => h.call('checklist:reopen', { role: 'step-1' }), 'bad-input')
  })
})
