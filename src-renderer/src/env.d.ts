import type { BridgeApi } from '../../src-shared/bridge'

declare global {
  interface Window {
    techpass: BridgeApi
  }
}
