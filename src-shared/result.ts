import { z } from 'zod'

export const errorCodes = ['bad-input', 'forbidden-sender', 'unknown-channel', 'not-found', 'storage-failed', 'unavailable', 'not-allowed', 'internal'] as const
export type ErrorCode = (typeof errorCodes)[number]

export const AppErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string().min(1),
})
export type AppError = z.infer<typeof AppErrorSchema>

// The one shape for anything that can fail: IPC answers use AppError; inner checks may carry their own details.
export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E }

export const resultSchema = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), z.object({ ok: z.literal(false), error: AppErrorSchema })])

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value })
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
})
export const failWith = <E>(error: E): Result<never, E> => ({ ok: false, error })

// Lists zod's issues in one sentence a person can act on; never echoes the input itself.
export function summarizeIssues(error: z.ZodError, root: string | null = 'the request', quoteKeys = true): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : root
    // Key names typed by a caller are not repeated back to it; administrators' files still get them named.
    const message =
      !quoteKeys && issue.code === 'unrecognized_keys' ? `${issue.keys.length} unexpected ${issue.keys.length === 1 ? 'field' : 'fields'}` : issue.message
    return where ? `${where}: ${message}` : message
  })
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : ''
  return `${parts.join('; ')}${more}.`
}

export const describeIssues = (error: z.ZodError): string =>
  `That request was not understood, so nothing was changed. ${summarizeIssues(error, 'the request', false)}`
