import { spawnSync } from 'node:child_process'
import { win32 } from 'node:path'
import { failWith, ok } from '../../src-shared/result'
import type { Result } from '../../src-shared/result'
import { WINDOWS_SYSTEM32 } from './windows-paths'

// Windows policies: the values an administrator set under HKLM\SOFTWARE\Policies through the ADMX templates (Group Policy
// or Intune). Only administrators can write that key, so no ownership proof is needed; what matters is reading it
// faithfully. Loaded with import() on Windows only (windows-policy-layer.ts).

export { POLICY_KEY } from './policy-declaration'

// The hive as reg.exe prints it in its key lines.
const HIVE_SHORT = 'HKLM\\'
const HIVE_LONG = 'HKEY_LOCAL_MACHINE\\'

export type RegValue =
  | { type: 'REG_SZ' | 'REG_EXPAND_SZ'; value: string }
  | { type: 'REG_MULTI_SZ'; value: string[] }
  | { type: 'REG_DWORD'; value: number }
  | { type: 'REG_QWORD'; value: bigint }
  | { type: 'REG_BINARY' | 'REG_NONE'; value: Uint8Array }
  /** Resource lists, links, big-endian DWORDs: kept as printed, so a caller can name the type it refuses. */
  | { type: 'other'; regType: string; text: string }

export type RegType = Exclude<RegValue['type'], 'other'>

export interface RegistryPolicies {
  /** False when the key does not exist: no policies are set. */
  present: boolean
  /** The key's own values by name (names keep reg.exe's spelling). */
  values: Map<string, RegValue>
  /** Values in the keys below it, by the subkey's path under the policy key (an ADMX `<list>` writes one). */
  subkeys: Map<string, Map<string, RegValue>>
}

export type RegistryRefusal =
  /** reg.exe could not be run, or ended in a way that says nothing about the key. */
  | { refusal: 'unavailable'; detail: string }
  /** reg.exe ran, but its output is not what it prints for a key. */
  | { refusal: 'unreadable'; detail: string }

export type RegistryRead = Result<RegistryPolicies, RegistryRefusal>

/** What a tool run gave back: its exit code and its standard output, as bytes. */
export interface ToolRun {
  status: number | null
  stdout: Uint8Array
  /** Set when it did not start, timed out or printed too much. */
  error?: string
}

/** The one way out of this module to the operating system; tests pass their own, so reg.exe never runs in a test. */
export type SpawnTool = (file: string, args: readonly string[]) => ToolRun

const CMD = win32.join(WINDOWS_SYSTEM32, 'cmd.exe')
const CHCP = win32.join(WINDOWS_SYSTEM32, 'chcp.com')
const REG = win32.join(WINDOWS_SYSTEM32, 'reg.exe')
const MAX_OUTPUT = 1024 * 1024
const UTF8_CODE_PAGE = 65001

