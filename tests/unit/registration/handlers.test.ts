import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'
import { itemOf, sectionOf, startCore } from '../support/core-harness'
import { officer, profileInput, registrationInput } from '../support/onboarding-inputs'
import { expectRefused, expectUnchanged, prepared } from '../support/refusals'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()
const LITEMAIL = `ana@${DEFAULT_SETTINGS.refusedEmailDomains[0]}`

describe('registration:save', () => {
  it('offshore user not in an ODC: saved in international format; the form items are done, the attested ones wait', async () => {
    const { act } = startCore({ dataDir: tempDir() })
    await act('profile:save', profileInput())
    const registered = await act('registration:save', registrationInput())
    expect(registered.registration.fields).toEqual({ ...registrationInput(), mobile: '+6591234567' })
    expect(sectionOf(registered, 'registration')?.items.map((i) => [i.id, i.how, i.done])).toEqual([
      ['open-link', 'attest', false],
      ['fill-form', 'evidence', true],
      ['officer-fields', 'evidence', true],
      ['submit-form', 'attest', false],
    ])
  })

  it('vendor: the officer fields are dropped and do not apply', async () => {
    const { act } = startCore({ dataDir: tempDir() })
    await act('profile:save', profileInput('vendor'))
    const registered = await act('registration:save', { ...registrationInput('vendor'), ...officer })
    expect(registered.registration.fields).toEqual({ ...registrationInput('vendor'), mobile: '+6591234567' })
    expect(itemOf(registered, 'registration', 'officer-fields')).toBeUndefined()
  })

  it('offshore user in an ODC: the officer fields are required here, though not in the request (R8, R10)', async () => {
    const { act, call } = startCore({ dataDir: tempDir() })
    await act('profile:save', profileInput('offshore-odc'))
    expectRefused(
      await call('registration:save', registrationInput('vendor')),
      'bad-input',
      /: Reporting officer’s name, Reporting officer’s email and Company address\./,
    )
    const registered = await act('registration:save', registrationInput('offshore-odc'))
    expect(registered.registration.fields).toMatchObject(officer)
  })
})

// The form says exactly what is wrong as the user types; main names the field.
const registrationCases: [name: string, input: unknown, says: RegExp][] = [
  ['an empty username', { ...registrationInput(), username: '' }, /username/i],
  ['a username with a zero-width space', { ...registrationInput(), username: 'ana\u200blim' }, /username/i],
  ['a newline in the first name', { ...registrationInput(), firstName: 'Ana\nMaria' }, /: First name\./],
  ['a bell in the last name', { ...registrationInput(), lastName: 'Lim\u0007' }, /: Last name\./],
  ['a left-to-right embedding in the department', { ...registrationInput(), department: '\u202aFinance' }, /: Department\./],
  ['a phone without a country', { ...registrationInput(), mobile: '0 9123 4567' }, /: Mobile number\./],
  ['a too-long department', { ...registrationInput(), department: 'a'.repeat(121) }, /: Department\./],
  ["an officer's email with no domain", { ...registrationInput(), officerEmail: 'ravi@' }, /: Reporting officer’s email\./],
  ["a LiteMail officer's email", { ...registrationInput(), officerEmail: LITEMAIL }, /: Reporting officer’s email\./],
  ['an empty company address', { ...registrationInput(), companyAddress: '' }, /company address/i],
]

describe('registration:save refuses bad input, changing nothing', () => {
  it.each(registrationCases)('%s', async (_name, input, says) => {
    const h = await prepared(tempDir())
    await expectUnchanged(h, () => h.call('registration:save', input), 'bad-input', says)
  })

  it('before a profile exists, and creates no file', async () => {
    const { call, ledgerBytes } = startCore({ dataDir: tempDir() })
    expectRefused(await call('registration:save', registrationInput()), 'not-allowed', /First tell us who you are in “Before you start”/)
    expect(ledgerBytes()).toBeNull()
  })
})
