// Ports for what only Electron has; platform/ implements them, tests record what they were asked.

export interface ShellPort {
  openExternal(url: string): Promise<void>
}

export interface ClipboardPort {
  writeText(text: string): Promise<void>
}

export interface FilesPort {
  /** Asks where to save; resolves to the saved path, or null when the user cancels. */
  saveText(suggestedName: string, text: string): Promise<string | null>
}

import type { Vault } from './mfa/vault-port'

export interface Ports {
  vault: Vault
  shell: ShellPort
  clipboard: ClipboardPort
  files: FilesPort
}
