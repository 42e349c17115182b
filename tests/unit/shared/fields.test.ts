import { parsePhoneNumberFromString } from 'libphonenumber-js/mobile'
import { describe, expect, it } from 'vitest'
import { calendarDate, email, isRefusedDomain, mobile, refusedBy, text } from '../../../src-shared/fields'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'

const refused = DEFAULT_SETTINGS.refusedEmailDomains
const orgEmail = email('org-email', refused)
const phone = mobile('mobile', parsePhoneNumberFromString)
const messagesOf = (schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } }, value: unknown) =>
  schema.safeParse(value).error?.issues.map((i) => i.message) ?? []

describe('email(): refusal (R3)', () => {
  it('uses LiteMail as the configured refused domain', () => {
    expect(refused).toContain('litemail.gov.sg')
  })

  it.each([
    ['no domain', 'ana@', /^Your work email needs a domain after the @/],
    ['no @ at all', 'ana.acme.com', /^Your work email needs a domain after the @/],
    ['a domain with no dot', 'ana@acme', /^Your work email is not a correct email address/],
    ['two @', 'ana@@acme.com', /^Your work email is not a correct email address/],
    ['a space inside', 'ana lim@acme.com', /^Your work email is not a correct email address/],
    ['a one-letter top-level domain', 'ana@acme.c', /^Your work email is not a correct email address/],
    ['the LiteMail domain', 'ana@litemail.gov.sg', /^Your work email is a LiteMail address/],
    ['the LiteMail domain in capitals', 'Ana@LITEMAIL.GOV.SG', /^Your work email is a LiteMail address/],
    ['a LiteMail subdomain', 'ana@staff.LiteMail.gov.sg', /^Your work email is a LiteMail address/],
    ['an empty field', '', /^Enter your work email\.$/],
    ['only spaces', '   ', /^Enter your work email\.$/],
    ['a zero-width space', 'ana@acme.com\u200b', /^Your work email has hidden characters/],
  ])('refuses %s, naming the field', (_name, value, message) => {
    const messages = messagesOf(orgEmail, value)
    expect(messages.length).toBeGreaterThan(0)
    expect(messages[0]).toMatch(message)
    for (const m of messages) expect(m.toLowerCase()).toContain('work email')
  })

  it('says why a LiteMail address is refused', () => {
    expect(messagesOf(orgEmail, 'ana@litemail.gov.sg')).toEqual([
      'Your work email is a LiteMail address, or another address that TechPass does not accept. Use your standard work email address.',
    ])
  })

  it('refuses an address longer than 254 characters', () => {
    expect(messagesOf(orgEmail, `${'a'.repeat(250)}@acme.com`)).toContain('Your work email is too long. Use at most 254 characters.')
  })

  it.each([
    ['Ana.Lim@Acme.COM', 'ana.lim@acme.com'],
    ['  ana@acme.com  ', 'ana@acme.com'],
    ['ana@notlitemail.gov.sg', 'ana@notlitemail.gov.sg'],
    ['ana@litemail.gov.sg.acme.com', 'ana@litemail.gov.sg.acme.com'],
    ['ana+techpass@dept.agency.gov.sg', 'ana+techpass@dept.agency.gov.sg'],
  ])('accepts %s as %s', (value, stored) => {
    expect(orgEmail.parse(value)).toBe(stored)
  })

  it('names the field it was built for', () => {
    expect(messagesOf(email('officer-email', refused), 'x@')[0]).toMatch(/^Your reporting officer's email needs a domain/)
  })

  it('refuses nothing but the shape when no domains are configured', () => {
    expect(email('org-email').parse('ana@litemail.gov.sg')).toBe('ana@litemail.gov.sg')
  })

  it('isRefusedDomain matches the domain and its subdomains only', () => {
    expect(isRefusedDomain('a@LiteMail.gov.sg', ['litemail.gov.sg'])).toBe(true)
    expect(isRefusedDomain('a@x.litemail.gov.sg', ['LITEMAIL.GOV.SG'])).toBe(true)
    expect(isRefusedDomain('a@xlitemail.gov.sg', ['litemail.gov.sg'])).toBe(false)
    expect(isRefusedDomain('litemail.gov.sg@acme.com', ['litemail.gov.sg'])).toBe(false)
  })
})

describe('email(): personal mail domains (refused by default)', () => {
  const personal = (domain: string) => `Your work email is a personal email address (${domain}). TechPass needs the email address your organisation gave you.`

  it.each([
    ['gmail.com', 'ana@gmail.com', 'gmail.com'],
    ['gmail.com in capitals', 'Ana@GMail.COM', 'gmail.com'],
    ['a Yahoo country domain', 'ana@yahoo.com.sg', 'yahoo.com.sg'],
    ['a Hotmail country domain', 'ana@hotmail.co.uk', 'hotmail.co.uk'],
    ['a subdomain of a personal domain', 'ana@mail.yahoo.co.id', 'yahoo.co.id'],
    ['Proton', 'ana@proton.me', 'proton.me'],
    ['QQ', '12345@qq.com', 'qq.com'],
  ])('refuses %s and says why, naming the domain', (_name, value, domain) => {
    expect(messagesOf(orgEmail, value)).toEqual([personal(domain)])
  })

  it('keeps the LiteMail message as it was', () => {
    expect(messagesOf(orgEmail, 'ana@staff.litemail.gov.sg')).toEqual([
      'Your work email is a LiteMail address, or another address that TechPass does not accept. Use your standard work email address.',
    ])
  })

  it("names the field it was built for, such as the reporting officer's email", () => {
    expect(messagesOf(email('officer-email', refused), 'ravi@outlook.com')[0]).toMatch(
      /^Your reporting officer's email is a personal email address \(outlook\.com\)\. /,
    )
  })

  it.each([['ana@gmail.com.acme.com'], ['ana@notgmail.com'], ['ana@yahoo.example.gov.sg'], ['ana@hotmail.com.agency.gov.sg']])(
    'accepts %s, which only looks like a personal domain',
    (value) => {
      expect(orgEmail.parse(value)).toBe(value)
    },
  )

  it("follows an administrator's list: their own domain gets the general message, gmail.com the personal one", () => {
    const adminList = email('org-email', ['acme-mail.com', 'gmail.com'])
    expect(messagesOf(adminList, 'ana@acme-mail.com')[0]).toMatch(/^Your work email is a LiteMail address/)
    expect(messagesOf(adminList, 'ana@gmail.com')).toEqual([personal('gmail.com')])
    expect(adminList.parse('ana@yahoo.com')).toBe('ana@yahoo.com')
  })

  it('refusedBy names the refused domain an address falls under', () => {
    expect(refusedBy('a@mail.Yahoo.com', refused)).toBe('yahoo.com')
    expect(refusedBy('a@acme.com', refused)).toBeUndefined()
  })
})

describe('mobile(): international format', () => {
  it.each([
    ['+65 9123 4567', '+6591234567'],
    ['0065 9123 4567', '+6591234567'],
    ['+91 98765 43210', '+919876543210'],
    [' +65-9123-4567 ', '+6591234567'],
  ])('stores %s as %s', (value, stored) => {
    expect(phone.parse(value)).toBe(stored)
  })

  it.each([
    ['no country code', '9123 4567', 'Start your mobile number with the country code, for example +65 for Singapore or +91 for India.'],
    ['a number that cannot exist', '+65 1234 5678', 'Your mobile number is not a correct number for that country code. Check the digits.'],
    ['too few digits', '+65 9123 456', 'Your mobile number is not a correct number for that country code. Check the digits.'],
    ['letters', '+65 CALL ME', 'Your mobile number is not a correct number for that country code. Check the digits.'],
  ])('refuses %s', (_name, value, message) => {
    expect(messagesOf(phone, value)).toEqual([message])
  })

  it('refuses an empty number and one longer than 40 characters', () => {
    expect(messagesOf(phone, '')[0]).toBe('Enter your mobile number.')
    expect(messagesOf(phone, `+65 ${'9'.repeat(40)}`)[0]).toBe('Your mobile number is too long. Use at most 40 characters.')
  })
})

describe('text() and calendarDate()', () => {
  const project = text('project-name', 120)
  const address = text('company-address', 400, { multiline: true })

  it.each([
    ['a bell character', 'Apollo\u0007'],
    ['a zero-width space', 'Apol\u200blo'],
    ['a newline inside', 'Apollo\nProject'],
    ['a tab', 'Apollo\tProject'],
    ['a byte-order mark inside', 'Apol\ufefflo'],
    ['a line separator inside', 'Apollo\u2028Project'],
  ])('refuses %s in a single-line field', (_name, value) => {
    expect(messagesOf(project, value)).toEqual(['Your project name has hidden characters. They often come with copy and paste. Type it again by hand.'])
  })

  it.each([
    ['a right-to-left override (U+202E)', 'Apollo\u202eTCEJORP'],
    ['a left-to-right embedding (U+202A)', '\u202aApollo'],
    ['a pop directional formatting (U+202C)', 'Apollo\u202c'],
    ['a left-to-right isolate (U+2066)', 'Apo\u2066llo'],
    ['a first-strong isolate (U+2068)', 'Apo\u2068llo'],
    ['a pop directional isolate (U+2069)', 'Apollo\u2069'],
    ['an Arabic letter mark (U+061C)', 'Apo\u061cllo'],
    ['a word joiner (U+2060)', 'Apo\u2060llo'],
    ['a soft hyphen (U+00AD)', 'Apo\u00adllo'],
    ['an invisible separator (U+2063)', 'Apo\u2063llo'],
    ['an interlinear annotation anchor (U+FFF9)', 'Apo\ufff9llo'],
    ['a tag character (U+E0041)', 'Apo\u{e0041}llo'],
  ])('refuses %s, which changes how text reads, in single-line and multi-line fields', (_name, value) => {
    expect(messagesOf(project, value)).toEqual(['Your project name has hidden characters. They often come with copy and paste. Type it again by hand.'])
    expect(messagesOf(address, value)[0]).toMatch(/^Your company address has hidden characters/)
  })

  it('still accepts names and addresses in other scripts', () => {
    expect(project.parse('Projet Élan')).toBe('Projet Élan')
    expect(address.parse('12 Anna Salai\nசென்னை')).toBe('12 Anna Salai\nசென்னை')
    expect(project.parse('שלום')).toBe('שלום')
  })

  it('lets a multi-line field keep its newlines but not other control characters', () => {
    expect(address.parse('1 Main Road\nChennai')).toBe('1 Main Road\nChennai')
    expect(messagesOf(address, '1 Main Road\u0000')[0]).toMatch(/^Your company address has hidden characters/)
  })

  it('counts the length after trimming', () => {
    expect(project.parse(` ${'a'.repeat(120)} `)).toHaveLength(120)
    expect(messagesOf(project, 'a'.repeat(121))).toEqual(['Your project name is too long. Use at most 120 characters.'])
  })

  it.each([
    ['2026-02-30', 'not a real date'],
    ['2026-13-01', 'not a real date'],
    ['2026-02-29', 'not a real date'],
    ['1999-12-31', 'not a real date'],
    ['20-11-2026', 'as a date'],
    ['2026-11-20T00:00', 'as a date'],
  ])('refuses %s as a calendar date', (value, why) => {
    const messages = messagesOf(calendarDate('registration-email-date'), value)
    expect(messages.join(' ')).toContain(why)
    expect(messages.join(' ')).toContain('date the registration email arrived')
  })

  it('accepts a real day, including 29 February in a leap year', () => {
    expect(calendarDate('done-date').parse('2028-02-29')).toBe('2028-02-29')
    expect(calendarDate('done-date').parse('2026-11-20')).toBe('2026-11-20')
  })
})
