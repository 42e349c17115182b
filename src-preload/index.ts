import { contextBridge, ipcRenderer } from 'electron'
import type { IpcRendererEvent } from 'electron'
import { buildBridge } from '../src-shared/bridge'
import type { ContractNames } from '../src-shared/bridge'

// Written in at build time from src-shared/contract.ts (electron.vite.config.ts), so the preload carries no zod.
declare const __TECHPASS_CONTRACT_NAMES__: ContractNames

// Only the derived API is exposed; ipcRenderer itself never reaches the page.
contextBridge.exposeInMainWorld(
  'techpass',
  buildBridge(
    {
      invoke: (channel, input) => ipcRenderer.invoke(channel, input),
      subscribe: (event, listener) => {
        const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
        ipcRenderer.on(event, wrapped)
        return () => {
          ipcRenderer.removeListener(event, wrapped)
        }
      },
    },
    __TECHPASS_CONTRACT_NAMES__,
  ),
)
