import { execFileSync } from 'node:child_process'
import { chmodSync, chownSync, copyFileSync, mkdirSync, openSync, renameSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_MANAGED_PLIST_BYTES, managedPlistPath, readManagedPlist as readWith } from '../../../src-main/config/managed-plist'
import { parsePlist } from '../../../src-main/config/plist'
import type { ManagedPlistRead, OpenFile } from '../../../src-main/config/managed-plist'
import { say } from '../../../src-shared/message'
import { trustReasons as why } from '../../../src-shared/messages/config'
import { useTempDirs } from '../support/temp-dir'

// These tests run as root (as the unit tests do here and in CI), so they can hand a file to another user with chown.
// Root is needed to make files owned by root and to hand one to another user; a runner that is not root (macOS and
// Windows on GitHub) says so instead of failing for the wrong reason.
const AS_ROOT = process.getuid?.() === 0
if (!AS_ROOT) console.info(`NOT RUN: managed-plist.test.ts needs root (chown, root-owned files); this process is not root.`)
const tempDir = useTempDirs()
// The reader with the parser macOS loads for it (macos-policy-layer.ts).
const readManagedPlist = (path: string, open?: OpenFile): ManagedPlistRead => readWith(path, parsePlist, open)
const FIXTURES = join(import.meta.dirname, '../../fixtures/managed-preferences')
const BUNDLE_ID = 'sg.gov.tech.techpass-onboarding-assistant'
const USER = 1000

/** A folder like /Library/Managed Preferences (root's, 0755) holding the app's plist, copied from a fixture. */
function managedFolder(fixture = 'settings.binary.plist', mode = 0o644): { folder: string; path: string } {
  const folder = join(tempDir(), 'Managed Preferences')
  mkdirSync(folder, { mode: 0o755 })
  chmodSync(folder, 0o755)
  const path = join(folder, `${BUNDLE_ID}.plist`)
  copyFileSync(join(FIXTURES, fixture), path)
  chmodSync(path, mode)
  return { folder, path }
}

const refusalOf = (read: ManagedPlistRead): unknown => (read.ok ? 'read' : read.error)
const defaultLanguage = (read: ManagedPlistRead): unknown => (read.ok ? read.value.values.get('defaultLanguage') : read.error)

