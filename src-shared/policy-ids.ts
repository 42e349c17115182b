import { z } from 'zod'

// The policies the app knows, by id. A module of their own, so what needs only the ids (the guide's shape, the ledger's
// policy events, main's start before the window) does not load the policy files' schemas.
export const policyIds = ['privacy-policy', 'terms-of-use', 'mdm-aup'] as const
export const PolicyIdSchema = z.enum(policyIds)
export type PolicyId = z.infer<typeof PolicyIdSchema>
