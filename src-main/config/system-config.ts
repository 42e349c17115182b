import { fstatSync, lstatSync, realpathSync, statSync } from 'node:fs'
import type { BigIntStats, Stats } from 'node:fs'
import { posix, win32 } from 'node:path'
import { CONFIG_ENV, loadConfig } from './config-file'
import type { LoadedConfig, PolicyLayer } from './config-file'
import { macosPolicyLayer } from './macos-policy-layer'
import type { OpenFile } from './managed-plist'
import type { SpawnTool } from './registry-policies'
import { windowsPolicyLayer } from './windows-policy-layer'
import { parseSddl } from './sddl'
import type { Msg } from '../../src-shared/message'
import { decideTrust, LINKED_FILE, LINKED_FOLDER, REPLACED, UNCHECKED } from './trust'
import type { PathFacts, TrustDecision, WindowsOwnership } from './trust'
import { WINDOWS_SYSTEM32 } from './windows-paths'

const WINDOWS_DEFAULT_PROGRAM_DATA = 'C:\\ProgramData'
const APP_FOLDER = 'TechPass Onboarding Assistant'

export type RunTool = (file: string, args: readonly string[], env: NodeJS.ProcessEnv) => string

// Node's child_process module is loaded when a tool first runs (on Windows), not by every start on macOS and Linux.
const runTool: RunTool = (file, args, env) =>
  process
    .getBuiltinModule('node:child_process')
    .execFileSync(file, args, { env, encoding: 'utf8', timeout: 15_000, windowsHide: true, stdio: ['ignore', 'pipe', 'ignore'] })

/** The ProgramData value in `reg query` output, with %SystemDrive% taken from the fixed system folder. */
export function parseProgramData(regOutput: string): string | null {
  const line = /^\s*ProgramData\s+REG_(?:EXPAND_)?SZ\s+(.+?)\s*$/im.exec(regOutput)
  if (!line) return null
  const value = line[1]!.replace(/%SystemDrive%/gi, WINDOWS_SYSTEM32.slice(0, 2))
  return win32.isAbsolute(value) && !value.includes('%') ? value : null
}

// Asks the OS (the registry) where ProgramData is, instead of the ProgramData variable that any user can set.
export function windowsProgramData(run: RunTool = runTool): string {
  try {
    const key = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList'
    return parseProgramData(run(win32.join(WINDOWS_SYSTEM32, 'reg.exe'), ['query', key, '/v', 'ProgramData'], {})) ?? WINDOWS_DEFAULT_PROGRAM_DATA
  } catch {
    return WINDOWS_DEFAULT_PROGRAM_DATA
  }
}

// Where administrators deploy the file through MDM, one place per operating system.
export function systemConfigPath(platform: NodeJS.Platform = process.platform, programData: () => string = windowsProgramData): string {
  if (platform === 'win32') return win32.join(programData(), APP_FOLDER, 'config.json')
  if (platform === 'darwin') return `/Library/Application Support/${APP_FOLDER}/config.json`
  return '/etc/techpass-onboarding-assistant/config.json'
}

const POWERSHELL = `${WINDOWS_SYSTEM32}\\WindowsPowerShell\\v1.0\\powershell.exe`
// Paths travel in a variable, not in the command text, so no path can change the command.
const ACL_SCRIPT = "$env:TECHPASS_ACL_PATHS.Split('|') | ForEach-Object { (Microsoft.PowerShell.Security\\Get-Acl -LiteralPath $_).Sddl }"

/** Owner and access entries of each path, through Get-Acl with a fixed module path; null when anything is unclear. */
export function windowsAcls(paths: readonly string[], run: RunTool = runTool): WindowsOwnership[] | null {
  const env = {
    SystemRoot: 'C:\\Windows',
    windir: 'C:\\Windows',
    SystemDrive: 'C:',
    PSModulePath: `${WINDOWS_SYSTEM32}\\WindowsPowerShell\\v1.0\\Modules`,
    TECHPASS_ACL_PATHS: paths.join('|'),
  }
  const lines = run(POWERSHELL, ['-NoProfile', '-NonInteractive', '-Command', ACL_SCRIPT], env)
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
  if (lines.length !== paths.length) return null
  const parsed = lines.map(parseSddl)
  return parsed.every((p) => p !== null) ? (parsed as WindowsOwnership[]) : null
}

export interface FileIdentity {
  dev: bigint
  ino: bigint
  /** When its inode last changed (a rename, an entry added or removed, new permissions), in nanoseconds. */
  ctimeNs: bigint
}

