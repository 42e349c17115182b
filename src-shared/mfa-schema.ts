import { z } from 'zod'
import { MsgSchema } from './message'

export const MfaStatusSchema = z.object({
  enrolled: z.boolean(),
  enrolledAt: z.string().nullable(),
  // 'encrypted': the OS key store protects the practice key; 'memory-only': kept for this run only.
  storage: z.enum(['encrypted', 'memory-only']).nullable(),
  keyAvailable: z.boolean(),
  verifiedAt: z.string().nullable(),
  consecutiveFailures: z.number().int().min(0),
  cooldownSecondsLeft: z.number().int().min(0),
  disabled: z.boolean(),
  numberMatchingPractisedAt: z.string().nullable(),
})
export type MfaStatus = z.infer<typeof MfaStatusSchema>

export const EnrolmentSchema = z.object({
  qrDataUrl: z.string().startsWith('data:image/png;base64,'),
  keyGroups: z.array(z.string()),
  issuer: z.string(),
  account: z.string(),
  status: MfaStatusSchema,
})
export type Enrolment = z.infer<typeof EnrolmentSchema>

export const VerifyOutcomeSchema = z.object({
  result: z.enum(['accepted', 'wrong', 'replayed', 'drift']),
  // What the check found, as a message id with its values.
  message: MsgSchema,
  driftSeconds: z.number().int().nullable(),
  status: MfaStatusSchema,
})
export type VerifyOutcome = z.infer<typeof VerifyOutcomeSchema>

export const MAX_CODE_LENGTH = 40

// Spaces from pasting are trimmed; anything that is not exactly 6 digits is refused, and codeProblem (src-main/mfa/handlers.ts)
// says what is wrong.
export const CodeSchema = z
  .string()
  .max(MAX_CODE_LENGTH)
  .transform((v) => v.replace(/[\s\u00a0]+/g, ''))
  .refine((v) => /^[0-9]{6}$/.test(v))
