import { z } from 'zod'

// What the read-only helpdesk view shows of an imported support bundle.
export const BundleViewSchema = z.object({
  file: z.string(),
  appVersion: z.string(),
  exportedAt: z.string(),
  redacted: z.boolean(),
  audience: z.string().nullable(),
  seed: z.enum(['yes', 'no', 'unknown']).nullable(),
  statusCode: z.string(),
  currentStep: z.string(),
  nextAction: z.string(),
  deadline: z.object({ state: z.string(), text: z.string() }).nullable(),
  integrity: z.object({ eventCount: z.number().int(), checkedHashes: z.number().int(), message: z.string() }),
  timeline: z.array(z.object({ seq: z.number().int(), at: z.string(), text: z.string() })),
})
export type BundleView = z.infer<typeof BundleViewSchema>
