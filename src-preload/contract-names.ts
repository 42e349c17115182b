import { channelNames, eventNames } from '../src-shared/contract'
import type { ContractNames } from '../src-shared/bridge'

/** The global the bridge's names are written into at build time; declared where it is read. */
export const CONTRACT_NAMES_GLOBAL = '__TECHPASS_CONTRACT_NAMES__'

// Read from the contract when the preload (or the e2e page bridge) is built, never listed by hand.
export const contractNames: ContractNames = { channels: channelNames, events: eventNames }

export const contractNamesDefine = { [CONTRACT_NAMES_GLOBAL]: JSON.stringify(contractNames) }
