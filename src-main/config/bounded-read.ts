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

/** A regular file opened for a bounded read, with its fstat; whoever opened it closes fd. */
export interface OpenedFile {
  fd: number
  stat: Stats
}

type OpenRefused = Exclude<Refused, { refusal: 'untrusted' }>

// Links are followed, but every check is on what was opened (fstat), so a link to a FIFO or huge file is refused too.
/** Opens path when it is a regular file of at most limit bytes; the caller closes the descriptor (readBoundedFile does). */
export function openBoundedFile(path: string, limit: number): Result<OpenedFile, OpenRefused> {
  let entry: Stats
  try {
    entry = lstatSync(path)
  } catch (error) {
    return failWith({ refusal: isMissing(error) ? 'missing' : 'unreadable' })
  }
  if (!entry.isFile() && !entry.isSymbolicLink()) return failWith({ refusal: 'not-a-file' })
  let fd: number
  try {
    fd = openSync(path, OPEN_FLAGS)
  } catch (error) {
    return failWith({ refusal: isMissing(error) ? 'missing' : 'unreadable' })
  }
  let refusal: OpenRefused
  try {
    const stat = fstatSync(fd)
    if (stat.isFile() && stat.size <= limit) return ok({ fd, stat })
    refusal = stat.isFile() ? { refusal: 'too-large', size: stat.size } : { refusal: 'not-a-file' }
  } catch {
    refusal = { refusal: 'unreadable' }
  }
  closeSync(fd)
  return failWith(refusal)
}

/** The bytes of a file openBoundedFile opened; it may have grown since its fstat, so the read stops at limit + 1 bytes. */
export function readOpenedFile({ fd, stat }: OpenedFile, limit: number): BoundedRead {
  try {
    const bytes = readUpTo(fd, limit)
    return bytes === null ? tooLarge(limit + 1) : ok({ bytes, stat })
  } catch {
    return refuse('unreadable')
  }
}

export function readBoundedFile(path: string, { limit, vet }: BoundedReadOptions): BoundedRead {
  const opened = openBoundedFile(path, limit)
  if (!opened.ok) return opened
  try {
    const reason = vet?.(opened.value.stat, opened.value.fd) ?? null
    if (reason !== null) return failWith({ refusal: 'untrusted', reason })
    return readOpenedFile(opened.value, limit)
  } catch {
    return refuse('unreadable')
  } finally {
    closeSync(opened.value.fd)
  }
}
