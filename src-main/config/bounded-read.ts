import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs'
import type { Stats } from 'node:fs'
import type { Msg } from '../../src-shared/message'
import { failWith, ok } from '../../src-shared/result'
import type { Result } from '../../src-shared/result'

export type ReadRefusal = 'missing' | 'not-a-file' | 'too-large' | 'unreadable' | 'untrusted'

// Only the `vet` check refuses as untrusted, and it always says why. A file too large says how large it is: its size when
// it was measured, or more when it grew while it was read.
type Refused = { refusal: 'missing' | 'not-a-file' | 'unreadable' } | { refusal: 'too-large'; size: number } | { refusal: 'untrusted'; reason: Msg }

type BoundedRead = Result<{ bytes: Buffer; stat: Stats }, Refused>

const refuse = (refusal: 'missing' | 'not-a-file' | 'unreadable'): BoundedRead => failWith({ refusal })
const tooLarge = (size: number): BoundedRead => failWith({ refusal: 'too-large', size })

export interface BoundedReadOptions {
  /** The most bytes the file may hold; at most one more is ever read. */
  limit: number
  /** Checked on the opened file before any byte is read, given its fstat and its descriptor: a reason refuses it. */
  vet?: (stat: Stats, fd: number) => Msg | null
}

// O_NONBLOCK: opening a FIFO that slipped past lstat (a link to one) returns at once instead of waiting for a writer.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

const isMissing = (error: unknown): boolean => ['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')

/**
 * The bytes of an opened file, or null when it holds more than limit bytes. The size can change after fstat, so the read
 * itself stops at limit + 1 bytes.
 */
export function readUpTo(fd: number, limit: number): Buffer | null {
  const buffer = Buffer.alloc(limit + 1)
  let total = 0
  while (total < buffer.length) {
    const got = readSync(fd, buffer, total, buffer.length - total, null)
    if (got === 0) break
    total += got
  }
  return total > limit ? null : buffer.subarray(0, total)
}

// Links are followed, but every check is on what was opened (fstat), so a link to a FIFO or huge file is refused too.
export function readBoundedFile(path: string, { limit, vet }: BoundedReadOptions): BoundedRead {
  let entry: Stats
  try {
    entry = lstatSync(path)
  } catch (error) {
    return refuse(isMissing(error) ? 'missing' : 'unreadable')
  }
  if (!entry.isFile() && !entry.isSymbolicLink()) return refuse('not-a-file')
  let fd: number
  try {
    fd = openSync(path, OPEN_FLAGS)
  } catch (error) {
    return refuse(isMissing(error) ? 'missing' : 'unreadable')
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) return refuse('not-a-file')
    if (stat.size > limit) return tooLarge(stat.size)
    const reason = vet?.(stat, fd) ?? null
    if (reason !== null) return failWith({ refusal: 'untrusted', reason })
    const bytes = readUpTo(fd, limit)
    if (bytes === null) return tooLarge(limit + 1)
    return ok({ bytes, stat })
  } catch {
    return refuse('unreadable')
  } finally {
    closeSync(fd)
  }
}
