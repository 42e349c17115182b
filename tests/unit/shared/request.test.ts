import { parsePhoneNumberFromString } from 'libphonenumber-js/mobile'
import { describe, expect, it } from 'vitest'
import type { Audience } from '../../../src-shared/profile'
import { composeRequest, needsOfficerInRegistration, needsOfficerInRequest, registrationRules, requestRules } from '../../../src-shared/request'
import type { RequestDetails } from '../../../src-shared/request'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'

const refused = DEFAULT_SETTINGS.refusedEmailDomains
const base = { orgEmail: 'ana@acme.com', mobile: '+6591234567', projectName: 'Apollo' }
const officer = { officerName: 'Ravi Kumar', officerEmail: 'ravi@offshore.example.com', companyAddress: '12 Park Street\nChennai 600001\nIndia' }
const registration = { username: 'ana.lim', firstName: 'Ana', lastName: 'Lim', mobile: '+65 9123 4567', department: 'Engineering' }
const request = (audience: Audience) => requestRules(audience, refused, parsePhoneNumberFromString)
const register = (audience: Audience) => registrationRules(audience, refused, parsePhoneNumberFromString)
const messages = (parsed: { success: boolean; error?: { issues: { message: string }[] } }) => parsed.error?.issues.map((i) => i.message) ?? []

describe('composeRequest: the message for each audience and SEED choice', () => {
  it('vendor without SEED: the three details, no SEED wording, no officer lines', () => {
    const { subject, body } = composeRequest(base, 'vendor', 'no')
    expect(subject).toBe('Request: TechPass account')
    expect(body).toBe(
      [
        'Dear project manager / reporting officer,',
        '',
        'Please request a TechPass account for me.',
        '',
        'Organisational email: ana@acme.com',
        'Mobile number: +6591234567',
        'Project name: Apollo',
        '',
        'Thank you.',
      ].join('\n'),
    )
    expect(`${subject}\n${body}`).not.toMatch(/SEED|officer:|address:/i)
  })

  it('vendor with SEED asks for SEED too, still without officer lines', () => {
    const { subject, body } = composeRequest({ ...base, ...officer }, 'vendor', 'yes')
    expect(subject).toBe('Request: TechPass account and SEED provisioning')
    expect(body).toContain('Please request a TechPass account and SEED provisioning for me.')
    expect(body).not.toMatch(/Offshore reporting officer|Offshore company address|Ravi/)
  })

  it.each([
    ['yes', true],
    ['no', false],
  ] as const)('offshore in an ODC (SEED %s): no officer lines, even if they were given', (seed, mentionsSeed) => {
    const { body } = composeRequest({ ...base, ...officer }, 'offshore-odc', seed)
    expect(body).not.toMatch(/Offshore reporting officer|Offshore company address|Ravi|Chennai/)
    expect(body.includes('SEED provisioning')).toBe(mentionsSeed)
  })

  it('asks the project manager about SEED when the user does not know yet', () => {
    const { subject, body } = composeRequest(base, 'offshore-odc', 'unknown')
    expect(subject).toBe('Request: TechPass account')
    expect(body).toContain('Please also tell me whether SEED provisioning is needed for me.')
  })

  it('offshore not in an ODC: SEED wording, the officer line, and the address on one line', () => {
    const { subject, body } = composeRequest({ ...base, ...officer }, 'offshore-non-odc', 'yes')
    expect(subject).toBe('Request: TechPass account and SEED provisioning')
    const lines = body.split('\n')
    expect(lines).toContain('Please request a TechPass account and SEED provisioning for me.')
    expect(lines).toContain('Offshore reporting officer: Ravi Kumar (ravi@offshore.example.com)')
    expect(lines).toContain('Offshore company address: 12 Park Street, Chennai 600001, India')
    expect(lines.indexOf('Project name: Apollo')).toBeLessThan(lines.indexOf('Offshore reporting officer: Ravi Kumar (ravi@offshore.example.com)'))
    expect(lines.at(-1)).toBe('Thank you.')
  })

  it('joins address lines with commas even when they have spaces around the breaks', () => {
    const { body } = composeRequest(
      { ...base, ...officer, companyAddress: '12 Park Street  \n  Chennai\r\nIndia' } as RequestDetails,
      'offshore-non-odc',
      'yes',
    )
    expect(body).toContain('Offshore company address: 12 Park Street, Chennai, India')
  })
})

