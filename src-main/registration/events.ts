import { z } from 'zod'
import { officerFields } from '../kit/forms'

const Str = z.string().max(2000)

// Step 2's evidence: the registration mirror, saved valid.
export const registrationEvents = {
  'registration-saved': z.strictObject({
    fields: z.strictObject({ username: Str, firstName: Str, lastName: Str, mobile: Str, department: Str, ...officerFields }),
  }),
} as const
