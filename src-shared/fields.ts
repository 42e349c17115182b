import { z } from 'zod'
import { isRealDay } from './day'
import { FREE_MAIL_DOMAINS } from './free-mail'
import type { Msg } from './message'
import { fieldNames, fieldProblems, inEnglish } from './messages/fields'
import type { FieldName, FieldText, FieldValue, Say } from './messages/fields'

// Control and invisible format characters (zero-width, direction overrides such as U+202E, U+2066) often ride
// along with pasted text, and can make a name or address read differently from what it holds: refused, never kept.
const HIDDEN = /[\p{Cc}\p{Cf}\u2028\u2029]/u
// Text of more than one line keeps its line breaks (\n, or \r\n as a mail message writes them) and tabs.
const HIDDEN_EXCEPT_TAB_AND_LINE_BREAK = /(?![\t\n\r])[\p{Cc}\p{Cf}\u2028\u2029]/u

/** True when the text holds a hidden character; `multiline` text may hold tabs and line breaks. The one rule for fields and mail. */
export const hasHiddenCharacters = (value: string, options: { multiline?: boolean } = {}): boolean =>
  (options.multiline ? HIDDEN_EXCEPT_TAB_AND_LINE_BREAK : HIDDEN).test(value)

export function text(field: FieldName, max: number, options: { multiline?: boolean; say?: Say } = {}) {
  const say = options.say ?? inEnglish
  const name = fieldNames[field]
  const required = say(fieldProblems.required, { field: name })
  return z
    .string({ error: required })
    .trim()
    .min(1, required)
    .max(max, say(fieldProblems.tooLong, { field: name, max }))
    .refine((v) => !hasHiddenCharacters(v, options), say(fieldProblems.hidden, { field: name }))
}

export const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/

const domainOf = (email: string): string => email.slice(email.lastIndexOf('@') + 1).toLowerCase()

const within = (domain: string, parent: string): boolean => domain === parent.toLowerCase() || domain.endsWith(`.${parent.toLowerCase()}`)

// The refused domain an address falls under: the domain itself or a parent of it.
export const refusedBy = (email: string, refused: readonly string[]): string | undefined => refused.find((r) => within(domainOf(email), r))

export const isRefusedDomain = (email: string, refused: readonly string[]): boolean => refusedBy(email, refused) !== undefined

// A personal mailbox gets its own reason; LiteMail and an administrator's other domains keep the general one.
function refusal(field: FieldName, email: string, refused: readonly string[], say: Say): string {
  const by = refusedBy(email, refused)?.toLowerCase()
  if (by && FREE_MAIL_DOMAINS.some((free) => within(by, free))) return say(fieldProblems.personalEmail, { field: fieldNames[field], domain: by })
  return say(fieldProblems.refusedEmail, { field: fieldNames[field] })
}

export function email(field: FieldName, refusedDomains: readonly string[] = [], say: Say = inEnglish) {
  const name = fieldNames[field]
  return text(field, 254, { say })
    .refine((v) => v.includes('@') && v.lastIndexOf('@') < v.length - 1, say(fieldProblems.noDomain, { field: name }))
    .refine((v) => !v.includes('@') || EMAIL.test(v), say(fieldProblems.notEmail, { field: name }))
    .refine((v) => !isRefusedDomain(v, refusedDomains), { error: (issue) => refusal(field, String(issue.input), refusedDomains, say) })
    .transform((v) => v.toLowerCase())
}

// libphonenumber-js's parsePhoneNumberFromString fits this; it is passed in so src-shared imports only zod.
export type PhoneParser = (text: string) => { isValid(): boolean; number: string } | undefined

// Stored in international (E.164) format; the country code is required because users are in many countries.
export function mobile(field: FieldName, parse: PhoneParser, say: Say = inEnglish) {
  const name = fieldNames[field]
  return text(field, 40, { say }).transform((value, ctx) => {
    const international = value.replace(/^00/, '+')
    if (!international.startsWith('+')) {
      ctx.issues.push({ code: 'custom', input: value, message: say(fieldProblems.noCountryCode, { field: name }) })
      return z.NEVER
    }
    const parsed = parse(international)
    if (!parsed || !parsed.isValid()) {
      ctx.issues.push({ code: 'custom', input: value, message: say(fieldProblems.badPhone, { field: name }) })
      return z.NEVER
    }
    return parsed.number
  })
}

// A calendar date typed by the user (YYYY-MM-DD), checked to be a real day.
export const calendarDate = (field: FieldName, say: Say = inEnglish) => {
  const name = fieldNames[field]
  return z
    .string({ error: say(fieldProblems.dateRequired, { field: name }) })
    .regex(/^\d{4}-\d{2}-\d{2}$/, say(fieldProblems.dateFormat, { field: name }))
    .refine((v) => isRealDay(v) && Number(v.slice(0, 4)) >= 2000, say(fieldProblems.notRealDate, { field: name }))
}

// A check's text as a message main can send (src-shared/message.ts): main can build its schemas with a Say that keeps
// these, and send them to the renderer, which says them in the user's language.
export const fieldMsg = (text: FieldText, values?: Record<string, FieldValue>): Msg => {
  if (!values) return { id: text.id }
  return { id: text.id, values: Object.fromEntries(Object.entries(values).map(([key, v]) => [key, typeof v === 'object' ? { msg: fieldMsg(v) } : v])) }
}
