import { chmodSync, existsSync, fstatSync, mkdirSync, realpathSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import type { Stats } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'
import { parseSddl } from '../../../src-main/config/sddl'
import {
  loadStartupConfig,
  loadSystemConfig,
  nodeProbe,
  parseProgramData,
  systemConfigPath,
  windowsAcls,
  windowsProgramData,
} from '../../../src-main/config/system-config'
import type { RunTool, TrustProbe } from '../../../src-main/config/system-config'
import { WINDOWS_SYSTEM32 } from '../../../src-main/config/windows-paths'
import { useTempDirs } from '../support/temp-dir'
import { saidAll } from '../support/said'

const tempDir = useTempDirs()
const REG_OUTPUT =
  '\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList\r\n    ProgramData    REG_EXPAND_SZ    %SystemDrive%\\ProgramData\r\n\r\n'
const LOCKED_FOLDER = 'O:BAG:SYD:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;0x1200a9;;;BU)'
const LOCKED_FILE = 'O:BAG:SYD:AI(A;ID;FA;;;SY)(A;ID;FA;;;BA)(A;ID;0x1200a9;;;BU)'
const INHERITED_FOLDER = 'O:BAG:SYD:AI(A;OICIID;FA;;;SY)(A;OICIID;FA;;;BA)(A;OICIID;0x1200a9;;;BU)(A;CIID;DCLCRPCR;;;BU)'

describe('where the system file is', () => {
  it('Windows: ProgramData as the registry gives it, %SystemDrive% from the fixed system folder', () => {
    expect(parseProgramData(REG_OUTPUT)).toBe('C:\\ProgramData')
    expect(parseProgramData('    ProgramData    REG_SZ    D:\\Shared Data\r\n')).toBe('D:\\Shared Data')
  })

  it.each([
    ['nothing', ''],
    ['an error', 'ERROR: The system was unable to find the specified registry key or value.'],
    ['another variable left in it', '    ProgramData    REG_EXPAND_SZ    %USERPROFILE%\\ProgramData'],
    ['a relative path', '    ProgramData    REG_SZ    ProgramData'],
  ])('Windows: %s from reg is not a path', (_, output) => {
    expect(parseProgramData(output)).toBeNull()
  })

  it('Windows: reg.exe is run from the fixed system folder with an empty environment', () => {
    const run = vi.fn<RunTool>(() => REG_OUTPUT)
    expect(windowsProgramData(run)).toBe('C:\\ProgramData')
    expect(run).toHaveBeenCalledWith(
      `${WINDOWS_SYSTEM32}\\reg.exe`,
      ['query', 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList', '/v', 'ProgramData'],
      {},
    )
  })

  it('Windows: when the registry cannot be asked, C:\\ProgramData', () => {
    expect(
      windowsProgramData(() => {
        throw new Error('ENOENT')
      }),
    ).toBe('C:\\ProgramData')
    expect(windowsProgramData(() => 'garbage')).toBe('C:\\ProgramData')
  })

  it('Windows: the ProgramData variable, which any user can set, is never used', () => {
    vi.stubEnv('ProgramData', 'D:\\Users\\mallory\\fake')
    try {
      expect(systemConfigPath('win32')).toBe('C:\\ProgramData\\TechPass Onboarding Assistant\\config.json')
    } finally {
      vi.unstubAllEnvs()
    }
    expect(systemConfigPath('win32', () => 'E:\\Data')).toBe('E:\\Data\\TechPass Onboarding Assistant\\config.json')
  })

  it('macOS and Linux: fixed folders', () => {
    expect(systemConfigPath('darwin')).toBe('/Library/Application Support/TechPass Onboarding Assistant/config.json')
    expect(systemConfigPath('linux')).toBe('/etc/techpass-onboarding-assistant/config.json')
  })
})

describe('windowsAcls: the Get-Acl adapter (never run on Windows here; the parser is what these test)', () => {
  it('runs PowerShell from the fixed path with a fixed module path, the paths passed in a variable', () => {
    const run = vi.fn<RunTool>(() => `${LOCKED_FILE}\r\n${LOCKED_FOLDER}\r\n`)
    expect(windowsAcls(["C:\\ProgramData\\it's\\config.json", 'C:\\ProgramData\\x'], run)).toEqual([parseSddl(LOCKED_FILE), parseSddl(LOCKED_FOLDER)])
    const [file, args, env] = run.mock.calls[0]!
    expect(file).toBe(`${WINDOWS_SYSTEM32}\\WindowsPowerShell\\v1.0\\powershell.exe`)
    expect(args.join(' ')).not.toContain('ProgramData')
    expect(env).toEqual({
      SystemRoot: 'C:\\Windows',
      windir: 'C:\\Windows',
      SystemDrive: 'C:',
      PSModulePath: `${WINDOWS_SYSTEM32}\\WindowsPowerShell\\v1.0\\Modules`,
      TECHPASS_ACL_PATHS: "C:\\ProgramData\\it's\\config.json|C:\\ProgramData\\x",
    })
  })

  it.each([
    ['one line for two paths', LOCKED_FILE],
    ['an unreadable line', `${LOCKED_FILE}\nGet-Acl : Access is denied`],
  ])('%s: null', (_, output) => {
    expect(windowsAcls(['a', 'b'], () => output)).toBeNull()
  })
})

// Sessions and CI run as root, so real temp files are root-owned; a probe can still report another owner for folders.
function systemFile(content: unknown = { organisationName: 'GovTech' }): { dir: string; path: string } {
  const dir = join(tempDir(), 'techpass')
  mkdirSync(dir, { mode: 0o755 })
  chmodSync(dir, 0o755)
  const path = join(dir, 'config.json')
  writeFileSync(path, JSON.stringify(content), { mode: 0o644 })
  chmodSync(path, 0o644)
  return { dir, path }
}

const withUid =
  (uid: number) =>
  (p: string): Stats =>
    Object.assign(statSync(p), { uid })
const posixProbe = (overrides: Partial<TrustProbe> = {}): TrustProbe => ({
  ...nodeProbe('linux'),
  realpath: (p) => p,
  acls: () => null,
  ...overrides,
})
const ignored = (path: string, why: string) => [`The settings file ${path} was ignored, and the built-in settings are used. ${why}`]

describe('loadSystemConfig on macOS and Linux', () => {
  it('a root-owned 0644 file in a root-owned 0755 folder is honoured', () => {
    const { path } = systemFile()
    const loaded = loadSystemConfig(path, posixProbe())
    expect(saidAll(loaded.notices)).toEqual([])
    expect(loaded.settings.organisationName).toBe('GovTech')
  })

  it('a file made group-writable is ignored, with the reason, and the defaults are used', () => {
    const { path } = systemFile()
    chmodSync(path, 0o664)
    const loaded = loadSystemConfig(path, posixProbe())
    expect(saidAll(loaded.notices)).toEqual(ignored(path, 'Ordinary users can change it: users other than root may write to it.'))
    expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, notices: loaded.notices })
  })

  it('a folder others may write to is ignored', () => {
    const { dir, path } = systemFile()
    chmodSync(dir, 0o777)
    const loaded = loadSystemConfig(path, posixProbe())
    expect(saidAll(loaded.notices)).toEqual(ignored(path, 'Ordinary users can change it: users other than root may write to its folder.'))
    expect(loaded.settings.organisationName).toBe(DEFAULT_SETTINGS.organisationName)
  })

  it('a folder owned by an ordinary user is ignored', () => {
    const { path } = systemFile()
    const probe = posixProbe({ stat: withUid(501) })
    expect(saidAll(loadSystemConfig(path, probe).notices)).toEqual(ignored(path, 'Ordinary users can change it: its folder is not owned by root.'))
  })

  it('a link is honoured only when the folder of its target is safe too', () => {
    const { dir } = systemFile()
    const elsewhere = join(tempDir(), 'writable')
    mkdirSync(elsewhere)
    chmodSync(elsewhere, 0o777)
    writeFileSync(join(elsewhere, 'real.json'), JSON.stringify({ organisationName: 'Mallory' }), { mode: 0o644 })
    const link = join(dir, 'linked.json')
    symlinkSync(join(elsewhere, 'real.json'), link)
    const real = posixProbe({ realpath: realpathSync })
    expect(saidAll(loadSystemConfig(link, real).notices)).toEqual(ignored(link, 'Ordinary users can change it: users other than root may write to its folder.'))
    chmodSync(elsewhere, 0o755)
    expect(loadSystemConfig(link, real).settings.organisationName).toBe('Mallory')
  })

  it('a missing system file means the defaults and no notice', () => {
    expect(loadSystemConfig(join(tempDir(), 'none', 'config.json'), posixProbe())).toEqual({
      settings: DEFAULT_SETTINGS,
      policyTextsDir: null,
      origins: {},
      notices: [],
    })
  })
})

