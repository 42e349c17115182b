import { events } from '../../src-shared/contract'
import type { EventName, EventPayload } from '../../src-shared/contract'
import type { Logger } from './binder'

export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void

// Each push is checked against the contract before it leaves main, as each reply is (binder.ts): the preload has no zod.
export function checkedEmit(emit: Emit, log: Logger = () => {}): Emit {
  return (event, payload) => {
    let parsed
    try {
      parsed = events[event].safeParse(payload)
    } catch {
      parsed = null
    }
    if (parsed?.success) emit(event, parsed.data as typeof payload)
    else log(`${event} was not sent: what main built does not match the contract`)
  }
}
