import { closeSync, constants, fstatSync, lstatSync, openSync } from 'node:fs'
import { posix } from 'node:path'
import type { Msg } from '../../src-shared/message'
import { failWith, ok } from '../../src-shared/result'
import type { Result } from '../../src-shared/result'
import { readUpTo } from './bounded-read'
import { MANAGED_PREFERENCES } from './policy-declaration'
import type { parsePlist, PlistValues } from './plist'
import { decideTrust } from './trust'
import type { PathFacts } from './trust'

// macOS managed preferences: the plist a configuration profile (Jamf Pro or any MDM) leaves for the app. It is honoured
// only when root owns it and nobody else can write it, which is checked on the very file that is read.

/** Where the profile's settings for the app land; the bundle id is electron-builder.json's appId. */
export const managedPlistPath = (bundleId: string): string => posix.join(MANAGED_PREFERENCES, `${bundleId}.plist`)
// A settings file is a few kilobytes; the JSON configuration file has the same bound.
export const MAX_MANAGED_PLIST_BYTES = 256 * 1024

export type ManagedPlistRefusal =
  /** A symbolic link at the file's own name: refused, never followed. */
  | { refusal: 'link' }
  /** A folder, FIFO, device or socket. */
  | { refusal: 'not-a-file' }
  | { refusal: 'too-large'; size: number }
  /** Ordinary users could have changed it or its folder; the reason is one of config's trust reasons. */
  | { refusal: 'untrusted'; reason: Msg }
  | { refusal: 'unreadable'; detail: string }
  | { refusal: 'not-a-plist'; detail: string }

export type ManagedPlistRead = Result<PlistValues & { present: boolean }, ManagedPlistRefusal>

/** The one call that turns the path into a handle; a test passes its own to change the path just after the open. */
export type OpenFile = (path: string, flags: number) => number

// O_NOFOLLOW: a link at the file's name fails the open itself (ELOOP), so no check-then-open gap exists for it.
// O_NONBLOCK: a FIFO opens at once instead of waiting for a writer, and fstat then refuses it.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | (constants.O_NONBLOCK ?? 0)

// A new one each time: the map is the caller's to keep.
const none = (): ManagedPlistRead => ok({ present: false, values: new Map(), ignored: [] })
const errno = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? ''
const refuse = (error: ManagedPlistRefusal): ManagedPlistRead => failWith(error)
const facts = (stat: { isFile(): boolean; isDirectory(): boolean; uid: number | bigint; mode: number | bigint }): PathFacts => ({
  isFile: stat.isFile(),
  isDirectory: stat.isDirectory(),
  posix: { uid: Number(stat.uid), mode: Number(stat.mode) },
})

/** The plist parser (plist.ts), handed in: macOS loads it with import() (macos-policy-layer.ts), so no other system does. */
export type ParsePlist = typeof parsePlist

/**
 * Reads the managed preferences plist. No file (or no folder) is no managed preferences. The file is opened once, and
 * every check is on that handle (fstat): root must own it and neither its group nor others may write it; the folder
 * holding it, which no user can change when it passes the same rule, is checked too.
 */
export function readManagedPlist(path: string, parse: ParsePlist, open: OpenFile = openSync): ManagedPlistRead {
  let folder: PathFacts
  try {
    const stat = lstatSync(posix.dirname(path))
    if (stat.isSymbolicLink()) return refuse({ refusal: 'link' })
    folder = facts(stat)
  } catch (error) {
    return ['ENOENT', 'ENOTDIR'].includes(errno(error)) ? none() : refuse({ refusal: 'unreadable', detail: errno(error) })
  }
  let fd: number
  try {
    fd = open(path, OPEN_FLAGS)
  } catch (error) {
    const code = errno(error)
    if (code === 'ENOENT') return none()
    if (code === 'ELOOP' || code === 'EMLINK') return refuse({ refusal: 'link' })
    return refuse({ refusal: 'unreadable', detail: code })
  }
  try {
    const stat = fstatSync(fd, { bigint: true })
    if (!stat.isFile()) return refuse({ refusal: 'not-a-file' })
    const trust = decideTrust({ platform: 'darwin', file: facts(stat), folders: [folder] })
    if (!trust.trusted) return refuse({ refusal: 'untrusted', reason: trust.reason })
    if (stat.size > BigInt(MAX_MANAGED_PLIST_BYTES)) return refuse({ refusal: 'too-large', size: Number(stat.size) })
    const bytes = readUpTo(fd, MAX_MANAGED_PLIST_BYTES)
    if (bytes === null) return refuse({ refusal: 'too-large', size: MAX_MANAGED_PLIST_BYTES + 1 })
    const parsed = parse(bytes)
    return parsed.ok ? ok({ present: true, ...parsed.value }) : refuse({ refusal: 'not-a-plist', detail: parsed.error })
  } catch (error) {
    return refuse({ refusal: 'unreadable', detail: errno(error) || (error as Error).message })
  } finally {
    closeSync(fd)
  }
}