describe('loadSystemConfig on Windows (sample permissions)', () => {
  const windowsProbe = (sddls: string[] | null): TrustProbe => ({
    ...nodeProbe('win32'),
    realpath: (p) => p,
    acls: () => sddls?.map((s) => parseSddl(s)!) ?? null,
  })

  it('owned by Administrators, Users may only read: honoured', () => {
    const { path } = systemFile()
    expect(loadSystemConfig(path, windowsProbe([LOCKED_FILE, LOCKED_FOLDER])).settings.organisationName).toBe('GovTech')
  })

  it('a folder left with the ProgramData defaults (Users may create files): ignored', () => {
    const { path } = systemFile()
    expect(saidAll(loadSystemConfig(path, windowsProbe([LOCKED_FILE, INHERITED_FOLDER])).notices)).toEqual(
      ignored(path, 'Ordinary users can change it: Users may write to its folder.'),
    )
  })

  it('permissions that cannot be read: ignored, saying so', () => {
    const { path } = systemFile()
    expect(saidAll(loadSystemConfig(path, windowsProbe(null)).notices)).toEqual(ignored(path, 'The app could not check who can change it.'))
  })

  it('a probe that throws: ignored, never a crash', () => {
    const { path } = systemFile()
    const probe: TrustProbe = {
      ...windowsProbe(null),
      realpath: () => {
        throw new Error('EPERM')
      },
    }
    expect(saidAll(loadSystemConfig(path, probe).notices)).toEqual(ignored(path, 'The app could not check who can change it.'))
  })
})

