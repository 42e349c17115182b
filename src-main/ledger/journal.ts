import { randomBytes } from 'node:crypto'
import { closeSync, fdatasyncSync, fstatSync, fsyncSync, ftruncateSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import { canonicalJson } from './chain'
import { PRIVATE_FILE_MODE } from '../storage/private-files'

// The ledger file is JSON Lines: a header line with the file version, then one event per line, each in canonical
// JSON (keys sorted, no spaces), so its hash can be checked over the line's own bytes.
export const headerLine = (version: number): string => `${canonicalJson({ schemaVersion: version })}\n`
export const eventLine = (event: unknown): string => `${canonicalJson(event)}\n`
export const journalText = (version: number, events: readonly unknown[]): string => headerLine(version) + events.map(eventLine).join('')

// The header's version, or null when the line is not a header.
export function headerVersion(line: string): number | null {
  try {
    const value: unknown = JSON.parse(line)
    if (value === null || typeof value !== 'object' || Array.isArray(value) || Object.keys(value).length !== 1) return null
    const version = (value as { schemaVersion?: unknown }).schemaVersion
    return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : null
  } catch {
    return null
  }
}

interface Journal {
  /** The first line, or null when the file holds no whole line. */
  header: string | null
  /** The event lines, without their newlines. */
  lines: string[]
  /** How many bytes the whole lines take: the file is cut back to this when its tail is torn. */
  kept: number
  /** A last line a crash cut short, or null. */
  torn: Buffer | null
}

export const parses = (line: string): boolean => {
  try {
    JSON.parse(line)
    return true
  } catch {
    return false
  }
}

// Splits bytes into whole lines and a torn tail: the bytes after the last newline. A line is written with its newline
// in one append, so only a line without one can be an unfinished write; a whole line that cannot be read is damage,
// and is left for the check to find.
export function splitLines(bytes: Buffer): { lines: string[]; kept: number; torn: Buffer | null } {
  const end = bytes.lastIndexOf(0x0a)
  const kept = end + 1
  const torn = kept < bytes.length ? bytes.subarray(kept) : null
  const lines = kept > 0 ? bytes.toString('utf8', 0, end).split('\n') : []
  return { lines, kept, torn }
}

// A whole file: its header line, then the event lines.
export function splitJournal(bytes: Buffer): Journal {
  const { lines, kept, torn } = splitLines(bytes)
  const [header = null, ...events] = lines
  return { header, lines: events, kept, torn }
}

// How the ledger writes to the disk; tests replace it to make a write fail.
export interface LedgerIo {
  /** One O_APPEND write, then fdatasync. The file is `size` bytes; anything after is what a failed append left, cut off first. */
  append(path: string, bytes: Uint8Array, size: number): void
  /** A whole new file, atomically: a temporary file, fsync, rename. */
  replace(path: string, bytes: Uint8Array): void
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset, bytes.length - offset)
}

// A file that must not exist yet, owner-only, written whole and synced before it is closed.
export function writeNewFile(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, 'wx', PRIVATE_FILE_MODE)
  try {
    writeAll(fd, bytes)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

// A new file's name must reach the disk too. Windows cannot open a folder, and its rename is already durable.
function syncFolder(dir: string): void {
  let fd: number | undefined
  try {
    fd = openSync(dir, 'r')
    fsyncSync(fd)
  } catch {
    // Best effort: the data itself is already synced.
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

export const durableIo: LedgerIo = {
  append(path, bytes, size) {
    const fd = openSync(path, 'a', PRIVATE_FILE_MODE)
    try {
      const actual = fstatSync(fd).size
      if (actual < size) throw new Error(`${path} is shorter than what was written to it`)
      if (actual > size) ftruncateSync(fd, size)
      try {
        writeAll(fd, bytes)
        fdatasyncSync(fd)
      } catch (error) {
        // A write that failed half-way must not leave half a line for the next one to follow.
        try {
          ftruncateSync(fd, size)
        } catch {
          // The next append cuts it off instead.
        }
        throw error
      }
    } finally {
      closeSync(fd)
    }
    if (size === 0) syncFolder(dirname(path))
  },
  replace(path, bytes) {
    const temp = `${path}.tmp-${randomBytes(6).toString('hex')}`
    try {
      writeNewFile(temp, bytes)
      renameSync(temp, path)
    } catch (error) {
      rmSync(temp, { force: true })
      throw error
    }
    syncFolder(dirname(path))
  },
}
