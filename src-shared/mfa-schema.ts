import { z } from 'zod'

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
  message: z.string(),
  driftSeconds: z.number().int().nullable(),
  status: MfaStatusSchema,
})
export type VerifyOutcome = z.infer<typeof VerifyOutcomeSchema>

// Spaces from pasting are trimmed; anything that is not exactly 6 digits gets a message saying what is wrong.
export const CodeSchema = z
  .string({ error: 'Type the 6-digit code from Microsoft Authenticator.' })
  .max(40, 'That is too long for a code. Type the 6 digits from Microsoft Authenticator.')
  .transform((v) => v.replace(/[\s\u00a0]+/g, ''))
  .superRefine((v, ctx) => {
    const fail = (message: string) => ctx.addIssue({ code: 'custom', message })
    if (v.length === 0) return fail('Type the 6-digit code from Microsoft Authenticator.')
    if (/[^0-9]/.test(v)) return fail('The code has characters that are not digits. Type only the 6 digits.')
    if (v.length < 6) return fail(`The code has only ${v.length} digits. Type all 6.`)
    if (v.length > 6) return fail(`The code has ${v.length} digits. It has exactly 6.`)
  })
