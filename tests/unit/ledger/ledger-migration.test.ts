import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { AnyEvent } from '../../../src-main/ledger/envelope'
import { durableIo } from '../../../src-main/ledger/journal'
import type { LedgerIo } from '../../../src-main/ledger/journal'
import { carriedAsWritten, Ledger } from '../../../src-main/ledger/ledger'
import { useTempDirs } from '../support/temp-dir'
import { fileWith, journalWith, note, noteFormat, NoteEventSchema, sealedChain } from './note-format'
import type { NoteBody } from './note-format'
import { english } from '../../support/english'

const tempDir = useTempDirs()
const WRITTEN = new Date('2025-03-01T09:00:00.000Z')
const NOW = new Date('2025-06-01T12:00:00.000Z')
const STAMP = '2025-06-01T12-00-00-000Z'

// Version 1 of the notes format wrote "memo" events; version 2 called them notes, in one JSON document like version 1;
// version 3 (today) writes the same notes as JSON Lines.
const v1 = () =>
  sealedChain(
    [
      { type: 'memo', data: { words: 'hello' } },
      { type: 'memo', data: { words: 'again' } },
    ],
    WRITTEN,
  )
const v2 = () => sealedChain([note('hello', 0), note('again', 1)], WRITTEN)
const memoToNote = (events: readonly AnyEvent[]) => events.map((e, i) => ({ at: e.at, body: note(String((e.data as { words: string }).words), i) }))
type Migrate = (from: number, events: readonly AnyEvent[]) => Array<{ at: string; body: NoteBody }> | null
const migrate = vi.fn<Migrate>((from, events) => (from === 1 ? memoToNote(events) : from === 2 ? carriedAsWritten<NoteBody>(events, NoteEventSchema) : null))
const today = (m: Migrate = migrate) => noteFormat(3, m)

function folderWith(name: string, content: string) {
  const dir = tempDir()
  writeFileSync(join(dir, name), content)
  return { dir, path: join(dir, name) }
}
const named = (dir: string, part: string) => readdirSync(dir).filter((n) => n.includes(part))

describe('Ledger.open on a ledger.json an older version wrote', () => {
  it.each([
    [1, v1],
    [2, v2],
  ])(
    'version %i: carries its events into ledger.jsonl with their times, ends with a migration event, and keeps the old file byte for byte',
    (version, chain) => {
      const content = fileWith(chain(), version)
      const { dir } = folderWith('ledger.json', content)
      migrate.mockClear()
      const ledger = Ledger.open(dir, NOW, today())

      expect(migrate).toHaveBeenCalledExactlyOnceWith(version, chain())
      expect(ledger.recovery).toBeNull()
      const backup = join(dir, `ledger.v${version}-${STAMP}.json`)
      expect(readFileSync(backup, 'utf8')).toBe(content)
      expect(readdirSync(dir).sort()).toEqual(['ledger.jsonl', `ledger.v${version}-${STAMP}.json`])
      expect(ledger.all().map((e) => [e.type, e.at])).toEqual([
        ['note', WRITTEN.toISOString()],
        ['note', new Date(WRITTEN.getTime() + 1000).toISOString()],
        ['ledger-migrated', NOW.toISOString()],
      ])
      expect(ledger.all().at(-1)?.data).toEqual({ fromVersion: version, backup })
      expect(readFileSync(join(dir, 'ledger.jsonl'), 'utf8')).toBe(journalWith(ledger.all(), 3))
    },
  )

  it('version 2: the events keep their hashes, so a bundle saved before still matches', () => {
    const { dir } = folderWith('ledger.json', fileWith(v2(), 2))
    const ledger = Ledger.open(dir, NOW, today())
    expect(ledger.all().slice(0, 2)).toEqual(v2())
  })

  it('is migrated once: the next open reads ledger.jsonl as it is', () => {
    const { dir } = folderWith('ledger.json', fileWith(v1(), 1))
    const first = Ledger.open(dir, NOW, today())
    const untouched = vi.fn(() => null)
    const again = Ledger.open(dir, new Date(NOW.getTime() + 1000), today(untouched))
    expect(untouched).not.toHaveBeenCalled()
    expect(again.all()).toEqual(first.all())
    expect(named(dir, '.v1-')).toHaveLength(1)
  })

  it('an older ledger.jsonl is brought forward the same way', () => {
    const { dir, path } = folderWith('ledger.jsonl', journalWith(v2(), 2))
    const ledger = Ledger.open(dir, NOW, today())
    const backup = join(dir, `ledger.v2-${STAMP}.jsonl`)
    expect(ledger.all().at(-1)).toMatchObject({ type: 'ledger-migrated', data: { fromVersion: 2, backup } })
    expect(readFileSync(backup, 'utf8')).toBe(journalWith(v2(), 2))
    expect(readFileSync(path, 'utf8')).toBe(journalWith(ledger.all(), 3))
  })

  it('moves aside a file it cannot bring forward, as not in the app format, and starts empty', () => {
    const content = fileWith(v1(), 1)
    const { dir, path } = folderWith('ledger.json', content)
    const ledger = Ledger.open(
      dir,
      NOW,
      today(() => null),
    )
    expect(ledger.recovery).toMatchObject({ reason: 'invalid', movedTo: join(dir, `ledger.corrupt-${STAMP}.json`) })
    expect(readFileSync(ledger.recovery!.movedTo, 'utf8')).toBe(content)
    expect(existsSync(path)).toBe(false)
    expect(named(dir, '.v1-')).toEqual([])
    expect(ledger.all()).toEqual([])
  })

  it('a version 2 file with an event today does not accept is moved aside, not carried', () => {
    const content = fileWith(sealedChain([note('fine'), { type: 'note', data: { text: 'n is missing' } }], WRITTEN), 2)
    const { dir } = folderWith('ledger.json', content)
    const ledger = Ledger.open(dir, NOW, today())
    expect(ledger.recovery).toMatchObject({ reason: 'invalid' })
    expect(readFileSync(ledger.recovery!.movedTo, 'utf8')).toBe(content)
  })

  it('quarantines an older file whose chain is broken, without migrating it', () => {
    const events = v1() as unknown as Array<Record<string, unknown>>
    ;(events[0]!.data as Record<string, unknown>).words = 'edited'
    const content = fileWith(events, 1)
    const { dir } = folderWith('ledger.json', content)
    const m = vi.fn((_f: number, e: readonly AnyEvent[]) => memoToNote(e))
    const ledger = Ledger.open(dir, NOW, today(m))
    expect(m).not.toHaveBeenCalled()
    expect(ledger.recovery).toMatchObject({ reason: 'broken-chain' })
    expect(english(ledger.recovery!.message)).toContain('Entry 1')
    expect(readFileSync(ledger.recovery!.movedTo, 'utf8')).toBe(content)
    expect(named(dir, '.v1-')).toEqual([])
    expect(ledger.all()).toEqual([])
  })

  it('refuses carried events that are not valid today, leaving the old file untouched and no new one', () => {
    const content = fileWith(v1(), 1)
    const { dir, path } = folderWith('ledger.json', content)
    const bad = () => [{ at: WRITTEN.toISOString(), body: { type: 'note', data: { text: 42 } } as unknown as NoteBody }]
    expect(() => Ledger.open(dir, NOW, today(bad))).toThrow()
    expect(readFileSync(path, 'utf8')).toBe(content)
    expect(readdirSync(dir)).toEqual(['ledger.json'])
  })

  it('leaves the old file untouched when the new one cannot be written', () => {
    const content = fileWith(v1(), 1)
    const { dir, path } = folderWith('ledger.json', content)
    const full: LedgerIo = {
      ...durableIo,
      replace: () => {
        throw new Error('ENOSPC: no space left on device')
      },
    }
    expect(() => Ledger.open(dir, NOW, today(), full)).toThrow('ENOSPC')
    expect(readFileSync(path, 'utf8')).toBe(content)
    expect(readdirSync(dir)).toEqual(['ledger.json'])
  })
})

