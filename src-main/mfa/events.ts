import { z } from 'zod'

// What the user did in the rehearsal: never the secret, never a code.
export const mfaEvents = {
  'mfa-enrolled': z.strictObject({ storage: z.enum(['encrypted', 'memory-only']) }),
  'mfa-verified': z.strictObject({}),
  'mfa-drift-seen': z.strictObject({ seconds: z.number().int() }),
  'number-matching-practised': z.strictObject({}),
} as const
