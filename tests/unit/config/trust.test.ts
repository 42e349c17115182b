import { describe, expect, it } from 'vitest'
import { SID, decideTrust } from '../../../src-main/config/trust'
import type { AccessEntry, PathFacts, TrustFacts } from '../../../src-main/config/trust'
import { plain } from '../support/said'

const file = (uid: number, mode: number): PathFacts => ({ isFile: true, isDirectory: false, posix: { uid, mode } })
const folder = (uid: number, mode: number): PathFacts => ({ isFile: false, isDirectory: true, posix: { uid, mode } })
const posix = (platform: NodeJS.Platform, f: PathFacts, ...folders: PathFacts[]): TrustFacts => ({ platform, file: f, folders })

const SAFE_FILE = file(0, 0o100644)
const SAFE_FOLDER = folder(0, 0o040755)

describe('decideTrust on macOS and Linux: owned by root, not writable by group or others', () => {
  it.each(['linux', 'darwin', 'freebsd'] as const)('%s: root-owned 0644 in a root-owned 0755 folder is trusted', (platform) => {
    expect(plain(decideTrust(posix(platform, SAFE_FILE, SAFE_FOLDER)))).toEqual({ trusted: true })
  })

  it.each([
    ['0600 in 0700', file(0, 0o100600), folder(0, 0o040700)],
    ['0444 in 0555', file(0, 0o100444), folder(0, 0o040555)],
    ['0640 in 0750 (group may read, not write)', file(0, 0o100640), folder(0, 0o040750)],
  ])('root-owned %s is trusted', (_, f, d) => {
    expect(plain(decideTrust(posix('linux', f, d)))).toEqual({ trusted: true })
  })

  it.each<[string, PathFacts, PathFacts, string]>([
    ['the file owned by a user', file(501, 0o100644), SAFE_FOLDER, 'it is not owned by root'],
    ['the file group-writable', file(0, 0o100664), SAFE_FOLDER, 'users other than root may write to it'],
    ['the file world-writable', file(0, 0o100646), SAFE_FOLDER, 'users other than root may write to it'],
    ['the folder owned by a user', SAFE_FILE, folder(1000, 0o040755), 'its folder is not owned by root'],
    ['the folder group-writable (macOS admin group)', SAFE_FILE, folder(0, 0o040775), 'users other than root may write to its folder'],
    ['the folder world-writable with the sticky bit, like /tmp', SAFE_FILE, folder(0, 0o041777), 'users other than root may write to its folder'],
  ])('%s: untrusted, saying why', (_, f, d, why) => {
    expect(plain(decideTrust(posix('darwin', f, d)))).toEqual({ trusted: false, reason: `Ordinary users can change it: ${why}.` })
  })

  it('a link: the folder of the link and the folder of its target must both be safe', () => {
    expect(plain(decideTrust(posix('linux', SAFE_FILE, SAFE_FOLDER, SAFE_FOLDER)))).toEqual({ trusted: true })
    expect(plain(decideTrust(posix('linux', SAFE_FILE, SAFE_FOLDER, folder(1000, 0o040700))))).toMatchObject({ trusted: false })
  })

  it('something that is not a file is never trusted', () => {
    expect(plain(decideTrust(posix('linux', { ...SAFE_FILE, isFile: false }, SAFE_FOLDER)))).toEqual({ trusted: false, reason: 'It is not an ordinary file.' })
  })

  it('missing facts mean it could not be checked, and so untrusted', () => {
    const unchecked = { trusted: false, reason: 'The app could not check who can change it.' }
    expect(plain(decideTrust(posix('linux', SAFE_FILE)))).toEqual(unchecked)
    expect(plain(decideTrust(posix('linux', { isFile: true, isDirectory: false }, SAFE_FOLDER)))).toEqual(unchecked)
    expect(plain(decideTrust(posix('linux', SAFE_FILE, { ...SAFE_FOLDER, isDirectory: false })))).toEqual(unchecked)
  })
})

const allow = (sid: string, mask: number, inheritOnly = false): AccessEntry => ({ allow: true, sid, mask, inheritOnly })
const READ_EXECUTE = 0x1200a9
const MODIFY = 0x1301bf
const FULL = 0x1f01ff
const winFile = (ownerSid: string, entries: AccessEntry[]): PathFacts => ({ isFile: true, isDirectory: false, windows: { ownerSid, entries } })
const winFolder = (ownerSid: string, entries: AccessEntry[]): PathFacts => ({ isFile: false, isDirectory: true, windows: { ownerSid, entries } })
const LOCKED = [allow(SID.system, FULL), allow(SID.administrators, FULL), allow(SID.users, READ_EXECUTE)]
const windows = (f: PathFacts, ...folders: PathFacts[]): TrustFacts => ({ platform: 'win32', file: f, folders })