describe('Ledger.open on a ledger.json that is not a ledger', () => {
  const cases: [string, string, string][] = [
    ['text that is not JSON', 'this is not { json', 'unreadable'],
    ['an empty file', '', 'unreadable'],
    ['a cut-off file', fileWith(v2(), 2).slice(0, 80), 'unreadable'],
    ['the number 42', '42', 'invalid'],
    ['an array', '[]', 'invalid'],
    ['null', 'null', 'invalid'],
    ['a string', '"ledger"', 'invalid'],
    ['schema version 0', '{"schemaVersion":0,"events":[]}', 'invalid'],
    ["today's version, which is never written as one document", '{"schemaVersion":3,"events":[]}', 'invalid'],
    ['no events', '{"schemaVersion":2}', 'invalid'],
    ['events that are not a list', '{"schemaVersion":2,"events":{}}', 'invalid'],
    ['an unknown top-level key', '{"schemaVersion":2,"events":[],"owner":"x"}', 'invalid'],
    ['a removed event', fileWith(v2().slice(1), 2), 'broken-chain'],
  ]

  it.each(cases)('moves aside %s unchanged as ledger.corrupt-<time>.json and starts empty', (_name, content, reason) => {
    const { dir, path } = folderWith('ledger.json', content)
    const ledger = Ledger.open(dir, NOW, today())
    const movedTo = join(dir, `ledger.corrupt-${STAMP}.json`)
    expect(ledger.recovery).toMatchObject({ reason, movedTo })
    expect(readFileSync(movedTo, 'utf8')).toBe(content)
    expect(existsSync(path)).toBe(false)
    ledger.append(note('new start'), NOW)
    expect(Ledger.open(dir, NOW, today()).all()).toHaveLength(1)
  })

  it('treats a file that is exactly {} (conf with no events) as empty, and leaves it alone', () => {
    const { dir, path } = folderWith('ledger.json', '{}')
    const ledger = Ledger.open(dir, NOW, today())
    expect(ledger.recovery).toBeNull()
    expect(ledger.all()).toEqual([])
    expect(readFileSync(path, 'utf8')).toBe('{}')
    expect(named(dir, '.corrupt-')).toEqual([])
  })

  it('reads ledger.jsonl when both files are there, and leaves ledger.json as it is', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'ledger.json'), fileWith(v1(), 1))
    writeFileSync(join(dir, 'ledger.jsonl'), journalWith(v2(), 3))
    const never = vi.fn(() => null)
    expect(Ledger.open(dir, NOW, today(never)).all()).toEqual(v2())
    expect(never).not.toHaveBeenCalled()
    expect(readFileSync(join(dir, 'ledger.json'), 'utf8')).toBe(fileWith(v1(), 1))
  })
})
