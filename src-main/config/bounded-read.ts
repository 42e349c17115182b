import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs'
import type { Stats } from 'node:fs'
import type { Msg } from '../../src-shared/message'

export type ReadRefusal = 'missing' | 'not-a-file' | 'too-large' | 'unreadable' | 'untrusted'

export type BoundedRead = { ok: true; bytes: Buffer; stat: Stats } | { ok: false; refusal: ReadRefusal; reason?: Msg }

export interface BoundedReadOptions {
  /** The most bytes the file may hold; at most one more is ever read. */
  limit: number
  /** Checked on the opened file before any byte is read: a reason refuses it. */
  vet?: (stat: Stats) => Msg | null
}

// O_NONBLOCK: opening a FIFO that slipped past lstat (a link to one) returns at once instead of waiting for a writer.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

const isMissing = (error: unknown): boolean => ['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')

// Links are followed, but every check is on what was opened (fstat), so a link to a FIFO or huge file is refused too.
export function readBoundedFile(path: string, { limit, vet }: BoundedReadOptions): BoundedRead {
  let entry: Stats
  try {
    entry = lstatSync(path)
  } catch (error) {
    return { ok: false, refusal: isMissing(error) ? 'missing' : 'unreadable' }
  }
  if (!entry.isFile() && !entry.isSymbolicLink()) return { ok: false, refusal: 'not-a-file' }
  let fd: number
  try {
    fd = openSync(path, OPEN_FLAGS)
  } catch (error) {
    return { ok: false, refusal: isMissing(error) ? 'missing' : 'unreadable' }
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) return { ok: false, refusal: 'not-a-file' }
    if (stat.size > limit) return { ok: false, refusal: 'too-large' }
    const reason = vet?.(stat) ?? null
    if (reason !== null) return { ok: false, refusal: 'untrusted', reason }
    // The size can change after fstat, so the read itself stops at limit + 1 bytes.
    const buffer = Buffer.alloc(limit + 1)
    let total = 0
    while (total < buffer.length) {
      const got = readSync(fd, buffer, total, buffer.length - total, null)
      if (got === 0) break
      total += got
    }
    if (total > limit) return { ok: false, refusal: 'too-large' }
    return { ok: true, bytes: buffer.subarray(0, total), stat }
  } catch {
    return { ok: false, refusal: 'unreadable' }
  } finally {
    closeSync(fd)
  }
}
