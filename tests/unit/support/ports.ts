import type { Ports } from '../../../src-main/ports'
import { memoryVault } from '../../support/memory-vault'

export interface RecordingPortsOptions {
  shellFails?: boolean
  clipboardFails?: boolean
  filesFail?: boolean
  // The path the save dialog "chooses"; null is a cancelled dialog.
  savePath?: string | null
}

// Test adapters for the Electron-only ports: each records what it was asked to do.
export function recordingPorts(options: RecordingPortsOptions = {}) {
  const opened: string[] = []
  const copied: string[] = []
  const saved: { suggestedName: string; text: string }[] = []
  const ports: Ports = {
    vault: memoryVault(),
    shell: {
      async openExternal(url) {
        opened.push(url)
        if (options.shellFails) throw new Error('no browser here')
      },
    },
    clipboard: {
      async writeText(text) {
        copied.push(text)
        if (options.clipboardFails) throw new Error('clipboard busy')
      },
    },
    files: {
      async saveText(suggestedName, text) {
        saved.push({ suggestedName, text })
        if (options.filesFail) throw new Error('EACCES')
        return options.savePath === undefined ? `/chosen/${suggestedName}` : options.savePath
      },
    },
  }
  return { ports, opened, copied, saved }
}
