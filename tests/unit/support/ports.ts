import type { OpenedFile, Ports } from '../../../src-main/ports'
import { memoryVault } from '../../support/memory-vault'

export interface RecordingPortsOptions {
  shellFails?: boolean
  clipboardFails?: boolean
  filesFail?: boolean
  printerFails?: boolean
  // The path the save dialog "chooses"; null is a cancelled dialog.
  savePath?: string | null
}

// Test adapters for the Electron-only ports: each records what it was asked to do.
export function recordingPorts(options: RecordingPortsOptions = {}) {
  const opened: string[] = []
  const copied: string[] = []
  const saved: { suggestedName: string; text: string }[] = []
  // What the open dialog returns next, queued by a test: bytes (size stands in for the file's real size on disk), or what
  // the files port says of the choice (platform/chosen-file.ts), such as a folder.
  const toOpen: ({ path: string; bytes: string | Uint8Array; size?: number } | OpenedFile)[] = []
  const printed: number[] = []
  const shown: string[] = []
  const ports: Ports = {
    vault: memoryVault(),
    shell: {
      async openExternal(url) {
        opened.push(url)
        if (options.shellFails) throw new Error('no browser here')
      },
      showItemInFolder(path) {
        shown.push(path)
        if (options.shellFails) throw new Error('no file manager here')
      },
    },
    clipboard: {
      async writeText(text) {
        copied.push(text)
        if (options.clipboardFails) throw new Error('clipboard busy')
      },
    },
    files: {
      async save(suggestedName, data) {
        const text = typeof data === 'string' ? data : Buffer.from(data).toString('latin1')
        saved.push({ suggestedName, text })
        if (options.filesFail) throw new Error('EACCES')
        return options.savePath === undefined ? `/chosen/${suggestedName}` : options.savePath
      },
      async open(_kind, maxBytes) {
        const next = toOpen.shift()
        if (!next) return null
        if ('read' in next) return next
        const bytes = Buffer.from(next.bytes)
        const size = next.size ?? bytes.length
        return size > maxBytes ? { path: next.path, read: 'too-large', size } : { path: next.path, read: 'whole', bytes }
      },
    },
    printer: {
      async toPdf() {
        printed.push(1)
        if (options.printerFails) throw new Error('printing failed')
        return new TextEncoder().encode('%PDF-1.7 test')
      },
    },
  }
  return { ports, opened, copied, saved, toOpen, printed, shown }
}
