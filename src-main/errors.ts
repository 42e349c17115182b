import type { z } from 'zod'
import type { Msg } from '../src-shared/message'
import { say } from '../src-shared/message'
import { fieldNames, onboardingRefusals } from '../src-shared/messages/refusals-onboarding'
import type { ErrorCode } from '../src-shared/result'

// Thrown by handlers for expected refusals; the binder turns it into an error Result. `said` is what the user reads,
// as a message id with its values; Error's own message holds only the id, for logs.
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly said: Msg,
  ) {
    super(said.id)
    this.name = 'AppFailure'
  }
}

// The form already checked these live, and says exactly what is wrong; main checks again because it is the one that
// records, and names the fields that failed. A field the forms do not have is never named (it may be text a caller made up).
export function checkInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input)
  if (parsed.success) return parsed.data
  const keys = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')))].filter((key) => Object.hasOwn(fieldNames, key))
  const fields = keys.map((key) => say(fieldNames[key as keyof typeof fieldNames]))
  throw new AppFailure(
    'bad-input',
    fields.length > 0 ? say(onboardingRefusals.checkFields, { fields: { list: fields }, count: fields.length }) : say(onboardingRefusals.notSaved),
  )
}
