import { z } from 'zod'

const Str = z.string().max(2000)
// The officer's details, when the audience needs them. Written out here, not taken from request/events.ts: each event
// body is a stored format of its own, and changing one must never change another's (old ledgers would fail to read).
const officerFields = { officerName: Str.optional(), officerEmail: Str.optional(), companyAddress: Str.optional() }

// Step 2's evidence: the registration mirror, saved valid.
export const registrationEvents = {
  'registration-saved': z.strictObject({
    fields: z.strictObject({ username: Str, firstName: Str, lastName: Str, mobile: Str, department: Str, ...officerFields }),
  }),
} as const