// Encoding: reg.exe writes to a pipe in the console's code page (an OEM page such as 437 or 850), and a character that
// page lacks is already '?' when it arrives, so no decoding afterwards can bring it back. So cmd.exe first switches the
// (hidden) console it shares with reg.exe to UTF-8 with chcp, then runs reg.exe, and the bytes are decoded as strict
// UTF-8: if the switch did not take, any non-ASCII byte fails the decode and the read is refused instead of misread.
// Every program is named by its fixed System32 path (never %SystemRoot% or PATH, which the user controls); /d skips
// cmd's AutoRun commands (HKCU\Software\Microsoft\Command Processor is the user's to set); /s keeps the quoting below.
// One query with /s reads every value and subkey in one process, instead of one reg.exe per setting.
export function regQueryCommand(key: string): { file: string; args: string[] } {
  if (/["%^&|<>!\r\n]/.test(key)) throw new Error('a registry key for cmd.exe must not hold quotes or cmd operators')
  const line = `"${CHCP}" ${UTF8_CODE_PAGE} >nul && "${REG}" query "${key}" /s`
  return { file: CMD, args: ['/d', '/s', '/c', `"${line}"`] }
}

// A fixed environment: nothing of the user's reaches cmd.exe or reg.exe.
const TOOL_ENV = { SystemRoot: win32.dirname(WINDOWS_SYSTEM32), windir: win32.dirname(WINDOWS_SYSTEM32), SystemDrive: WINDOWS_SYSTEM32.slice(0, 2) }

const spawnTool: SpawnTool = (file, args) => {
  if (process.platform !== 'win32') return { status: null, stdout: new Uint8Array(), error: `reg.exe runs only on Windows, not on ${process.platform}` }
  const run = spawnSync(file, args, {
    cwd: WINDOWS_SYSTEM32,
    env: TOOL_ENV,
    windowsHide: true,
    // cmd.exe parses its own command line; Node's quoting of each argument would break the one built above.
    windowsVerbatimArguments: true,
    timeout: 15_000,
    maxBuffer: MAX_OUTPUT,
    stdio: ['ignore', 'pipe', 'ignore'],
  })
  return { status: run.status, stdout: run.stdout ?? new Uint8Array(), ...(run.error ? { error: run.error.message } : {}) }
}

/** Reads the policy key once. A missing key is no policies, not an error. */
export function readRegistryPolicies(key: string, spawn: SpawnTool = spawnTool): RegistryRead {
  const { file, args } = regQueryCommand(key)
  return interpretRegQuery(key, spawn(file, args))
}

// A new one each time: the maps are the caller's to keep.
const none = (): RegistryPolicies => ({ present: false, values: new Map(), subkeys: new Map() })
const unavailable = (detail: string): RegistryRead => failWith({ refusal: 'unavailable', detail })
const unreadable = (detail: string): RegistryRead => failWith({ refusal: 'unreadable', detail })

/**
 * reg.exe's answer, judged by its exit code and the shape of its output, never by its words: Windows prints its errors
 * in the system's language ("ERROR: The system was unable to find…", "FEHLER: …"), on standard error, which is not read.
 * Exit 1 with nothing on standard output is the missing key; exit 0 is a listing.
 */
export function interpretRegQuery(key: string, run: ToolRun): RegistryRead {
  if (run.error !== undefined) return unavailable(run.error)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(run.stdout)
  } catch {
    return unreadable('the output is not UTF-8 (the console code page was not switched)')
  }
  if (run.status === 1 && text.trim() === '') return ok(none())
  if (run.status !== 0) return unavailable(`reg.exe ended with exit code ${run.status ?? 'none'}`)
  return parseRegQuery(key, text)
}

// "    <name>    <type>    <data>", four spaces apart. The name may hold spaces; it ends at the first four spaces followed
// by a type, so a name can be misread only if it holds four spaces and a type name itself. An empty string's data may
// be missing with its separator.
const VALUE_LINE = /^ {4}(.+?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/

/** The listing `reg query <key> /s` prints: a line per key, then its values, four spaces in. */
export function parseRegQuery(key: string, text: string): RegistryRead {
  const root = key.startsWith(HIVE_SHORT) ? HIVE_LONG + key.slice(HIVE_SHORT.length) : key
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const values = new Map<string, RegValue>()
  const subkeys = new Map<string, Map<string, RegValue>>()
  let current: Map<string, RegValue> | null = null
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue
    if (line.toLowerCase() === root.toLowerCase()) {
      current = values
    } else if (line.toLowerCase().startsWith(`${root.toLowerCase()}\\`)) {
      current = new Map()
      subkeys.set(line.slice(root.length + 1), current)
    } else if (line.startsWith('    ')) {
      const match = VALUE_LINE.exec(line)
      if (!match || !current) return unreadable(`line ${index + 1} is not a value of the key`)
      const value = regValue(match[2]!, match[3] ?? '')
      if (!value) return unreadable(`line ${index + 1}: ${match[2]} data that reg.exe does not print`)
      current.set(match[1]!, value)
    } else {
      // Such as the rest of a value whose data holds a line break: reg.exe does not escape it, so nothing after it can
      // be trusted. (reg.exe prints a count of matches only with /f, which is not asked for.)
      return unreadable(`line ${index + 1} is neither a key nor a value`)
    }
  }
  if (current === null) return unreadable('the output names no key')
  return ok({ present: true, values, subkeys })
}

const HEX_BYTES = /^(?:[0-9A-Fa-f]{2})*$/

function regValue(type: string, data: string): RegValue | null {
  switch (type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return { type, value: data }
    case 'REG_MULTI_SZ':
      // reg.exe prints the strings joined by the two characters \0 and does not escape them, so a string that holds a
      // backslash followed by 0 would be split there.
      return { type, value: data === '' ? [] : data.split('\\0') }
    case 'REG_DWORD':
      return /^0x[0-9A-Fa-f]{1,8}$/.test(data) ? { type, value: Number.parseInt(data.slice(2), 16) } : null
    case 'REG_QWORD':
      return /^0x[0-9A-Fa-f]{1,16}$/.test(data) ? { type, value: BigInt(data) } : null
    case 'REG_BINARY':
    case 'REG_NONE':
      return HEX_BYTES.test(data) ? { type, value: Uint8Array.from(Buffer.from(data, 'hex')) } : null
    default:
      return { type: 'other', regType: type, text: data }
  }
}

export type PolicyLookup<T> = { state: 'absent' } | { state: 'set'; value: T } | { state: 'wrong-type'; found: string }

type ValueOf<T extends RegType> = Extract<RegValue, { type: T }>['value']

/**
 * The value a declared setting has, when it has the declared type. Value names are matched without regard to case, as
 * Windows does. A value of another type is refused and says which type it had.
 */
export function policyValue<T extends RegType>(values: ReadonlyMap<string, RegValue>, name: string, type: T): PolicyLookup<ValueOf<T>> {
  const wanted = name.toLowerCase()
  const found = [...values].find(([n]) => n.toLowerCase() === wanted)?.[1]
  if (!found) return { state: 'absent' }
  if (found.type !== type) return { state: 'wrong-type', found: found.type === 'other' ? found.regType : found.type }
  return { state: 'set', value: found.value as ValueOf<T> }
}
