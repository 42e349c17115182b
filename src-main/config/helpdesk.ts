import { z } from 'zod'
import { EMAIL, HIDDEN } from '../../src-shared/fields'

/** A phone number in international format with spaces ("+65 6123 4567"), or null when it is not a plausible number. */
export type PhoneFormat = (text: string) => string | null

const PHONE = 'a phone number with its country code, such as +65 6123 4567'
const EMAIL_RULE = 'one email address, such as helpdesk@agency.gov.sg'
const HOURS = 'short text of at most 100 characters, with no hidden characters'

// Words start with "must", so plain-issues.ts shows them as written: "helpdesk.phone must be a phone number…".
const plain = (max: number, rule: string) =>
  z
    .string()
    .trim()
    .min(1, `must be ${rule}`)
    .max(max, `must be ${rule}`)
    .refine((v) => !HIDDEN.test(v), `must be ${rule}`)

/**
 * The helpdesk entry of the configuration file. libphonenumber-js loads only when a phone is set (start-up stays light),
 * so without `format` a phone is checked for its shape only and left out; checkHelpdeskPhone then applies the file again.
 */
export function helpdeskSchema(format?: PhoneFormat) {
  const phone = plain(40, PHONE)
    .regex(/^\+[\d\s().-]+(\s*(ext\.?|x)\s*\d+)?$/i, `must be ${PHONE}`)
    .transform((value, ctx) => {
      if (!format) return undefined
      const international = format(value)
      if (international === null) {
        ctx.issues.push({ code: 'custom', input: value, message: `must be ${PHONE}` })
        return z.NEVER
      }
      return international
    })
  return z.strictObject({
    phone: phone.optional().describe(PHONE),
    email: plain(254, EMAIL_RULE).regex(EMAIL, `must be ${EMAIL_RULE}`).optional().describe(EMAIL_RULE),
    hours: plain(100, HOURS).optional().describe(HOURS),
  })
}
