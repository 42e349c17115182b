import { writeFile } from 'node:fs/promises'
import { BrowserWindow, clipboard, dialog, shell } from 'electron'
import type { Ports } from '../ports'
import { safeStorageVault } from './safe-storage-vault'

// Electron's side of the ports. The allowlist is checked before these are called.
export function electronPorts(window: () => BrowserWindow | null): Ports {
  return {
    vault: safeStorageVault,
    shell: { openExternal: (url) => shell.openExternal(url) },
    clipboard: { writeText: (text) => clipboard.writeText(text) },
    files: {
      async saveText(suggestedName, text) {
        const options = { defaultPath: suggestedName, filters: [{ name: 'Text', extensions: ['txt'] }] }
        const parent = window()
        const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
        if (result.canceled || !result.filePath) return null
        await writeFile(result.filePath, text, 'utf8')
        return result.filePath
      },
    },
  }
}
