import { z } from 'zod'
import { FREE_MAIL_DOMAINS } from './free-mail'

// Control and invisible format characters (zero-width, direction overrides such as U+202E, U+2066) often ride
// along with pasted text, and can make a name or address read differently from what it holds: refused, never kept.
export const HIDDEN = /[\p{Cc}\p{Cf}\u2028\u2029]/u
const HIDDEN_EXCEPT_TAB_AND_NEWLINE = /(?![\t\n])[\p{Cc}\p{Cf}\u2028\u2029]/u

export function text(field: string, max: number, options: { multiline?: boolean } = {}) {
  const bad = options.multiline ? HIDDEN_EXCEPT_TAB_AND_NEWLINE : HIDDEN
  return z
    .string({ error: `Enter your ${field}.` })
    .trim()
    .min(1, `Enter your ${field}.`)
    .max(max, `${capital(field)} is too long: use at most ${max} characters.`)
    .refine((v) => !bad.test(v), `${capital(field)} has hidden characters, often from copy and paste. Type it again by hand.`)
}

export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

export const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/

export const domainOf = (email: string): string => email.slice(email.lastIndexOf('@') + 1).toLowerCase()

const within = (domain: string, parent: string): boolean => domain === parent.toLowerCase() || domain.endsWith(`.${parent.toLowerCase()}`)

// The refused domain an address falls under: the domain itself or a parent of it.
export const refusedBy = (email: string, refused: readonly string[]): string | undefined => refused.find((r) => within(domainOf(email), r))

export const isRefusedDomain = (email: string, refused: readonly string[]): boolean => refusedBy(email, refused) !== undefined

// A personal mailbox gets its own reason; LiteMail and an administrator's other domains keep the general one.
function refusal(field: string, email: string, refused: readonly string[]): string {
  const by = refusedBy(email, refused)?.toLowerCase()
  if (by && FREE_MAIL_DOMAINS.some((free) => within(by, free))) {
    return `${capital(field)} is a personal email address. TechPass needs an organisation's email address, not a personal one such as ${by}.`
  }
  return `${capital(field)} is a LiteMail or other refused address. TechPass needs a standard organisational email address.`
}

export function email(field: string, refusedDomains: readonly string[] = []) {
  return text(field, 254)
    .refine((v) => v.includes('@') && v.lastIndexOf('@') < v.length - 1, `${capital(field)} needs a domain after the @, for example name@company.com.`)
    .refine((v) => !v.includes('@') || EMAIL.test(v), `${capital(field)} does not look like an email address. Check it, for example name@company.com.`)
    .refine((v) => !isRefusedDomain(v, refusedDomains), { error: (issue) => refusal(field, String(issue.input), refusedDomains) })
    .transform((v) => v.toLowerCase())
}

// libphonenumber-js's parsePhoneNumberFromString fits this; it is passed in so src-shared imports only zod.
export type PhoneParser = (text: string) => { isValid(): boolean; number: string } | undefined

// Stored in international (E.164) format; the country code is required because users are in many countries.
export function mobile(field: string, parse: PhoneParser) {
  return text(field, 40).transform((value, ctx) => {
    const international = value.replace(/^00/, '+')
    if (!international.startsWith('+')) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `${capital(field)} needs the country code at the start, for example +65 for Singapore or +91 for India.`,
      })
      return z.NEVER
    }
    const parsed = parse(international)
    if (!parsed || !parsed.isValid()) {
      ctx.issues.push({ code: 'custom', input: value, message: `${capital(field)} is not a valid number for that country code. Check the digits.` })
      return z.NEVER
    }
    return parsed.number
  })
}

// A calendar date typed by the user (YYYY-MM-DD), checked to be a real day.
export const calendarDate = (field: string) =>
  z
    .string({ error: `Enter the ${field}.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter the ${field} as a date, for example 2026-11-20.`)
    .refine((v) => {
      const [y, m, d] = v.split('-').map(Number) as [number, number, number]
      const date = new Date(Date.UTC(y, m - 1, d))
      return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 2000
    }, `The ${field} is not a real date. Check the day and month.`)