describe.runIf(AS_ROOT)('the managed preferences plist', () => {
  it('is at /Library/Managed Preferences/<appId>.plist', () => {
    expect(managedPlistPath(BUNDLE_ID)).toBe('/Library/Managed Preferences/sg.gov.tech.techpass-onboarding-assistant.plist')
  })

  it.each(['settings.binary.plist', 'settings.xml.plist'])('%s, owned by root and not writable by others, is read', (fixture) => {
    const read = readManagedPlist(managedFolder(fixture).path)
    expect(read.ok && read.value.present).toBe(true)
    expect(defaultLanguage(read)).toBe('vi')
    expect(read.ok && read.value.values.get('allowedDomains')).toEqual(['tech.gov.sg', 'go.gov.sg'])
  })

  it('no file, or no folder, is no managed preferences', () => {
    const { folder } = managedFolder()
    expect(readManagedPlist(join(folder, 'other.app.plist'))).toEqual({ ok: true, value: { present: false, values: new Map(), ignored: [] } })
    expect(readManagedPlist(join(folder, 'missing', 'x.plist'))).toEqual({ ok: true, value: { present: false, values: new Map(), ignored: [] } })
  })

  it('a file not owned by root is refused', () => {
    const { path } = managedFolder()
    chownSync(path, USER, USER)
    expect(refusalOf(readManagedPlist(path))).toEqual({ refusal: 'untrusted', reason: say(why.fileNotRoot) })
  })

  it.each([
    ['group', 0o664],
    ['others', 0o646],
  ])('a file its %s may write is refused', (_, mode) => {
    const { path } = managedFolder('settings.binary.plist', mode)
    expect(refusalOf(readManagedPlist(path))).toEqual({ refusal: 'untrusted', reason: say(why.fileWritable) })
  })

  it('a folder others may write, or that root does not own, is refused', () => {
    const { folder, path } = managedFolder()
    chmodSync(folder, 0o777)
    expect(refusalOf(readManagedPlist(path))).toEqual({ refusal: 'untrusted', reason: say(why.folderWritable) })
    chmodSync(folder, 0o755)
    chownSync(folder, USER, USER)
    expect(refusalOf(readManagedPlist(path))).toEqual({ refusal: 'untrusted', reason: say(why.folderNotRoot) })
  })

  it('a symbolic link at its name is refused, even to a good root-owned file', () => {
    const { folder, path } = managedFolder()
    const target = join(folder, 'elsewhere.plist')
    renameSync(path, target)
    symlinkSync(target, path)
    expect(refusalOf(readManagedPlist(path))).toEqual({ refusal: 'link' })
  })

  it('a folder that is a symbolic link is refused', () => {
    const { folder } = managedFolder()
    const link = join(tempDir(), 'Managed Preferences')
    symlinkSync(folder, link)
    expect(refusalOf(readManagedPlist(join(link, `${BUNDLE_ID}.plist`)))).toEqual({ refusal: 'link' })
  })

  it('a FIFO is refused without waiting for a writer', () => {
    const { path } = managedFolder()
    renameSync(path, `${path}.old`)
    execFileSync('mkfifo', ['-m', '0644', path])
    expect(refusalOf(readManagedPlist(path))).toEqual({ refusal: 'not-a-file' })
  })

  it('a file over the bound is refused from its size', () => {
    const { path } = managedFolder()
    truncateSync(path, MAX_MANAGED_PLIST_BYTES + 1)
    expect(refusalOf(readManagedPlist(path))).toEqual({ refusal: 'too-large', size: MAX_MANAGED_PLIST_BYTES + 1 })
  })

  it('a trusted file that is not a plist says so', () => {
    const { path } = managedFolder()
    writeFileSync(path, '{"defaultLanguage": "vi"}')
    expect(refusalOf(readManagedPlist(path))).toEqual({ refusal: 'not-a-plist', detail: 'neither a binary property list nor XML' })
  })
})

describe.runIf(AS_ROOT)('a swap between the check and the read cannot fool it: the checks are on the opened handle', () => {
  // The attacker's file: theirs, with other settings. Swapped in at the file's name right after the open.
  function attackerFile(folder: string): string {
    const file = join(folder, 'attacker.plist')
    copyFileSync(join(FIXTURES, 'settings.xml.plist'), file)
    writeFileSync(file, readFileText(file).replace('<string>vi</string>', '<string>id</string>'))
    chownSync(file, USER, USER)
    return file
  }
  const readFileText = (file: string): string => execFileSync('cat', [file], { encoding: 'utf8' })
  const swappingAfterOpen =
    (replacement: string): OpenFile =>
    (path, flags) => {
      const fd = openSync(path, flags)
      renameSync(replacement, path)
      return fd
    }

  it('a good file swapped out after the open: what is read is the file that was checked', () => {
    const { folder, path } = managedFolder()
    const read = readManagedPlist(path, swappingAfterOpen(attackerFile(folder)))
    expect(defaultLanguage(read)).toBe('vi')
    // The name now holds the attacker's file, and a fresh read refuses it.
    expect(refusalOf(readManagedPlist(path))).toEqual({ refusal: 'untrusted', reason: say(why.fileNotRoot) })
  })

  it("the attacker's file opened, then a good file swapped in: still refused, because the opened file is checked", () => {
    const { folder, path } = managedFolder()
    const good = join(folder, 'good.plist')
    renameSync(path, good)
    renameSync(attackerFile(folder), path)
    expect(refusalOf(readManagedPlist(path, swappingAfterOpen(good)))).toEqual({ refusal: 'untrusted', reason: say(why.fileNotRoot) })
    expect(defaultLanguage(readManagedPlist(path))).toBe('vi')
  })
})
