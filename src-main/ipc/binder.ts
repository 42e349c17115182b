import { z } from 'zod'
import { channels, isChannel } from '../../src-shared/contract'
import type { Handlers } from '../../src-shared/contract'
import { say } from '../../src-shared/message'
import type { Msg } from '../../src-shared/message'
import { ipc } from '../../src-shared/messages/ipc'
import { fail, ok } from '../../src-shared/result'
import type { Result } from '../../src-shared/result'
import { AppFailure } from '../errors'
import { checkReply } from './check-reply'
import type { SenderCheck, SenderInfo } from './sender'

export type Dispatch = (channel: unknown, input: unknown, sender: SenderInfo) => Promise<Result<unknown>>

export type Logger = (message: string) => void

const MAX_FIELDS = 3

// Names the fields of the request that were wrong, as the contract names them; never repeats the input itself.
// A key that is not in the channel's schema (one the caller made up) is only counted.
function describeIssues(error: z.ZodError, schema: z.ZodType): Msg {
  const known: Record<string, unknown> = schema instanceof z.ZodObject ? schema.shape : {}
  const fields = new Set<string>()
  let unexpected = 0
  for (const issue of error.issues) {
    const top = issue.path[0]
    if (issue.code === 'unrecognized_keys' && issue.path.length === 0) unexpected += issue.keys.length
    else if (typeof top === 'string' && Object.hasOwn(known, top)) fields.add(top)
  }
  if (fields.size > 0) return say(ipc.notUnderstoodFields, { fields: [...fields].slice(0, MAX_FIELDS).join(', ') })
  if (unexpected > 0) return say(ipc.unexpectedFields, { count: unexpected })
  return say(ipc.notUnderstood)
}

// The one generic binder: check the sender, parse the input, run the handler, wrap the Result.
export function createDispatcher(handlers: Handlers, isTrusted: SenderCheck, log: Logger = () => {}): Dispatch {
  return async (channel, input, sender) => {
    if (!isTrusted(sender)) {
      log(`refused a request from an unknown sender (${isChannel(channel) ? channel : 'not a known channel'})`)
      return fail('forbidden-sender', say(ipc.forbiddenSender))
    }
    if (!isChannel(channel)) return fail('unknown-channel', say(ipc.unknownChannel))
    // zod can throw on hostile objects (a length that cannot be compared); that is still just bad input.
    let parsed
    try {
      parsed = channels[channel].input.safeParse(input)
    } catch {
      return fail('bad-input', say(ipc.notUnderstood))
    }
    if (!parsed.success) return fail('bad-input', describeIssues(parsed.error, channels[channel].input))
    try {
      const handler = handlers[channel] as (input: unknown) => unknown
      const value = await handler(parsed.data)
      return ok(await checkReply(channels[channel].output, value))
    } catch (error) {
      if (error instanceof AppFailure) return fail(error.code, error.said)
      // Only the error's class goes to the log: messages may quote data the user typed.
      log(`${channel} failed: ${error instanceof Error ? error.name : typeof error}`)
      return fail('internal', say(ipc.internal))
    }
  }
}
