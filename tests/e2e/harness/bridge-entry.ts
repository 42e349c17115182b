import { buildBridge } from '../../../src-shared/bridge'
import type { ContractNames } from '../../../src-shared/bridge'
import type { Channel, EventName } from '../../../src-shared/contract'

// Written in when this file is bundled, from the contract, exactly as for the preload (src-preload/contract-names.ts).
declare const __TECHPASS_CONTRACT_NAMES__: ContractNames

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
    buildBridge(
      {
        invoke: (channel, input) => window.__techpassInvoke(channel, input),
        subscribe: (event, listener) => {
          const set = listeners.get(event) ?? new Set()
          listeners.set(event, set)
          set.add(listener)
          return () => set.delete(listener)
        },
      },
      __TECHPASS_CONTRACT_NAMES__,
    ),
  ),
  writable: false,
  configurable: false,
})
