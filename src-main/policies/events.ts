import { z } from 'zod'
import { PolicyIdSchema } from '../../src-shared/policy-ids'

const Hash = z.string().regex(/^[0-9a-f]{64}$/)
const version = { id: PolicyIdSchema, version: z.string().min(1).max(32), sha256: Hash }

// A policy read to the end in the app, and one accepted in the app (the MDM AUP): each with the exact text's hash.
export const policyEvents = {
  'policy-read': z.strictObject(version),
  'policy-accepted': z.strictObject(version),
} as const
