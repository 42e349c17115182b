import { say } from '../../src-shared/message'
import type { Msg } from '../../src-shared/message'
import { trustReasons as why } from '../../src-shared/messages/config'

// Decides, from facts gathered elsewhere, whether ordinary users could have changed the system configuration file.

interface PosixOwnership {
  uid: number
  mode: number
}

export interface AccessEntry {
  allow: boolean
  /** A SID such as S-1-5-32-545. */
  sid: string
  /** The access mask (generic and specific rights). */
  mask: number
  /** Applies only to what is created inside, not to this file or folder itself. */
  inheritOnly: boolean
}

export interface WindowsOwnership {
  ownerSid: string
  entries: AccessEntry[]
}

export interface PathFacts {
  isFile: boolean
  isDirectory: boolean
  posix?: PosixOwnership
  windows?: WindowsOwnership
}

export interface TrustFacts {
  platform: NodeJS.Platform
  file: PathFacts
  /** The folder holding the file, and the one holding its target when the file is a symbolic link. */
  folders: PathFacts[]
}

export type TrustDecision = { trusted: true } | { trusted: false; reason: Msg }

export const SID = {
  system: 'S-1-5-18',
  administrators: 'S-1-5-32-544',
  trustedInstaller: 'S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464',
  users: 'S-1-5-32-545',
  authenticatedUsers: 'S-1-5-11',
  everyone: 'S-1-1-0',
  interactive: 'S-1-5-4',
} as const

const SID_NAMES: Record<string, string> = {
  [SID.users]: 'Users',
  [SID.authenticatedUsers]: 'Authenticated Users',
  [SID.everyone]: 'Everyone',
  [SID.interactive]: 'Interactive users',
}

const OWNERS = new Set<string>([SID.administrators, SID.system])
// Only these may hold a write right; Users, Authenticated Users, Everyone and anyone else may not.
const WRITERS = new Set<string>([SID.administrators, SID.system, SID.trustedInstaller])

// FILE_WRITE_DATA/ADD_FILE, APPEND_DATA/ADD_SUBDIRECTORY, WRITE_EA, DELETE_CHILD, WRITE_ATTRIBUTES,
// DELETE, WRITE_DAC, WRITE_OWNER, GENERIC_ALL, GENERIC_WRITE, MAXIMUM_ALLOWED.
const WRITE_MASK = 0x2 | 0x4 | 0x10 | 0x40 | 0x100 | 0x10000 | 0x40000 | 0x80000 | 0x10000000 | 0x40000000 | 0x2000000

const GROUP_OR_OTHER_WRITE = 0o022
const ROOT = 0

const refuse = (reason: Msg): TrustDecision => ({ trusted: false, reason })
export const UNCHECKED = refuse(say(why.unchecked))
export const LINKED_FILE = refuse(say(why.fileIsLink))
export const LINKED_FOLDER = refuse(say(why.folderIsLink))
/** The path no longer names the file that was opened and read. */
export const REPLACED = refuse(say(why.replaced))

function posixProblem(facts: PosixOwnership, what: 'it' | 'its folder'): Msg | null {
  const file = what === 'it'
  if (facts.uid !== ROOT) return say(file ? why.fileNotRoot : why.folderNotRoot)
  if ((facts.mode & GROUP_OR_OTHER_WRITE) !== 0) return say(file ? why.fileWritable : why.folderWritable)
  return null
}

function windowsProblem(facts: WindowsOwnership, what: 'it' | 'its folder'): Msg | null {
  const file = what === 'it'
  if (!OWNERS.has(facts.ownerSid)) return say(file ? why.fileNotAdmin : why.folderNotAdmin)
  const writer = facts.entries.find((e) => e.allow && !e.inheritOnly && (e.mask & WRITE_MASK) !== 0 && !WRITERS.has(e.sid))
  if (writer) return say(file ? why.fileWriter : why.folderWriter, { who: SID_NAMES[writer.sid] ?? writer.sid })
  return null
}

/** Trusted only when neither the file nor any folder holding it can be changed by an ordinary user. */
export function decideTrust(facts: TrustFacts): TrustDecision {
  if (!facts.file.isFile) return refuse(say(why.notAFile))
  if (facts.folders.length === 0 || facts.folders.some((f) => !f.isDirectory)) return UNCHECKED
  const windows = facts.platform === 'win32'
  const check = (path: PathFacts, what: 'it' | 'its folder'): TrustDecision | null => {
    const owned = windows ? path.windows : path.posix
    if (!owned) return UNCHECKED
    const problem = windows ? windowsProblem(path.windows!, what) : posixProblem(path.posix!, what)
    return problem ? refuse(problem) : null
  }
  return check(facts.file, 'it') ?? facts.folders.map((f) => check(f, 'its folder')).find((d) => d !== null) ?? { trusted: true }
}
