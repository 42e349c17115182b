import { channels, isChannel } from '../../src-shared/contract'
import type { Handlers } from '../../src-shared/contract'
import { describeIssues, fail, ok } from '../../src-shared/result'
import type { Result } from '../../src-shared/result'
import { AppFailure } from '../errors'
import type { SenderCheck, SenderInfo } from './sender'

export type Dispatch = (channel: unknown, input: unknown, sender: SenderInfo) => Promise<Result<unknown>>

export type Logger = (message: string) => void

const INTERNAL = 'Something went wrong inside the assistant. Please try again; if it keeps happening, restart the app.'

// The one generic binder: check the sender, parse the input, run the handler, wrap the Result.
export function createDispatcher(handlers: Handlers, isTrusted: SenderCheck, log: Logger = () => {}): Dispatch {
  return async (channel, input, sender) => {
    if (!isTrusted(sender)) {
      log(`refused a request from an unknown sender (${isChannel(channel) ? channel : 'not a known channel'})`)
      return fail('forbidden-sender', 'This request did not come from the assistant’s own window, so it was refused.')
    }
    if (!isChannel(channel)) return fail('unknown-channel', 'The assistant does not know that request, so nothing was changed.')
    // zod can throw on hostile objects (a length that cannot be compared); that is still just bad input.
    let parsed
    try {
      parsed = channels[channel].input.safeParse(input)
    } catch {
      return fail('bad-input', 'That request was not understood, so nothing was changed.')
    }
    if (!parsed.success) return fail('bad-input', describeIssues(parsed.error))
    try {
      const handler = handlers[channel] as (input: unknown) => unknown
      const value = await handler(parsed.data)
      return ok(channels[channel].output.parse(value))
    } catch (error) {
      if (error instanceof AppFailure) return fail(error.code, error.message)
      // Only the error's class goes to the log: messages may quote data the user typed.
      log(`${channel} failed: ${error instanceof Error ? error.name : typeof error}`)
      return fail('internal', INTERNAL)
    }
  }
}
