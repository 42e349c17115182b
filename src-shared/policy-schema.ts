import { z } from 'zod'
import { calendarDate } from './fields'
import { MsgSchema } from './message'
import { PolicyIdSchema } from './policy-ids'

// The front matter every policy file starts with.
export const PolicyFrontMatterSchema = z.strictObject({
  id: PolicyIdSchema,
  title: z.string().min(1).max(120),
  // Ids of what the value must be (src-shared/messages/config.ts), said to an administrator by src-main/config/plain-issues.ts.
  // Literals, because the contract (read when the app is built) imports this file.
  version: z.string().regex(/^\d+(\.\d+){0,2}$/, 'config.kind.policy-version'),
  effective: calendarDate('policy-effective-date').describe('config.kind.date'),
  changes: z.string().min(1).max(1000),
})
export type PolicyFrontMatter = z.infer<typeof PolicyFrontMatterSchema>

const PolicyViewSchema = PolicyFrontMatterSchema.extend({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  markdown: z.string(),
  // 'read': read to the end here, then accepted on the TechPass page; 'accept': accepted here (the MDM AUP).
  action: z.enum(['read', 'accept']),
  // 'stale': done for an earlier version or text, so it must be done again.
  state: z.enum(['to-do', 'done', 'stale']),
  record: z.object({ version: z.string(), sha256: z.string(), at: z.string() }).nullable(),
})
export type PolicyView = z.infer<typeof PolicyViewSchema>

export const PoliciesSchema = z.object({
  policies: z.array(PolicyViewSchema),
  // The texts shipped with the app, not ones an administrator supplied: shown as samples, never as the official text.
  samples: z.boolean(),
  problems: z.array(z.object({ file: z.string(), message: MsgSchema })),
})
export type Policies = z.infer<typeof PoliciesSchema>

export const AcceptInputSchema = z.strictObject({
  id: z.string().max(64),
  version: z.string().max(32),
  sha256: z.string().max(64),
})
