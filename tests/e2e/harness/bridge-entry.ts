import { buildBridge } from '../../../src-shared/bridge'
import type { ContractNames } from '../../../src-shared/bridge'
import type { Channel, EventName } from '../../../src-shared/contract'
import { inProcessTransport } from '../../support/bridge-transport'

// Written in when this file is bundled, from the contract, exactly as for the preload (src-preload/contract-names.ts).
declare const __TECHPASS_CONTRACT_NAMES__: ContractNames

// Browser mode's stand-in for the preload: the same buildBridge, over Playwright's exposeBinding.
declare global {
  interface Window {
    __techpassInvoke(channel: Channel, input: unknown): Promise<unknown>
    __techpassEmit(event: EventName, payload: unknown): void
  }
}

const { transport, emit } = inProcessTransport((channel, input) => window.__techpassInvoke(channel, input))
window.__techpassEmit = emit

Object.defineProperty(window, 'techpass', {
  value: Object.freeze(buildBridge(transport, __TECHPASS_CONTRACT_NAMES__)),
  writable: false,
  configurable: false,
})
