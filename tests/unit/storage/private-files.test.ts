import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Ledger } from '../../../src-main/ledger/ledger'
import { openConfStore } from '../../../src-main/storage/conf-store'
import { moveAside } from '../../../src-main/storage/quarantine'
import { startCore } from '../support/core-harness'
import { profileInput } from '../support/onboarding-inputs'
import { useTempDirs } from '../support/temp-dir'
import { note, noteFormat } from '../ledger/note-format'

const tempDir = useTempDirs()
const modeOf = (path: string) => statSync(path).mode & 0o777
// Windows has no owner/group/other mode bits; there the folder's ACL (the user profile) keeps the files private.
const posixModes = process.platform !== 'win32'

describe.runIf(posixModes)('files and folders the app creates are private to the user', () => {
  it('creates a missing data folder 0700 and writes the ledger and mfa.json 0600', async () => {
    const dataDir = join(tempDir(), 'new', 'TechPass')
    const app = startCore({ dataDir })
    await app.act('profile:save', profileInput())
    await app.value('mfa:enrol')
    expect(modeOf(dataDir)).toBe(0o700)
    expect(modeOf(join(dataDir, '..'))).toBe(0o700)
    expect(modeOf(join(dataDir, 'ledger.jsonl'))).toBe(0o600)
    expect(modeOf(join(dataDir, 'mfa.json'))).toBe(0o600)
  })

  it.each(['ledger.json', 'ledger.jsonl'])('narrows a %s left 0644 (by an earlier version, or a copy) when it is opened, and keeps its content', (name) => {
    const dir = tempDir()
    const path = join(dir, name)
    const content = name === 'ledger.json' ? '{}' : '{"schemaVersion":1}\n'
    writeFileSync(path, content, { mode: 0o644 })
    chmodSync(path, 0o644)
    const ledger = Ledger.open(dir, new Date('2026-11-23T02:00:00Z'), noteFormat())
    expect(ledger.recovery).toBeNull()
    expect(modeOf(path)).toBe(0o600)
    expect(readFileSync(path, 'utf8')).toBe(content)
  })

  it('writes a new ledger.jsonl 0600 even under a permissive umask', () => {
    const dir = tempDir()
    const old = process.umask(0)
    try {
      Ledger.open(dir, new Date('2026-11-23T02:00:00Z'), noteFormat()).append(note('a'), new Date())
    } finally {
      process.umask(old)
    }
    expect(modeOf(join(dir, 'ledger.jsonl'))).toBe(0o600)
  })

  it('keeps a quarantined copy 0600 even when the damaged file was 0644', () => {
    const dir = tempDir()
    const path = join(dir, 'ledger.json')
    writeFileSync(path, '{ broken', { mode: 0o644 })
    chmodSync(path, 0o644)
    const moved = moveAside(path, 'corrupt', new Date('2026-11-23T02:00:00Z'))
    expect(modeOf(moved)).toBe(0o600)
  })

  it('keeps the archive of Start over and the quarantined copy of a damaged ledger 0600', async () => {
    const dataDir = tempDir()
    const app = startCore({ dataDir })
    await app.act('profile:save', profileInput())
    await app.value('ledger:start-over')
    writeFileSync(join(dataDir, 'ledger.jsonl'), '[]\n{ broken\n', { mode: 0o644 })
    chmodSync(join(dataDir, 'ledger.jsonl'), 0o644)
    startCore({ dataDir })
    const names = readdirSync(dataDir)
    const archived = names.filter((n) => n.startsWith('ledger.archived-'))
    const corrupt = names.filter((n) => n.startsWith('ledger.corrupt-'))
    expect(archived).toHaveLength(1)
    expect(corrupt).toHaveLength(1)
    for (const name of [...archived, ...corrupt]) expect(modeOf(join(dataDir, name)), name).toBe(0o600)
  })

  it('the store creates a missing userData folder 0700 and writes its files 0600, even under a permissive umask', () => {
    const dir = join(tempDir(), 'userData')
    const old = process.umask(0)
    try {
      openConfStore({ dir, name: 'preferences' }).write({ schemaVersion: 1 })
    } finally {
      process.umask(old)
    }
    expect(modeOf(dir)).toBe(0o700)
    expect(modeOf(join(dir, 'preferences.json'))).toBe(0o600)
  })
})
