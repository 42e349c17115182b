import { z } from 'zod'
import { MsgSchema } from './message'
import { NextActionSchema } from './snapshot-schema'

// What the read-only helpdesk view shows of an imported support bundle. It is built when the bundle is opened, from
// its events: its sentences are messages, said in the agent's language, and its times are ISO times.
export const BundleViewSchema = z.object({
  file: z.string(),
  appVersion: z.string(),
  exportedAt: z.string(),
  redacted: z.boolean(),
  // Who the user is and their SEED answer; null before they said.
  who: MsgSchema.nullable(),
  statusCode: z.string(),
  currentStep: MsgSchema,
  nextAction: NextActionSchema,
  deadline: z.object({ state: z.string(), text: MsgSchema }).nullable(),
  // One plain verdict, then how many events were checked in full and how many only by their place in the record.
  integrity: z.object({
    verdict: MsgSchema,
    eventCount: z.number().int(),
    checkedInFull: z.number().int(),
    checkedByLinkOnly: z.number().int(),
    detail: MsgSchema,
  }),
  timeline: z.array(z.object({ seq: z.number().int(), at: z.string(), text: MsgSchema })),
})
export type BundleView = z.infer<typeof BundleViewSchema>
