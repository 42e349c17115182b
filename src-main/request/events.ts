import { z } from 'zod'
import { officerFields } from '../kit/forms'

const Str = z.string().max(2000)
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

// Step 1's evidence: the request composed and sent, and the day the registration email came.
export const requestEvents = {
  'request-sent': z.strictObject({ details: z.strictObject({ orgEmail: Str, mobile: Str, projectName: Str, ...officerFields }) }),
  'registration-email-received': z.strictObject({ on: Day }),
} as const
