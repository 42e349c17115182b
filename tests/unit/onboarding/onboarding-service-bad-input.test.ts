import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'
import { startCore } from '../support/core-harness'
import type { Harness } from '../support/core-harness'
import { profileInput, registrationInput, requestInput } from '../support/onboarding-inputs'
import { useTempDirs } from '../support/temp-dir'

// "Now" is 2026-11-23 10:00 in Singapore for every test here.
const tempDir = useTempDirs()
const LITEMAIL = `ana@${DEFAULT_SETTINGS.refusedEmailDomains[0]}`
const long = (n: number) => 'a'.repeat(n)
type Case = [name: string, input: Record<string, unknown>, field: RegExp]

const profileCases: Case[] = [
  ['an impossible date', { ...profileInput(), onboardingEmailOn: '2026-02-30' }, /date the onboarding email arrived/],
  ['a date in the future', { ...profileInput(), onboardingEmailOn: '2026-11-24' }, /date the onboarding email arrived/],
  ['a date over a year ago', { ...profileInput(), onboardingEmailOn: '2025-10-01' }, /date the onboarding email arrived/],
  ['a date in another format', { ...profileInput(), onboardingEmailOn: '23/11/2026' }, /date the onboarding email arrived/],
  ['an email with no domain', { ...profileInput(), orgEmail: 'ana@' }, /organisational email/i],
  ['an email with no @', { ...profileInput(), orgEmail: 'ana.acme.com' }, /organisational email/i],
  ['a LiteMail address', { ...profileInput(), orgEmail: LITEMAIL }, /organisational email is a LiteMail/i],
  ['an empty email', { ...profileInput(), orgEmail: '' }, /organisational email/i],
  ['a too-long email', { ...profileInput(), orgEmail: `${long(300)}@acme.com` }, /organisational email is too long/i],
  ['a bell character', { ...profileInput(), orgEmail: 'ana@acme.com\u0007' }, /organisational email has hidden characters/i],
  ['a zero-width space', { ...profileInput(), orgEmail: 'ana\u200b@acme.com' }, /organisational email has hidden characters/i],
  ['a newline inside', { ...profileInput(), orgEmail: 'ana@ac\nme.com' }, /organisational email has hidden characters/i],
  ['no SEED for an offshore user not in an ODC', { ...profileInput(), seedProvisioned: false }, /SEED provisioning is mandatory/],
]

