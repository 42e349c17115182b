import type { ErrorCode } from '../../src-shared/result'

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
