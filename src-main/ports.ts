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

/**
 * What the open dialog's choice held. Only an ordinary file is read, and only when it holds at most maxBytes; a FIFO, a
 * device or a folder is refused before it is opened for reading, so nothing waits on it. A choice that cannot be read at
 * all (gone, no permission) rejects.
 */
export type OpenedFile =
  { path: string; read: 'whole'; bytes: Uint8Array } | { path: string; read: 'too-large'; size: number } | { path: string; read: 'not-a-file' }

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