const requestCases: Case[] = [
  ['a phone without a country', { ...requestInput(), mobile: '9123 4567' }, /mobile number needs the country code/i],
  ['an invalid phone', { ...requestInput(), mobile: '+65 1234 5678' }, /mobile number is not a valid number/i],
  ['an email with no domain', { ...requestInput(), orgEmail: 'ana@' }, /organisational email/i],
  ['a LiteMail address', { ...requestInput(), orgEmail: LITEMAIL }, /organisational email is a LiteMail/i],
  ["a LiteMail officer's email", { ...requestInput(), officerEmail: LITEMAIL }, /reporting officer's email is a LiteMail/i],
  ['an empty project name', { ...requestInput(), projectName: '  ' }, /project name/i],
  ['a missing officer name', { ...requestInput(), officerName: undefined }, /reporting officer's name/i],
  ['a too-long project name', { ...requestInput(), projectName: long(121) }, /project name is too long/i],
  ['a project name longer than any field takes', { ...requestInput(), projectName: long(2001) }, /projectName/],
  ['a bell character', { ...requestInput(), projectName: 'Apollo\u0007' }, /project name has hidden characters/i],
  ['a zero-width space', { ...requestInput(), projectName: 'Apo\u200bllo' }, /project name has hidden characters/i],
  ['a newline in a single-line field', { ...requestInput(), projectName: 'Apollo\nMoon' }, /project name has hidden characters/i],
  ['a bell character in the address', { ...requestInput(), companyAddress: '12 Park Street\u0007' }, /company address has hidden characters/i],
  ['a right-to-left override in the project name', { ...requestInput(), projectName: 'Apollo\u202eollopA' }, /project name has hidden characters/i],
  ['a direction isolate in the address', { ...requestInput(), companyAddress: '12 Park \u2067Street\u2069' }, /company address has hidden characters/i],
  ["a right-to-left override in the officer's name", { ...requestInput(), officerName: 'Ravi \u202eKumar' }, /reporting officer's name has hidden characters/i],
]

const emailDateCases: Case[] = [
  ['an impossible date', { on: '2026-02-30' }, /date the registration email arrived/],
  ['a date in the future', { on: '2026-11-24' }, /date the registration email arrived/],
  ['a date over a year ago', { on: '2025-10-01' }, /date the registration email arrived/],
  ['an empty date', { on: '' }, /date the registration email arrived/],
  ['a date with a control character', { on: '2026-11-21\u0007' }, /date the registration email arrived/],
]

const registrationCases: Case[] = [
  ['an empty username', { ...registrationInput(), username: '' }, /username/i],
  ['a username with a zero-width space', { ...registrationInput(), username: 'ana\u200blim' }, /username/i],
  ['a newline in the first name', { ...registrationInput(), firstName: 'Ana\nMaria' }, /first name has hidden characters/i],
  ['a bell in the last name', { ...registrationInput(), lastName: 'Lim\u0007' }, /last name has hidden characters/i],
  ['a left-to-right embedding in the department', { ...registrationInput(), department: '\u202aFinance' }, /department has hidden characters/i],
  ['a phone without a country', { ...registrationInput(), mobile: '0 9123 4567' }, /mobile number needs the country code/i],
  ['a too-long department', { ...registrationInput(), department: long(121) }, /department is too long/i],
  ["an officer's email with no domain", { ...registrationInput(), officerEmail: 'ravi@' }, /reporting officer's email/i],
  ["a LiteMail officer's email", { ...registrationInput(), officerEmail: LITEMAIL }, /reporting officer's email is a LiteMail/i],
  ['an empty company address', { ...registrationInput(), companyAddress: '' }, /company address/i],
]

function expectRefused(result: Awaited<ReturnType<Harness['call']>>, code: string, field?: RegExp) {
  expect(result.ok).toBe(false)
  if (result.ok) return
  expect(result.error.code).toBe(code)
  if (field) expect(result.error.message).toMatch(field)
  // Bad input also says that nothing was kept; a step taken out of order says what to do first instead.
  if (code === 'bad-input') expect(result.error.message).toMatch(/nothing was (saved|changed)/i)
  expect(result.error.message).toMatch(/^[A-Z].{15,}\.$/s)
}

// A core with a profile and a sent request: every later refusal must leave these bytes alone.
async function prepared(): Promise<Harness> {
  const core = startCore({ dataDir: tempDir() })
  await core.value('profile:save', profileInput())
  await core.value('request:send', requestInput())
  core.emit.mockClear()
  return core
}

describe('bad input through the dispatcher: nothing saved yet', () => {
  it.each(profileCases)('profile:save refuses %s, naming the field, and creates no file', async (_name, input, field) => {
    const { call, ledgerBytes, emit } = startCore({ dataDir: tempDir() })
    expectRefused(await call('profile:save', input), 'bad-input', field)
    expect(ledgerBytes()).toBeNull()
    expect(emit).not.toHaveBeenCalled()
  })

  it('refuses request:send before a profile exists', async () => {
    const { call, ledgerBytes } = startCore({ dataDir: tempDir() })
    const result = await call('request:send', requestInput())
    expectRefused(result, 'not-allowed')
    expect(!result.ok && result.error.message).toMatch(/who you are first/)
    expect(ledgerBytes()).toBeNull()
  })

  it('refuses registration:save before a profile exists', async () => {
    const { call, ledgerBytes } = startCore({ dataDir: tempDir() })
    expectRefused(await call('registration:save', registrationInput()), 'not-allowed')
    expect(ledgerBytes()).toBeNull()
  })
})

describe('bad input through the dispatcher: after a profile and a request', () => {
  it.each([
    ...profileCases.map(([name, input, field]): [string, string, unknown, RegExp] => [`profile:save: ${name}`, 'profile:save', input, field]),
    ...requestCases.map(([name, input, field]): [string, string, unknown, RegExp] => [`request:send: ${name}`, 'request:send', input, field]),
    ...emailDateCases.map(([name, input, field]): [string, string, unknown, RegExp] => [`request:email-received: ${name}`, 'request:email-received', input, field]),
    ...registrationCases.map(([name, input, field]): [string, string, unknown, RegExp] => [`registration:save: ${name}`, 'registration:save', input, field]),
  ])('%s is refused, names the field and leaves ledger.json byte-identical', async (_name, channel, input, field) => {
    const { call, ledgerBytes, emit, value } = await prepared()
    const before = ledgerBytes()!
    expectRefused(await call(channel, input), 'bad-input', field)
    expect(ledgerBytes()!.equals(before)).toBe(true)
    expect(emit).not.toHaveBeenCalled()
    expect((await value('ledger:snapshot')).eventCount).toBe(2)
  })

  it('refuses request:email-received before request:send, changing nothing', async () => {
    const { call, value, ledgerBytes } = startCore({ dataDir: tempDir() })
    await value('profile:save', profileInput())
    const before = ledgerBytes()!
    const result = await call('request:email-received', { on: '2026-11-21' })
    expectRefused(result, 'not-allowed')
    expect(!result.ok && result.error.message).toMatch(/Send your request first/)
    expect(ledgerBytes()!.equals(before)).toBe(true)
  })

  it('refuses invitation:renew when nothing has expired, changing nothing', async () => {
    const { call, value, ledgerBytes, clock } = await prepared()
    const before = ledgerBytes()!
    expectRefused(await call('invitation:renew'), 'not-allowed')
    clock.set(new Date('2026-11-25T23:59:00+08:00'))
    expect((await value('ledger:snapshot')).deadlines?.active?.state).toBe('last-day')
    expectRefused(await call('invitation:renew'), 'not-allowed')
    expect(ledgerBytes()!.equals(before)).toBe(true)
  })

  it('refuses invitation:renew when there is no invitation date at all', async () => {
    const { call, value, ledgerBytes } = startCore({ dataDir: tempDir() })
    await value('profile:save', profileInput('vendor', null))
    const before = ledgerBytes()!
    expectRefused(await call('invitation:renew'), 'not-allowed')
    expect(ledgerBytes()!.equals(before)).toBe(true)
  })

  it('refuses a link off the allowlist and a bad file name without reaching the ports', async () => {
    const { call, opened, saved, ledgerBytes } = await prepared()
    const before = ledgerBytes()!
    for (const url of ['http://docs.developer.tech.gov.sg/', 'javascript:alert(1)', 'file:///etc/passwd', 'https://evil.example/']) {
      expectRefused(await call('shell:open-external', { url }), 'not-allowed')
    }
    for (const suggestedName of ['../request.txt', 'request.exe', '']) {
      expectRefused(await call('files:save-text', { suggestedName, text: 'x' }), 'bad-input')
    }
    expect(opened).toEqual([])
    expect(saved).toEqual([])
    expect(ledgerBytes()!.equals(before)).toBe(true)
  })
})
