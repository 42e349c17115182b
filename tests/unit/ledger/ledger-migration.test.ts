import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { verifyChain } from '../../../src-main/ledger/chain'
import { openConfStore } from '../../../src-main/ledger/conf-store'
import type { AnyEvent } from '../../../src-main/ledger/envelope'
import { Ledger } from '../../../src-main/ledger/ledger'
import type { DocumentStore } from '../../../src-main/ledger/store-port'
import { useTempDirs } from '../support/temp-dir'
import { fileWith, note, noteFormat, NoteEventSchema, sealedChain } from './note-format'
import type { NoteBody } from './note-format'

const tempDir = useTempDirs()
const WRITTEN = new Date('2025-03-01T09:00:00.000Z')
const NOW = new Date('2025-06-01T12:00:00.000Z')
const STAMP = '2025-06-01T12-00-00-000Z'

// Version 1 of the notes format wrote "memo" events; version 2 calls them notes.
const v1 = () => sealedChain([{ type: 'memo', data: { words: 'hello' } }, { type: 'memo', data: { words: 'again' } }], WRITTEN)
const memoToNote = (events: readonly AnyEvent[]) => events.map((e, i) => ({ at: e.at, body: note(String((e.data as { words: string }).words), i) }))

function folderWith(content: string) {
  const dir = tempDir()
  writeFileSync(join(dir, 'ledger.json'), content)
  return { dir, path: join(dir, 'ledger.json') }
}
const named = (dir: string, part: string) => readdirSync(dir).filter((n) => n.includes(part))

describe('Ledger.open on a file an older version wrote', () => {
  it('carries its events into a new chain with their times, ends with a migration event, and keeps the old file beside it byte for byte', () => {
    const content = fileWith(v1(), 1)
    const { dir, path } = folderWith(content)
    const migrate = vi.fn((from: number, events: readonly AnyEvent[]) => (from === 1 ? memoToNote(events) : null))
    const ledger = Ledger.open(openConfStore, dir, NOW, noteFormat(2, migrate))

    expect(migrate).toHaveBeenCalledExactlyOnceWith(1, v1())
    expect(ledger.recovery).toBeNull()
    const backup = join(dir, `ledger.v1-${STAMP}.json`)
    expect(readFileSync(backup, 'utf8')).toBe(content)
    expect(ledger.all().map((e) => [e.type, e.at])).toEqual([
      ['note', v1()[0]!.at],
      ['note', v1()[1]!.at],
      ['ledger-migrated', NOW.toISOString()],
    ])
    expect(ledger.all().at(-1)?.data).toEqual({ fromVersion: 1, backup })

    const file = JSON.parse(readFileSync(path, 'utf8')) as { schemaVersion: number; events: unknown[] }
    expect(file.schemaVersion).toBe(2)
    expect(verifyChain(file.events, NoteEventSchema)).toEqual({ ok: true, events: ledger.all(), checkedInFull: ledger.all().length, checkedByLinkOnly: 0 })
    expect(named(dir, '.corrupt-')).toEqual([])
  })

  it('is migrated once: the next open reads the new file as it is', () => {
    const { dir } = folderWith(fileWith(v1(), 1))
    const first = Ledger.open(openConfStore, dir, NOW, noteFormat(2, (_f, events) => memoToNote(events)))
    const migrate = vi.fn(() => null)
    const again = Ledger.open(openConfStore, dir, new Date(NOW.getTime() + 1000), noteFormat(2, migrate))
    expect(migrate).not.toHaveBeenCalled()
    expect(again.all()).toEqual(first.all())
    expect(named(dir, '.v1-')).toHaveLength(1)
  })

  it('moves aside a file it cannot bring forward, as not in the app format, and starts empty', () => {
    const content = fileWith(v1(), 1)
    const { dir, path } = folderWith(content)
    const ledger = Ledger.open(openConfStore, dir, NOW, noteFormat(2, () => null))
    expect(ledger.recovery).toMatchObject({ reason: 'invalid', movedTo: join(dir, `ledger.corrupt-${STAMP}.json`) })
    expect(readFileSync(ledger.recovery!.movedTo, 'utf8')).toBe(content)
    expect(existsSync(path)).toBe(false)
    expect(named(dir, '.v1-')).toEqual([])
    expect(ledger.all()).toEqual([])
  })

  it('quarantines an older file whose chain is broken, without migrating it', () => {
    const events = v1() as unknown as Array<Record<string, unknown>>
    ;(events[0]!.data as Record<string, unknown>).words = 'edited'
    const content = fileWith(events, 1)
    const { dir } = folderWith(content)
    const migrate = vi.fn((_f: number, e: readonly AnyEvent[]) => memoToNote(e))
    const ledger = Ledger.open(openConfStore, dir, NOW, noteFormat(2, migrate))
    expect(migrate).not.toHaveBeenCalled()
    expect(ledger.recovery).toMatchObject({ reason: 'broken-chain' })
    expect(ledger.recovery?.message).toContain('event 1')
    expect(readFileSync(ledger.recovery!.movedTo, 'utf8')).toBe(content)
    expect(named(dir, '.v1-')).toEqual([])
    expect(ledger.all()).toEqual([])
  })

  it('refuses carried events that are not valid today, putting the old file back untouched', () => {
    const content = fileWith(v1(), 1)
    const { dir, path } = folderWith(content)
    const bad = () => [{ at: WRITTEN.toISOString(), body: { type: 'note', data: { text: 42 } } as unknown as NoteBody }]
    expect(() => Ledger.open(openConfStore, dir, NOW, noteFormat(2, bad))).toThrow()
    expect(readFileSync(path, 'utf8')).toBe(content)
    expect(readdirSync(dir)).toEqual(['ledger.json'])
  })

  it('puts the old file back when the new one cannot be written', () => {
    const content = fileWith(v1(), 1)
    const { dir, path } = folderWith(content)
    const store: DocumentStore = {
      path,
      read: () => JSON.parse(content) as unknown,
      write: () => {
        throw new Error('ENOSPC: no space left on device')
      },
    }
    expect(() => Ledger.open(() => store, dir, NOW, noteFormat(2, (_f, events) => memoToNote(events)))).toThrow('ENOSPC')
    expect(readFileSync(path, 'utf8')).toBe(content)
    expect(readdirSync(dir)).toEqual(['ledger.json'])
  })
})