/** The file-system questions the trust check asks, in the order it asks them; tests answer some of them. */
export interface TrustProbe {
  platform: NodeJS.Platform
  /** The opened file, asked through its descriptor: what was read, whatever its path names now. */
  fstat: (fd: number) => BigIntStats
  lstat: (path: string) => Stats
  stat: (path: string) => Stats
  realpath: (path: string) => string
  acls: (paths: readonly string[]) => WindowsOwnership[] | null
  /** What the path names now, links followed. Asked of the folder before the owner and ACL checks, and of the file and the folder again after them. */
  identity: (path: string) => FileIdentity
}

/** The real file system; `run` runs Get-Acl (tests pass their own). */
export const nodeProbe = (platform: NodeJS.Platform, run: RunTool = runTool): TrustProbe => ({
  platform,
  fstat: (fd) => fstatSync(fd, { bigint: true }),
  lstat: lstatSync,
  stat: statSync,
  realpath: realpathSync,
  acls: (paths) => windowsAcls(paths, run),
  identity: (path) => {
    const { dev, ino, ctimeNs } = statSync(path, { bigint: true })
    return { dev, ino, ctimeNs }
  },
})

// The old JSON files on Windows and macOS, and policy texts everywhere, are never read through a link: a junction at
// ProgramData\TechPass Onboarding Assistant could be pointed elsewhere between the read and the check. Node's lstat reports
// a Windows symbolic link or directory junction as a symbolic link (libuv); a junction used as a volume mount point is not.
function linkAt(path: string, folder: string, probe: TrustProbe): TrustDecision | null {
  if (probe.lstat(path).isSymbolicLink()) return LINKED_FILE
  if (probe.lstat(folder).isSymbolicLink()) return LINKED_FOLDER
  return null
}

/** A file opened for reading (fd) and the path it was opened by. */
export interface OpenedPath {
  path: string
  fd: number
}

/** What was learnt of one opened file before its owner and ACL are read. */
interface Gathered {
  path: string
  opened: BigIntStats
  folder: string
  target: string
  folderPaths: string[]
  folderBefore: FileIdentity
  folders: Stats[]
}

const attempt = <T>(step: () => T): T | TrustDecision => {
  try {
    return step()
  } catch {
    return UNCHECKED
  }
}

const isDecision = (value: Gathered | TrustDecision): value is TrustDecision => 'trusted' in value

/**
 * Whether ordinary users could have changed each opened file (fd) at its path, or its folder, or its target's folder when
 * it is a link and links are followed. The owner and ACL are read from the path, so each path must still name the opened
 * file (dev and ino, as bigint) after they were read, and, when links are refused, hold none before or after. On Windows
 * the owners and ACLs of all the files and their folders come from one Get-Acl run (PowerShell takes about a second to
 * start), so checking N files costs what checking one did.
 */
function checkOpenedFiles(files: readonly OpenedPath[], probe: TrustProbe, followLinks: boolean): TrustDecision[] {
  const { dirname } = probe.platform === 'win32' ? win32 : posix
  const gathered = files.map(({ path, fd }) =>
    attempt((): Gathered | TrustDecision => {
      const opened = probe.fstat(fd)
      const folder = dirname(path)
      const linked = followLinks ? null : linkAt(path, folder, probe)
      if (linked) return linked
      const target = followLinks ? probe.realpath(path) : path
      const folderPaths = [...new Set([folder, dirname(target)])]
      // A user's own folder renamed away for the ACL check and back again keeps its dev and ino, not its change time.
      const folderBefore = probe.identity(folder)
      return { path, opened, folder, target, folderPaths, folderBefore, folders: folderPaths.map(probe.stat) }
    }),
  )
  const pending = gathered.filter((g): g is Gathered => !isDecision(g))
  const acls = probe.platform === 'win32' && pending.length > 0 ? aclsByPath(pending, probe) : null
  return gathered.map((g) => (isDecision(g) ? g : attempt(() => recheck(g, decide(g, probe, acls), probe, followLinks))))
}

/** The owner and ACL of every file and folder the pending checks need, from one probe.acls call; null when unclear. */
function aclsByPath(pending: readonly Gathered[], probe: TrustProbe): Map<string, WindowsOwnership> | null {
  const paths = [...new Set([...pending.map((g) => g.target), ...pending.flatMap((g) => g.folderPaths)])]
  try {
    const acls = probe.acls(paths)
    return acls && new Map(paths.map((path, i) => [path, acls[i]!]))
  } catch {
    return null
  }
}

