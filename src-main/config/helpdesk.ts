import { z } from 'zod'
import { EMAIL, hasHiddenCharacters } from '../../src-shared/fields'
import { configKinds } from '../../src-shared/messages/config'

/** A phone number in international format with spaces ("+65 6123 4567"), or null when it is not a plausible number. */
export type PhoneFormat = (text: string) => string | null

// Ids of what each value must be, so plain-issues.ts says "helpdesk.phone must be a phone number…" in the reader's language.
const PHONE = configKinds.phone.id!
const EMAIL_RULE = configKinds.email.id!
const HOURS = configKinds.hours.id!

const plain = (max: number, rule: string) =>
  z
    .string()
    .trim()
    .min(1, rule)
    .max(max, rule)
    .refine((v) => !hasHiddenCharacters(v), rule)

/**
 * The helpdesk entry of the configuration file. libphonenumber-js loads only when a phone is set (start-up stays light),
 * so without `format` a phone is checked for its shape only and left out; checkHelpdeskPhone then applies the file again.
 */
export function helpdeskSchema(format?: PhoneFormat) {
  const phone = plain(40, PHONE)
    .regex(/^\+[\d\s().-]+(\s*(ext\.?|x)\s*\d+)?$/i, PHONE)
    .transform((value, ctx) => {
      if (!format) return undefined
      const international = format(value)
      if (international === null) {
        ctx.issues.push({ code: 'custom', input: value, message: PHONE })
        return z.NEVER
      }
      return international
    })
  return z.strictObject({
    phone: phone.optional().describe(PHONE),
    email: plain(254, EMAIL_RULE).regex(EMAIL, EMAIL_RULE).optional().describe(EMAIL_RULE),
    hours: plain(100, HOURS).optional().describe(HOURS),
  })
}
