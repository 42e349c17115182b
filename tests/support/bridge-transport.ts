import type { BridgeTransport } from '../../src-shared/bridge'
import type { Channel, EventName } from '../../src-shared/contract'

/**
 * The renderer's side of a bridge whose main runs in the same process as the page: used by the e2e browser harness
 * (tests/e2e/harness/bridge-entry.ts, over Playwright's exposeBinding) and by the component tests
 * (tests/unit/support/dom/bridge.ts, over the core's dispatcher). `emit` hands a push to the page's listeners.
 */
export function inProcessTransport(invoke: (channel: Channel, input: unknown) => Promise<unknown>) {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>()
  const transport: BridgeTransport = {
    invoke,
    subscribe: (event, listener) => {
      const set = listeners.get(event) ?? new Set()
      listeners.set(event, set)
      set.add(listener)
      return () => set.delete(listener)
    },
  }
  const emit = (event: EventName, payload: unknown) => {
    for (const listener of listeners.get(event) ?? []) listener(payload)
  }
  return { transport, emit }
}
