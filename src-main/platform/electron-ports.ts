import { writeFile } from 'node:fs/promises'
import { BrowserWindow, clipboard, dialog, shell } from 'electron'
import { say } from '../../src-shared/message'
import type { Said } from '../../src-shared/message'
import { dialogTexts as text } from '../../src-shared/messages/main-window'
import { tr } from '../i18n/main-i18n'
import type { FileKind, Ports } from '../ports'
import { readChosenFile } from './chosen-file'
import { safeStorageVault } from './safe-storage-vault'

const kinds: Record<FileKind, { save: Said; open: Said; filter: Said; extensions: string[] }> = {
  text: { save: text.saveText, open: text.openText, filter: text.textFiles, extensions: ['txt'] },
  json: { save: text.saveBundle, open: text.openBundle, filter: text.bundleFiles, extensions: ['json'] },
  pdf: { save: text.savePdf, open: text.openPdf, filter: text.pdfFiles, extensions: ['pdf'] },
}

// Said when the dialog opens, so it is in the language main speaks now.
const filters = (kind: FileKind): Electron.FileFilter[] => [{ name: tr(say(kinds[kind].filter)), extensions: kinds[kind].extensions }]
const title = (kind: FileKind, action: 'save' | 'open'): string => tr(say(kinds[kind][action]))

// Electron's side of the ports. The allowlist is checked before these are called.
export function electronPorts(window: () => BrowserWindow | null): Ports {
  return {
    vault: safeStorageVault,
    shell: { openExternal: (url) => shell.openExternal(url), showItemInFolder: (path) => shell.showItemInFolder(path) },
    clipboard: { writeText: (text) => clipboard.writeText(text) },
    files: {
      async save(suggestedName, data, kind) {
        const options = { title: title(kind, 'save'), defaultPath: suggestedName, filters: filters(kind) }
        const parent = window()
        const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
        if (result.canceled || !result.filePath) return null
        await writeFile(result.filePath, data)
        return result.filePath
      },
      async open(kind, maxBytes) {
        const options: Electron.OpenDialogOptions = { title: title(kind, 'open'), properties: ['openFile'], filters: filters(kind) }
        const parent = window()
        const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
        const path = result.filePaths[0]
        if (result.canceled || !path) return null
        return readChosenFile(path, maxBytes)
      },
    },
    printer: {
      async toPdf() {
        const contents = window()?.webContents
        if (!contents) throw new Error('no window to print')
        return contents.printToPDF({ printBackground: true, pageSize: 'A4' })
      },
    },
  }
}