describe('loadStartupConfig', () => {
  it('unpackaged: TECHPASS_CONFIG names a test file, read without the ownership check', async () => {
    const { path } = systemFile()
    chmodSync(path, 0o666)
    const loaded = await loadStartupConfig(false, { TECHPASS_CONFIG: path })
    expect(saidAll(loaded.notices)).toEqual([])
    expect(loaded.settings.organisationName).toBe('GovTech')
    expect(loaded.origins.organisationName).toEqual({ kind: 'test-file', where: path })
  })

  it('packaged: TECHPASS_CONFIG is ignored and only the system file counts', async () => {
    expect(existsSync(systemConfigPath())).toBe(false)
    const { path } = systemFile()
    const loaded = await loadStartupConfig(true, { TECHPASS_CONFIG: path })
    expect(loaded.settings.organisationName).toBe(DEFAULT_SETTINGS.organisationName)
    expect(loaded.origins).toEqual({})
  })
})

// N1: the bytes come from the handle opened first, the owner and ACL from the path afterwards. Links at the file or its
// folder are refused on Windows and macOS, and the path must still name the opened file (dev and ino) once Get-Acl (or
// the folder's stat) has run. Windows itself is not here: a real junction, Get-Acl and NTFS file ids (dev = volume serial,
// ino = file index) are answered through the probe, with POSIX symlinks and inodes standing in for them.
describe('N1: links and a swap during the check (the Windows and macOS JSON files)', () => {
  const windowsOk = (): TrustProbe => ({ ...nodeProbe('win32'), acls: (paths) => paths.map((_, i) => parseSddl(i === 0 ? LOCKED_FILE : LOCKED_FOLDER)!) })
  const macOk = (): TrustProbe => nodeProbe('darwin')
  const defaultsOnly = (loaded: ReturnType<typeof loadSystemConfig>) => expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, notices: loaded.notices })

  // A second safe folder, root-owned and 0755, holding a file an attacker might point a link at.
  function safeElsewhere(organisationName = 'Mallory'): { dir: string; path: string } {
    const dir = join(tempDir(), 'elsewhere')
    mkdirSync(dir)
    chmodSync(dir, 0o755)
    const path = join(dir, 'config.json')
    writeFileSync(path, JSON.stringify({ organisationName }), { mode: 0o644 })
    return { dir, path }
  }

  it.each([
    ['Windows', windowsOk],
    ['macOS', macOk],
  ])('%s: the same file in place of a link is honoured (the control)', (_, probe) => {
    const { path } = systemFile()
    expect(loadSystemConfig(path, probe()).settings.organisationName).toBe('GovTech')
  })

  it.each([
    ['Windows (a file symbolic link; a real one needs Windows)', windowsOk],
    ['macOS', macOk],
  ])('%s: a symbolic link at the file is refused, even to a safe file in a safe folder', (_, probe) => {
    const { dir } = systemFile()
    const link = join(dir, 'linked.json')
    symlinkSync(safeElsewhere().path, link)
    const loaded = loadSystemConfig(link, probe())
    expect(saidAll(loaded.notices)).toEqual(ignored(link, 'It is a link (a symbolic link or a junction) to another place.'))
    defaultsOnly(loaded)
  })

  it.each([
    ['Windows (a junction at ProgramData\\TechPass Onboarding Assistant shows as this link to lstat)', windowsOk],
    ['macOS', macOk],
  ])('%s: a link at the folder is refused, even to a safe folder', (_, probe) => {
    const target = safeElsewhere()
    const linkedFolder = join(tempDir(), 'TechPass Onboarding Assistant')
    symlinkSync(target.dir, linkedFolder)
    const path = join(linkedFolder, 'config.json')
    const loaded = loadSystemConfig(path, probe())
    expect(saidAll(loaded.notices)).toEqual(ignored(path, 'Its folder is a link (a symbolic link or a junction) to another place.'))
    defaultsOnly(loaded)
  })

  it('Windows: the file swapped for another while Get-Acl runs is refused (Get-Acl itself needs Windows)', () => {
    const { dir, path } = systemFile({ organisationName: 'Mallory' })
    const admins = join(dir, 'admins.json')
    writeFileSync(admins, JSON.stringify({ organisationName: 'GovTech' }), { mode: 0o644 })
    const acls = vi.fn((paths: readonly string[]) => {
      // The second between the open and Get-Acl: the administrators' file takes the name, and its ACL is what is read.
      renameSync(admins, path)
      return paths.map((_, i) => parseSddl(i === 0 ? LOCKED_FILE : LOCKED_FOLDER)!)
    })
    const loaded = loadSystemConfig(path, { ...nodeProbe('win32'), acls })
    expect(acls).toHaveBeenCalledOnce()
    expect(saidAll(loaded.notices)).toEqual(ignored(path, 'It was replaced by another file while the app checked it.'))
    defaultsOnly(loaded)
  })

  it('Windows: a folder turned into a link while Get-Acl runs is refused', () => {
    const { dir, path } = systemFile({ organisationName: 'Mallory' })
    const target = safeElsewhere('GovTech')
    const loaded = loadSystemConfig(path, {
      ...windowsOk(),
      acls: (paths) => {
        renameSync(dir, `${dir}.away`)
        symlinkSync(target.dir, dir)
        return paths.map((_, i) => parseSddl(i === 0 ? LOCKED_FILE : LOCKED_FOLDER)!)
      },
    })
    expect(saidAll(loaded.notices)).toEqual(ignored(path, 'Its folder is a link (a symbolic link or a junction) to another place.'))
    defaultsOnly(loaded)
  })

  it("Windows: the user's own folder renamed away for Get-Acl, a junction in its place, then put back, is refused", () => {
    const { dir, path } = systemFile({ organisationName: 'Mallory' })
    const target = safeElsewhere('GovTech')
    const loaded = loadSystemConfig(path, {
      ...windowsOk(),
      acls: (paths) => {
        // PowerShell takes about a second to start; the swap happens well after the folder was last changed.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50)
        renameSync(dir, `${dir}.away`)
        symlinkSync(target.dir, dir)
        const seen = paths.map((_, i) => parseSddl(i === 0 ? LOCKED_FILE : LOCKED_FOLDER)!)
        rmSync(dir)
        renameSync(`${dir}.away`, dir)
        return seen
      },
    })
    expect(saidAll(loaded.notices)).toEqual(ignored(path, 'It was replaced by another file while the app checked it.'))
    defaultsOnly(loaded)
  })

  it('macOS: the file swapped for another while its folder is checked is refused', () => {
    const { dir, path } = systemFile({ organisationName: 'Mallory' })
    const admins = join(dir, 'admins.json')
    writeFileSync(admins, JSON.stringify({ organisationName: 'GovTech' }), { mode: 0o644 })
    const loaded = loadSystemConfig(path, {
      ...macOk(),
      stat: (p) => {
        if (existsSync(admins)) renameSync(admins, path)
        return statSync(p)
      },
    })
    expect(saidAll(loaded.notices)).toEqual(ignored(path, 'It was replaced by another file while the app checked it.'))
    defaultsOnly(loaded)
  })

  it('the identity compared is the exact bigint one: ids that differ only past 2^53 are two files', () => {
    const { path } = systemFile()
    const big = (ino: bigint) => ({ dev: 1n, ino, ctimeNs: 1n })
    const probe = (now: bigint): TrustProbe => ({
      ...macOk(),
      fstat: (fd) => Object.assign(fstatSync(fd, { bigint: true }), big(2n ** 60n)),
      identity: () => big(now),
    })
    expect(loadSystemConfig(path, probe(2n ** 60n)).settings.organisationName).toBe('GovTech')
    expect(saidAll(loadSystemConfig(path, probe(2n ** 60n + 1n)).notices)).toEqual(ignored(path, 'It was replaced by another file while the app checked it.'))
  })
})
