import { z } from 'zod'
import { CalendarDaySchema } from '../../src-shared/day'

const Str = z.string().max(2000)
// The reporting officer and the company address, for an offshore user not in an ODC (registration/events.ts writes its own:
// each event body is a stored format, and changing one must never change another's).
const officerFields = { officerName: Str.optional(), officerEmail: Str.optional(), companyAddress: Str.optional() }

// Step 1's evidence: the request composed and sent, and the day the registration email came.
export const requestEvents = {
  'request-sent': z.strictObject({ details: z.strictObject({ orgEmail: Str, mobile: Str, projectName: Str, ...officerFields }) }),
  'registration-email-received': z.strictObject({ on: CalendarDaySchema }),
} as const
