// Ports for what only Electron has; platform/ implements them, tests record what they were asked.

// The OS key store: safeStorage's async API in Electron; an in-memory stand-in in tests.
export interface Vault {
  /** 'encrypted' when secrets can be protected at rest; 'memory-only' (e.g. Linux basic_text) when they cannot. */
  protection(): Promise<'encrypted' | 'memory-only'>
  encrypt(plain: string): Promise<string>
  decrypt(sealed: string): Promise<string>
}

interface ShellPort {
  openExternal(url: string): Promise<void>
  /** Opens the system file manager with this file selected. */
  showItemInFolder(path: string): void
}

interface ClipboardPort {
  writeText(text: string): Promise<void>
}

export type FileKind = 'text' | 'json' | 'pdf'

interface OpenedFile {
  path: string
  /** At most maxBytes + 1 bytes are read, so an oversized file is known without reading all of it. */
  bytes: Uint8Array
  size: number
}

export interface FilesPort {
  /** Asks where to save; resolves to the saved path, or null when the user cancels. */
  save(suggestedName: string, data: string | Uint8Array, kind: FileKind): Promise<string | null>
  /** Asks which file to open; resolves to it, or null when the user cancels. */
  open(kind: FileKind, maxBytes: number): Promise<OpenedFile | null>
}

interface PrinterPort {
  /** The window as a PDF, laid out with the print stylesheet. */
  toPdf(): Promise<Uint8Array>
}

export interface Ports {
  vault: Vault
  shell: ShellPort
  clipboard: ClipboardPort
  files: FilesPort
  printer: PrinterPort
}
