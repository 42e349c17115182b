import { describe, expect, it } from 'vitest'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'
import { itemOf, sectionOf, startCore } from '../support/core-harness'
import { eventsIn } from '../support/ledger-file'
import { officer, profileInput, requestInput } from '../support/onboarding-inputs'
import { expectRefused, expectUnchanged, prepared } from '../support/refusals'
import { useTempDirs } from '../support/temp-dir'

// "Now" starts at 2026-11-23 10:00 in Singapore.
const tempDir = useTempDirs()
const NOW_ISO = new Date('2026-11-23T10:00:00+08:00').toISOString()
const LITEMAIL = `ana@${DEFAULT_SETTINGS.refusedEmailDomains[0]}`
const long = (n: number) => 'a'.repeat(n)
const doneIn = (s: Snapshot) => Object.fromEntries(sectionOf(s, 'request')!.items.map((i) => [i.id, i.done ? 'done' : 'open']))

describe('Step 1 through the dispatcher', () => {
  it('offshore user not in an ODC: the request with the officer details, then the registration email', async () => {
    const { act } = startCore({ dataDir: tempDir() })
    await act('profile:save', profileInput())
    const sent = await act('request:send', requestInput())
    expect(sent.request).toEqual({ details: { ...requestInput(), mobile: '+6591234567' }, sentAt: NOW_ISO, registrationEmailOn: null })
    expect(doneIn(sent)).toEqual({ 'contact-manager': 'done', 'give-details': 'done', 'give-officer-details': 'done', 'registration-email': 'open' })
    expect(sectionOf(sent, 'request')?.status).toBe('in-progress')

    const arrived = await act('request:email-received', { on: '2026-11-21' })
    expect(sectionOf(arrived, 'request')?.status).toBe('done')
    expect(arrived.request.registrationEmailOn).toBe('2026-11-21')
    expect(arrived.invitation.invitedOn).toBe('2026-11-20')
    expect(arrived.nextAction).toMatchObject({ kind: 'item', sectionId: 'step-2', itemId: 'open-link', title: null })
  })

  it('vendor with no onboarding date: officer details are dropped, and the registration email date starts the deadlines', async () => {
    const { act, ledgerPath } = startCore({ dataDir: tempDir() })
    await act('profile:save', profileInput('vendor', null))
    const sent = await act('request:send', { ...requestInput('vendor'), ...officer })
    expect(sent.request.details).toEqual({ orgEmail: 'ana@acme.com', mobile: '+6591234567', projectName: 'Apollo' })
    expect(sectionOf(sent, 'request')?.items.map((i) => i.id)).toEqual(['contact-manager', 'give-details', 'registration-email'])
    const arrived = await act('request:email-received', { on: '2026-11-22' })
    expect(arrived.invitation.invitedOn).toBe('2026-11-22')
    expect(arrived.deadlines?.registerBy).toEqual({ kind: 'register', due: '2026-11-27', daysLeft: 4, state: 'fine' })
    expect(arrived.deadlines?.activateBy.due).toBe('2026-12-22')
    // It starts the deadlines, but it is not the TechPass onboarding email: that item waits for its own date.
    expect(itemOf(arrived, 'profile', 'onboarding-email')).toMatchObject({ done: false, doneAt: null })
    expect(JSON.stringify(eventsIn(ledgerPath))).not.toContain('Ravi')
  })

  it('offshore user in an ODC: no officer details in the request', async () => {
    const { act } = startCore({ dataDir: tempDir() })
    await act('profile:save', profileInput('offshore-odc'))
    const sent = await act('request:send', requestInput('offshore-odc'))
    expect(sent.request.details).toEqual({ orgEmail: 'ana@acme.com', mobile: '+6591234567', projectName: 'Apollo' })
    expect(itemOf(sent, 'request', 'give-officer-details')).toBeUndefined()
  })
})

type Case = [name: string, input: unknown, says: RegExp]
// The form says exactly what is wrong as the user types; main names the field.
const requestCases: Case[] = [
  ['a phone without a country', { ...requestInput(), mobile: '9123 4567' }, /: Mobile number\./],
  ['an invalid phone', { ...requestInput(), mobile: '+65 1234 5678' }, /: Mobile number\./],
  ['an email with no domain', { ...requestInput(), orgEmail: 'ana@' }, /organisational email/i],
  ['a LiteMail address', { ...requestInput(), orgEmail: LITEMAIL }, /: Organisational email\./],
  ["a LiteMail officer's email", { ...requestInput(), officerEmail: LITEMAIL }, /: Reporting officer’s email\./],
  ['an empty project name', { ...requestInput(), projectName: '  ' }, /project name/i],
  ['a missing officer name', { ...requestInput(), officerName: undefined }, /: Reporting officer’s name\./],
  ['a too-long project name', { ...requestInput(), projectName: long(121) }, /: Project name\./],
  ['a project name longer than any field takes', { ...requestInput(), projectName: long(2001) }, /projectName/],
  ['a bell character', { ...requestInput(), projectName: 'Apollo\u0007' }, /: Project name\./],
  ['a zero-width space', { ...requestInput(), projectName: 'Apo\u200bllo' }, /: Project name\./],
  ['a newline in a single-line field', { ...requestInput(), projectName: 'Apollo\nMoon' }, /: Project name\./],
  ['a bell character in the address', { ...requestInput(), companyAddress: '12 Park Street\u0007' }, /: Company address\./],
  ['a right-to-left override in the project name', { ...requestInput(), projectName: 'Apollo\u202eollopA' }, /: Project name\./],
  ['a direction isolate in the address', { ...requestInput(), companyAddress: '12 Park \u2067Street\u2069' }, /: Company address\./],
  ["a right-to-left override in the officer's name", { ...requestInput(), officerName: 'Ravi \u202eKumar' }, /: Reporting officer’s name\./],
]
const emailDateCases: Case[] = [
  ['an impossible date', { on: '2026-02-30' }, /date the registration email arrived/],
  ['a date in the future', { on: '2026-11-24' }, /date the registration email arrived/],
  ['a date over a year ago', { on: '2025-10-01' }, /date the registration email arrived/],
  ['an empty date', { on: '' }, /date the registration email arrived/],
  ['a date with a control character', { on: '2026-11-21\u0007' }, /date the registration email arrived/],
]

describe('Step 1 refuses bad input and steps out of order, changing nothing', () => {
  it.each(requestCases)('request:send: %s', async (_name, input, says) => {
    const h = await prepared(tempDir())
    await expectUnchanged(h, () => h.call('request:send', input), 'bad-input', says)
    expect((await h.value('ledger:snapshot')).eventCount).toBe(2)
  })

  it.each(emailDateCases)('request:email-received: %s', async (_name, input, says) => {
    const h = await prepared(tempDir())
    await expectUnchanged(h, () => h.call('request:email-received', input), 'bad-input', says)
  })

  it('refuses request:send before a profile exists, and creates no file', async () => {
    const { call, ledgerBytes } = startCore({ dataDir: tempDir() })
    expectRefused(await call('request:send', requestInput()), 'not-allowed', /First tell us who you are in “Before you start”/)
    expect(ledgerBytes()).toBeNull()
  })

  it('refuses request:email-received before request:send', async () => {
    const h = startCore({ dataDir: tempDir() })
    await h.act('profile:save', profileInput())
    await expectUnchanged(h, () => h.call('request:email-received', { on: '2026-11-21' }), 'not-allowed', /Send your request first/)
  })
})
