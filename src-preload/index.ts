import { contextBridge, ipcRenderer } from 'electron'
import type { IpcRendererEvent } from 'electron'
import { buildBridge } from '../src-shared/bridge'

// Only the derived API is exposed; ipcRenderer itself never reaches the page.
contextBridge.exposeInMainWorld(
  'techpass',
  buildBridge({
    invoke: (channel, input) => ipcRenderer.invoke(channel, input),
    subscribe: (event, listener) => {
      const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
      ipcRenderer.on(event, wrapped)
      return () => {
        ipcRenderer.removeListener(event, wrapped)
      }
    },
  }),
)
