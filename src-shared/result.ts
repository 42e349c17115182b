import { z } from 'zod'
import { MsgSchema } from './message'
import type { Msg } from './message'

const errorCodes = ['bad-input', 'forbidden-sender', 'unknown-channel', 'not-found', 'storage-failed', 'unavailable', 'not-allowed', 'internal'] as const
export type ErrorCode = (typeof errorCodes)[number]

// `message` is a message id with its values, never a sentence: the renderer says it in the user's language.
export const AppErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: MsgSchema,
})
type AppError = z.infer<typeof AppErrorSchema>

// The one shape for anything that can fail: IPC answers use AppError; inner checks may carry their own details.
export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E }

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value })
export const fail = (code: ErrorCode, message: Msg): Result<never> => ({
  ok: false,
  error: { code, message },
})
export const failWith = <E>(error: E): Result<never, E> => ({ ok: false, error })
