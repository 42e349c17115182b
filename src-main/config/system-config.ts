import { execFileSync } from 'node:child_process'
import { realpathSync, statSync } from 'node:fs'
import type { Stats } from 'node:fs'
import { posix, win32 } from 'node:path'
import { CONFIG_ENV, loadConfig } from './config-file'
import type { LoadedConfig } from './config-file'
import { parseSddl } from './sddl'
import { decideTrust, UNCHECKED } from './trust'
import type { PathFacts, TrustDecision, WindowsOwnership } from './trust'

// A fixed path, never %SystemRoot% or PATH: the environment belongs to the user this check guards against.
export const WINDOWS_SYSTEM32 = 'C:\\Windows\\System32'
const WINDOWS_DEFAULT_PROGRAM_DATA = 'C:\\ProgramData'
const APP_FOLDER = 'TechPass Onboarding Assistant'

export type RunTool = (file: string, args: readonly string[], env: NodeJS.ProcessEnv) => string

const runTool: RunTool = (file, args, env) =>
  execFileSync(file, args, { env, encoding: 'utf8', timeout: 15_000, windowsHide: true, stdio: ['ignore', 'pipe', 'ignore'] })

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

export interface TrustProbe {
  platform: NodeJS.Platform
  stat: (path: string) => Stats
  realpath: (path: string) => string
  acls: (paths: readonly string[]) => WindowsOwnership[] | null
}

const realProbe = (platform: NodeJS.Platform): TrustProbe => ({ platform, stat: statSync, realpath: realpathSync, acls: (paths) => windowsAcls(paths) })

/** Gathers the facts for decideTrust: the opened file, its folder, and its target's folder when it is a link. */
function checkSystemFile(path: string, opened: Stats, probe: TrustProbe): TrustDecision {
  try {
    const { dirname } = probe.platform === 'win32' ? win32 : posix
    const target = probe.realpath(path)
    const folderPaths = [...new Set([dirname(path), dirname(target)])]
    const folders = folderPaths.map(probe.stat)
    const facts = (stat: Stats): PathFacts => ({ isFile: stat.isFile(), isDirectory: stat.isDirectory(), posix: { uid: stat.uid, mode: stat.mode } })
    if (probe.platform !== 'win32') return decideTrust({ platform: probe.platform, file: facts(opened), folders: folders.map(facts) })
    const acls = probe.acls([target, ...folderPaths])
    if (!acls) return UNCHECKED
    const [fileAcl, ...folderAcls] = acls
    return decideTrust({
      platform: 'win32',
      file: { isFile: opened.isFile(), isDirectory: false, windows: fileAcl! },
      folders: folders.map((s, i) => ({ isFile: false, isDirectory: s.isDirectory(), windows: folderAcls[i]! })),
    })
  } catch {
    return UNCHECKED
  }
}

/** The system file, honoured only when ordinary users cannot change it or its folder. */
export function loadSystemConfig(path: string = systemConfigPath(), probe: TrustProbe = realProbe(process.platform)): LoadedConfig {
  return loadConfig(path, {
    vet: (opened) => {
      const decision = checkSystemFile(path, opened, probe)
      return decision.trusted ? null : decision.reason
    },
  })
}

/** Start-up: the test file named by TECHPASS_CONFIG in an unpackaged build, otherwise the checked system file. */
export function loadStartupConfig(isPackaged: boolean, env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  const testFile = isPackaged ? undefined : env[CONFIG_ENV]
  return testFile ? loadConfig(testFile) : loadSystemConfig()
}