describe('decideTrust on Windows: owned by Administrators or SYSTEM, no write for ordinary users', () => {
  it.each([SID.administrators, SID.system])('owner %s with only administrators able to write: trusted', (owner) => {
    expect(plain(decideTrust(windows(winFile(owner, LOCKED), winFolder(owner, LOCKED))))).toEqual({ trusted: true })
  })

  it('TrustedInstaller may hold write rights too', () => {
    expect(plain(decideTrust(windows(winFile(SID.system, [...LOCKED, allow(SID.trustedInstaller, FULL)]), winFolder(SID.system, LOCKED))))).toEqual({
      trusted: true,
    })
  })

  it.each<[string, PathFacts, PathFacts, string]>([
    [
      'a file owned by a user',
      winFile('S-1-5-21-1004336348-1177238915-682003330-1001', LOCKED),
      winFolder(SID.administrators, LOCKED),
      'it is not owned by Administrators or SYSTEM',
    ],
    [
      'a folder owned by a user (made by one under ProgramData)',
      winFile(SID.administrators, LOCKED),
      winFolder('S-1-5-21-1-2-3-1001', LOCKED),
      'its folder is not owned by Administrators or SYSTEM',
    ],
    ['Users may modify the file', winFile(SID.system, [...LOCKED, allow(SID.users, MODIFY)]), winFolder(SID.system, LOCKED), 'Users may write to it'],
    [
      'Authenticated Users may modify the file',
      winFile(SID.system, [...LOCKED, allow(SID.authenticatedUsers, MODIFY)]),
      winFolder(SID.system, LOCKED),
      'Authenticated Users may write to it',
    ],
    [
      'Everyone has full control of the file',
      winFile(SID.system, [...LOCKED, allow(SID.everyone, FULL)]),
      winFolder(SID.system, LOCKED),
      'Everyone may write to it',
    ],
    [
      'a named user may write the file',
      winFile(SID.system, [...LOCKED, allow('S-1-5-21-1-2-3-1001', 0x2)]),
      winFolder(SID.system, LOCKED),
      'S-1-5-21-1-2-3-1001 may write to it',
    ],
    [
      'Users may create files in the folder (the ProgramData default)',
      winFile(SID.system, LOCKED),
      winFolder(SID.administrators, [...LOCKED, allow(SID.users, 0x116)]),
      'Users may write to its folder',
    ],
    [
      'Users may delete files in the folder',
      winFile(SID.system, LOCKED),
      winFolder(SID.administrators, [...LOCKED, allow(SID.users, 0x40)]),
      'Users may write to its folder',
    ],
    [
      'Users may change the folder permissions',
      winFile(SID.system, LOCKED),
      winFolder(SID.administrators, [...LOCKED, allow(SID.users, 0x40000)]),
      'Users may write to its folder',
    ],
    [
      'Everyone has GENERIC_WRITE on the folder',
      winFile(SID.system, LOCKED),
      winFolder(SID.administrators, [...LOCKED, allow(SID.everyone, 0x40000000)]),
      'Everyone may write to its folder',
    ],
  ])('%s: untrusted, saying why', (_, f, d, why) => {
    expect(plain(decideTrust(windows(f, d)))).toEqual({ trusted: false, reason: `Ordinary users can change it: ${why}.` })
  })

  it('a deny entry and an inherit-only entry grant nothing to this file or folder', () => {
    const entries = [
      ...LOCKED,
      { allow: false, sid: SID.everyone, mask: FULL, inheritOnly: false },
      allow('S-1-3-0', FULL, true),
      allow(SID.users, MODIFY, true),
    ]
    expect(plain(decideTrust(windows(winFile(SID.system, entries), winFolder(SID.system, entries))))).toEqual({ trusted: true })
  })

  it('read and execute for everyone is fine', () => {
    const entries = [...LOCKED, allow(SID.everyone, READ_EXECUTE), allow(SID.authenticatedUsers, 0x120089)]
    expect(plain(decideTrust(windows(winFile(SID.system, entries), winFolder(SID.system, entries))))).toEqual({ trusted: true })
  })

  it('POSIX facts on Windows are not enough: uid 0 and mode 0644 mean nothing there', () => {
    expect(plain(decideTrust({ platform: 'win32', file: SAFE_FILE, folders: [SAFE_FOLDER] }))).toEqual({
      trusted: false,
      reason: 'The app could not check who can change it.',
    })
  })
})
