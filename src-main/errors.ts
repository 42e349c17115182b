import type { z } from 'zod'
import type { ErrorCode } from '../src-shared/result'

// Thrown by handlers for expected refusals; the binder turns it into an error Result.
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'AppFailure'
  }
}

// The form already checked these live; main checks again because it is the one that records.
export function checkInput<S extends z.ZodType>(schema: S, input: unknown, unchanged = 'Nothing was saved.'): z.output<S> {
  const parsed = schema.safeParse(input)
  if (!parsed.success) throw new AppFailure('bad-input', `${parsed.error.issues.map((i) => i.message).join(' ')} ${unchanged}`)
  return parsed.data
}
