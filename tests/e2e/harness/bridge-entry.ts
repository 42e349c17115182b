import { buildBridge } from '../../../src-shared/bridge'
import type { Channel, EventName } from '../../../src-shared/contract'

// Browser mode's stand-in for the preload: the same buildBridge, over Playwright's exposeBinding.
declare global {
  interface Window {
    __techpassInvoke(channel: Channel, input: unknown): Promise<unknown>
    __techpassEmit(event: EventName, payload: unknown): void
  }
}

const listeners = new Map<EventName, Set<(payload: unknown) => void>>()

window.__techpassEmit = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(payload)
}

Object.defineProperty(window, 'techpass', {
  value: Object.freeze(
    buildBridge({
      invoke: (channel, input) => window.__techpassInvoke(channel, input),
      subscribe: (event, listener) => {
        const set = listeners.get(event) ?? new Set()
        listeners.set(event, set)
        set.add(listener)
        return () => set.delete(listener)
      },
    }),
  ),
  writable: false,
  configurable: false,
})
