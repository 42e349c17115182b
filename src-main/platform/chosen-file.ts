import { readBoundedFile } from '../config/bounded-read'
import type { OpenedFile } from '../ports'

// A file the user chose, read through the bounded reader: an ordinary file of at most maxBytes, or why it was not read.
// No Electron here, so the browser harness reads its chosen files the same way.
export function readChosenFile(path: string, maxBytes: number): OpenedFile {
  const read = readBoundedFile(path, { limit: maxBytes })
  if (read.ok) return { path, read: 'whole', bytes: read.value.bytes }
  const { error } = read
  if (error.refusal === 'too-large') return { path, read: 'too-large', size: error.size }
  if (error.refusal === 'not-a-file') return { path, read: 'not-a-file' }
  throw new Error(`the chosen file could not be read (${error.refusal})`)
}