describe('requestRules (R7, R8)', () => {
  it('asks the officer details only of offshore users not in an ODC', () => {
    expect(needsOfficerInRequest('vendor')).toBe(false)
    expect(needsOfficerInRequest('offshore-odc')).toBe(false)
    expect(needsOfficerInRequest('offshore-non-odc')).toBe(true)
  })

  it.each(['vendor', 'offshore-odc'] as const)('for %s: accepts the three details and drops extra officer fields', (audience) => {
    const parsed = request(audience).safeParse({ ...base, mobile: '+65 9123 4567', ...officer, officerEmail: 'not an email' })
    expect(parsed.success).toBe(true)
    expect(parsed.data).toEqual(base)
  })

  it('for offshore users not in an ODC: requires each officer field, naming it', () => {
    const parsed = request('offshore-non-odc').safeParse(base)
    expect(parsed.success).toBe(false)
    expect(messages(parsed)).toEqual(["Enter your reporting officer's name.", "Enter your reporting officer's email.", 'Enter your company address.'])
    const full = request('offshore-non-odc').parse({ ...base, ...officer, officerEmail: 'Ravi@Offshore.Example.com' })
    expect(full).toEqual({ ...base, ...officer, officerEmail: 'ravi@offshore.example.com' })
  })

  it("refuses a LiteMail address for the officer's email", () => {
    const parsed = request('offshore-non-odc').safeParse({ ...base, ...officer, officerEmail: 'ravi@litemail.gov.sg' })
    expect(messages(parsed)).toEqual([
      "Your reporting officer's email is a LiteMail address, or another address that TechPass does not accept. Use your standard work email address.",
    ])
  })

  it.each([
    ['+65 9123 4567', '+6591234567'],
    ['0065 9123 4567', '+6591234567'],
  ])('stores the mobile %s as %s', (value, stored) => {
    expect(request('vendor').parse({ ...base, mobile: value }).mobile).toBe(stored)
  })

  it.each([
    ['9123 4567', 'Start your mobile number with the country code, for example +65 for Singapore or +91 for India.'],
    ['+65 1234 5678', 'Your mobile number is not a correct number for that country code. Check the digits.'],
  ])('refuses the mobile %s', (value, message) => {
    expect(messages(request('vendor').safeParse({ ...base, mobile: value }))).toEqual([message])
  })
})

describe('registrationRules (R10, read literally)', () => {
  it('asks the officer details of every offshore user', () => {
    expect(needsOfficerInRegistration('vendor')).toBe(false)
    expect(needsOfficerInRegistration('offshore-odc')).toBe(true)
    expect(needsOfficerInRegistration('offshore-non-odc')).toBe(true)
  })

  it('for vendors: accepts the five fields and drops extra officer fields', () => {
    const parsed = register('vendor').parse({ ...registration, ...officer })
    expect(parsed).toEqual({ ...registration, mobile: '+6591234567' })
  })

  it.each(['offshore-odc', 'offshore-non-odc'] as const)('for %s: requires the officer fields', (audience) => {
    expect(messages(register(audience).safeParse(registration))).toEqual([
      "Enter your reporting officer's name.",
      "Enter your reporting officer's email.",
      'Enter your company address.',
    ])
    expect(register(audience).parse({ ...registration, ...officer })).toMatchObject(officer)
  })

  it('refuses a username with characters the web form does not take', () => {
    expect(messages(register('vendor').safeParse({ ...registration, username: 'ana lim' }))).toEqual([
      'Your username can have only letters, numbers, dots (.), hyphens (-) and underscores (_).',
    ])
  })

  it('names each empty field', () => {
    const empty = { username: '', firstName: '', lastName: '', mobile: '', department: '' }
    const found = messages(register('vendor').safeParse(empty))
    for (const field of ['username', 'first name', 'last name', 'mobile number', 'department']) expect(found).toContain(`Enter your ${field}.`)
  })
})
