import { z } from 'zod'

const DeadlineStateSchema = z.enum(['fine', 'soon', 'last-day', 'expired'])
export type DeadlineState = z.infer<typeof DeadlineStateSchema>

export const DeadlineSchema = z.object({
  kind: z.enum(['register', 'activate']),
  due: z.string(),
  daysLeft: z.number().int(),
  state: DeadlineStateSchema,
})
export type Deadline = z.infer<typeof DeadlineSchema>

export const DeadlinesSchema = z.object({
  invitedOn: z.string(),
  timeZone: z.string(),
  registerBy: DeadlineSchema,
  activateBy: DeadlineSchema,
  // The deadline that matters now: registering until Step 2 is done, then activating until Step 6 is.
  active: DeadlineSchema.nullable(),
})
export type Deadlines = z.infer<typeof DeadlinesSchema>