function decide(g: Gathered, probe: TrustProbe, acls: Map<string, WindowsOwnership> | null): TrustDecision {
  if (probe.platform !== 'win32') {
    const facts = (stat: Stats | BigIntStats): PathFacts => ({
      isFile: stat.isFile(),
      isDirectory: stat.isDirectory(),
      posix: { uid: Number(stat.uid), mode: Number(stat.mode) },
    })
    return decideTrust({ platform: probe.platform, file: facts(g.opened), folders: g.folders.map(facts) })
  }
  if (!acls) return UNCHECKED
  return decideTrust({
    platform: 'win32',
    file: { isFile: g.opened.isFile(), isDirectory: false, windows: acls.get(g.target)! },
    folders: g.folders.map((s, i) => ({ isFile: false, isDirectory: s.isDirectory(), windows: acls.get(g.folderPaths[i]!)! })),
  })
}

/** A trusted decision stands only if no link appeared and the path and its folder still name what was checked. */
function recheck(g: Gathered, decision: TrustDecision, probe: TrustProbe, followLinks: boolean): TrustDecision {
  if (!decision.trusted) return decision
  const relinked = followLinks ? null : linkAt(g.path, g.folder, probe)
  if (relinked) return relinked
  const folderAfter = probe.identity(g.folder)
  const folderKept = folderAfter.dev === g.folderBefore.dev && folderAfter.ino === g.folderBefore.ino && folderAfter.ctimeNs === g.folderBefore.ctimeNs
  const now = probe.identity(g.path)
  return folderKept && now.dev === g.opened.dev && now.ino === g.opened.ino ? decision : REPLACED
}

const reasonOf = (decision: TrustDecision): Msg | null => (decision.trusted ? null : decision.reason)

/**
 * The system file, honoured only when ordinary users cannot change it or its folder, under the policy store's values (the
 * policy wins per setting). A policyTextsDir comes with the same rules for the policy files, all checked at once
 * (load-policies.ts applies them), links refused on every system.
 */
export function loadSystemConfig(
  path: string = systemConfigPath(),
  probe: TrustProbe = nodeProbe(process.platform),
  policy: PolicyLayer | null = null,
): LoadedConfig {
  // Linux keeps following a link in /etc, as before, with its target's folder checked too.
  const followLinks = probe.platform !== 'win32' && probe.platform !== 'darwin'
  const loaded = loadConfig(path, { vet: (_opened, fd) => reasonOf(checkOpenedFiles([{ path, fd }], probe, followLinks)[0]!), policy })
  return withPolicyTextVet(loaded, probe)
}

const withPolicyTextVet = (loaded: LoadedConfig, probe: TrustProbe): LoadedConfig =>
  loaded.policyTextsDir ? { ...loaded, vetPolicyText: (files) => checkOpenedFiles(files, probe, false).map(reasonOf) } : loaded

/** The operating system's policy store, read once: its reader is loaded with import() on its own system only. */
export type ReadPolicies = () => Promise<PolicyLayer | null>

/** The readers' ports: tests (and the e2e harness, for the plist's place) pass their own; the app passes none. */
export interface PolicyPorts {
  spawn?: SpawnTool
  open?: OpenFile
  plistPath?: string
}

export function platformPolicies(platform: NodeJS.Platform = process.platform, ports: PolicyPorts = {}): ReadPolicies {
  if (platform === 'win32') return () => windowsPolicyLayer(ports.spawn)
  if (platform === 'darwin') return () => macosPolicyLayer(ports.plistPath, ports.open)
  // Linux has no policy store: its one place is the root-owned file in /etc.
  return () => Promise.resolve(null)
}

/**
 * Start-up: the policy store over the checked system file; in an unpackaged build, TECHPASS_CONFIG names a test file that
 * takes the system file's place (unchecked). The store counts in both: a policy wins over either file, per setting.
 */
export async function loadStartupConfig(
  isPackaged: boolean,
  env: NodeJS.ProcessEnv = process.env,
  readPolicies: ReadPolicies = platformPolicies(),
  probe: TrustProbe = nodeProbe(process.platform),
): Promise<LoadedConfig> {
  const policy = await readPolicies()
  const testFile = isPackaged ? undefined : env[CONFIG_ENV]
  if (!testFile) return loadSystemConfig(systemConfigPath(probe.platform), probe, policy)
  const loaded = loadConfig(testFile, { kind: 'test-file', policy })
  // A policyTextsDir from the policy store keeps the system's rules; the test file's own is not checked.
  return loaded.origins.policyTextsDir?.kind === 'test-file' ? loaded : withPolicyTextVet(loaded, probe)
}
