import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { canonicalJson, sealEvent } from '../../../src-main/ledger/chain'
import { durableIo } from '../../../src-main/ledger/journal'
import type { LedgerIo } from '../../../src-main/ledger/journal'
import { Ledger } from '../../../src-main/ledger/ledger'
import { useTempDirs } from '../support/temp-dir'
import { journalWith, note, noteFormat, sealedChain } from './note-format'
import type { NoteBody, NoteEvent } from './note-format'
import { english } from '../../support/english'

const tempDir = useTempDirs()
const NOW = new Date('2025-03-01T09:00:00.000Z')
const STAMP = '2025-03-01T09-00-00-000Z'
const tick = (done: boolean, text = 'org-email'): NoteBody => note(text, done ? 1 : 0)
const open = (dir: string, now: Date, io: LedgerIo = durableIo) => Ledger.open(dir, now, noteFormat(), io)
const named = (dir: string, part: string) => readdirSync(dir).filter((name) => name.includes(part))

function chainOf(count: number): NoteEvent[] {
  const events: NoteEvent[] = []
  for (let i = 0; i < count; i++) events.push(sealEvent(events.at(-1), new Date(NOW.getTime() + i * 1000), tick(i % 2 === 0)))
  return events
}

const lines = (events: readonly unknown[]) => events.map((e) => `${canonicalJson(e)}\n`)
function edited(): string {
  const events = chainOf(3) as unknown as Record<string, Record<string, unknown>>[]
  events[1]!.data!.text = 'onboarding-email'
  return journalWith(events)
}

describe('Ledger.open on a good folder', () => {
  it('opens a fresh folder empty, with no recovery, and writes nothing until the first event', () => {
    const dir = tempDir()
    const ledger = open(dir, NOW)
    expect(ledger.all()).toEqual([])
    expect(ledger.recovery).toBeNull()
    expect(ledger.tornTail).toBeNull()
    expect(ledger.path).toBe(join(dir, 'ledger.jsonl'))
    expect(readdirSync(dir)).toEqual([])
  })

  it('writes a header line, then one canonical line per event, and reads them back on the next open', () => {
    const dir = tempDir()
    const ledger = open(dir, NOW)
    const first = ledger.append(tick(true), NOW)
    const second = ledger.append(tick(false), new Date(NOW.getTime() + 5000))
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash })
    expect(ledger.all()).toEqual([first, second])
    expect(readFileSync(join(dir, 'ledger.jsonl'), 'utf8')).toBe(['{"schemaVersion":1}\n', ...lines([first, second])].join(''))

    const reopened = open(dir, new Date(NOW.getTime() + 60_000))
    expect(reopened.all()).toEqual([first, second])
    expect(reopened.recovery).toBeNull()
  })

  it('reads a line written with spaces and its keys in another order by its content, as a bundle is read', () => {
    const dir = tempDir()
    const events = chainOf(3)
    const loose = [`{"schemaVersion":1}\n`, ...lines(events.slice(0, 2)), `${JSON.stringify(events[2], null, 1).replaceAll('\n', ' ')}\n`]
    writeFileSync(join(dir, 'ledger.jsonl'), loose.join(''))
    const ledger = open(dir, NOW)
    expect(ledger.recovery).toBeNull()
    expect(ledger.all()).toEqual(events)
  })

  it('treats a file with a header and no events, or no bytes at all, as empty', () => {
    for (const content of ['{"schemaVersion":1}\n', '']) {
      const dir = tempDir()
      writeFileSync(join(dir, 'ledger.jsonl'), content)
      const ledger = open(dir, NOW)
      expect(ledger.recovery, JSON.stringify(content)).toBeNull()
      expect(ledger.all()).toEqual([])
      // The first append after an empty file writes the header too.
      const event = ledger.append(tick(true), NOW)
      expect(readFileSync(join(dir, 'ledger.jsonl'), 'utf8')).toBe(`{"schemaVersion":1}\n${canonicalJson(event)}\n`)
    }
  })

  it('passes on an error that is not about the file content, moving nothing', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'ledger.jsonl'))
    expect(() => open(dir, NOW)).toThrow(/EISDIR/)
    expect(named(dir, '.corrupt-')).toEqual([])
  })
})

describe('Ledger.open on a bad file', () => {
  const [a, b, c] = lines(chainOf(3))
  const header = '{"schemaVersion":1}\n'
  const cases: [string, string, string][] = [
    ['a line in the middle that cannot be read', `${header}${a}this is not { json\n${b}`, 'unreadable'],
    ['a first line that is not a header', `[]\n${a}${b}`, 'invalid'],
    ['a header with another key', `{"schemaVersion":1,"owner":"x"}\n${a}`, 'invalid'],
    ['a header of version 0', `{"schemaVersion":0}\n${a}`, 'invalid'],
    ['a newer file version', `{"schemaVersion":2}\n${a}`, 'invalid'],
    ['an event of a type this format does not know', journalWith(sealedChain([{ type: 'item-marked', data: {} }], NOW)), 'broken-chain'],
    ['an edited event', edited(), 'broken-chain'],
    ['a removed event', `${header}${b}${c}`, 'broken-chain'],
    ['two events swapped', `${header}${a}${c}${b}`, 'broken-chain'],
    ['a line that is not an event', `${header}${a}{"hello":"world"}\n${b}`, 'broken-chain'],
    // A whole last line that reads but does not hold is damage, not a write cut short.
    ['an edited last event', `${header}${a}${b}${c!.replace('"n":1', '"n":7')}`, 'broken-chain'],
  ]

  it.each(cases)('moves aside %s unchanged and starts empty', (_name, content, reason) => {
    const dir = tempDir()
    const path = join(dir, 'ledger.jsonl')
    writeFileSync(path, content)
    const ledger = open(dir, NOW)

    const movedTo = join(dir, `ledger.corrupt-${STAMP}.jsonl`)
    expect(ledger.recovery).toMatchObject({ reason, movedTo, detectedAt: NOW.toISOString() })
    expect(ledger.recovery?.message.values?.movedTo).toBe(movedTo)
    expect(english(ledger.recovery!.message)).toContain(movedTo)
    expect(english(ledger.recovery!.message)).not.toMatch(/JSON|schema|hash/)
    expect(readFileSync(movedTo, 'utf8')).toBe(content)
    expect(existsSync(path)).toBe(false)
    expect(ledger.all()).toEqual([])

    // The new ledger writes a good file next to the moved one.
    ledger.append(tick(true), NOW)
    const reopened = open(dir, new Date(NOW.getTime() + 1000))
    expect(reopened.recovery).toBeNull()
    expect(reopened.all()).toHaveLength(1)
    expect(readFileSync(movedTo, 'utf8')).toBe(content)
  })

  it('names the broken event in the message', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'ledger.jsonl'), edited())
    expect(english(open(dir, NOW).recovery!.message)).toContain('Entry 2 was changed after it was recorded.')
  })

  it('keeps both files when two recoveries happen at the same instant', () => {
    const dir = tempDir()
    const path = join(dir, 'ledger.jsonl')
    writeFileSync(path, `[]\n${a}`)
    const one = open(dir, NOW).recovery
    writeFileSync(path, edited())
    const two = open(dir, NOW).recovery
    expect(one?.movedTo).not.toBe(two?.movedTo)
    expect(readFileSync(one!.movedTo, 'utf8')).toBe(`[]\n${a}`)
    expect(readFileSync(two!.movedTo, 'utf8')).toBe(edited())
    expect(named(dir, '.corrupt-')).toHaveLength(2)
  })

  it('clears the recovery only once its acknowledgement is written', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'ledger.jsonl'), edited())
    const ledger = open(dir, NOW)
    const notice = ledger.recovery!
    ledger.append(tick(true), NOW)
    expect(ledger.recovery).toEqual(notice)
    ledger.append({ type: 'recovery-acknowledged', data: { reason: notice.reason, movedTo: notice.movedTo } }, NOW)
    expect(ledger.recovery).toBeNull()
  })
})

describe('Ledger.startOver', () => {
  const archives = (dir: string) => named(dir, '.archived-')

  it('renames the file to ledger.archived-<time>.jsonl with its bytes intact, and starts a chain that points to it', () => {
    const dir = tempDir()
    const ledger = open(dir, NOW)
    ledger.append(tick(true), NOW)
    ledger.append(tick(false), NOW)
    const bytes = readFileSync(join(dir, 'ledger.jsonl'))
    const later = new Date(NOW.getTime() + 60_000)
    const archivedTo = ledger.startOver(later)
    expect(archivedTo).toBe(join(dir, 'ledger.archived-2025-03-01T09-01-00-000Z.jsonl'))
    expect(readFileSync(archivedTo!).equals(bytes)).toBe(true)
    expect(ledger.all()).toHaveLength(1)
    expect(ledger.all()[0]).toMatchObject({ seq: 1, type: 'ledger-started', data: { archivedFrom: archivedTo }, at: later.toISOString() })

    const next = ledger.append(tick(true), later)
    const reopened = open(dir, later)
    expect(reopened.recovery).toBeNull()
    expect(reopened.all()).toEqual(ledger.all())
    expect(next).toMatchObject({ seq: 2, prevHash: ledger.all()[0]!.hash })
    expect(archives(dir)).toEqual(['ledger.archived-2025-03-01T09-01-00-000Z.jsonl'])
  })

  it('archives nothing on a folder with no file, and still records the start', () => {
    const dir = tempDir()
    const ledger = open(dir, NOW)
    expect(ledger.startOver(NOW)).toBeNull()
    expect(ledger.all()[0]).toMatchObject({ type: 'ledger-started', data: { archivedFrom: null } })
    expect(archives(dir)).toEqual([])
  })

  it('keeps both archives when it starts over twice in the same instant', () => {
    const dir = tempDir()
    const ledger = open(dir, NOW)
    ledger.append(tick(true), NOW)
    const first = ledger.startOver(NOW)
    const second = ledger.startOver(NOW)
    expect(first).not.toBe(second)
    expect(archives(dir)).toHaveLength(2)
    expect(readFileSync(second!, 'utf8')).toContain(JSON.stringify({ archivedFrom: first }))
  })

  it('clears a pending recovery notice, leaving the damaged file where it was', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'ledger.jsonl'), edited())
    const ledger = open(dir, NOW)
    const notice = ledger.recovery!
    ledger.startOver(NOW)
    expect(ledger.recovery).toBeNull()
    expect(readFileSync(notice.movedTo, 'utf8')).toBe(edited())
  })

  // Regression test for a fixed bug: startOver empties the events and archives the file before the new chain is written.
  it('changes nothing, in memory or on disk, when the new ledger cannot be written', () => {
    const dir = tempDir()
    const path = join(dir, 'ledger.jsonl')
    const events = chainOf(2)
    writeFileSync(path, journalWith(events))
    const full: LedgerIo = {
      ...durableIo,
      replace: () => {
        throw new Error('ENOSPC: no space left on device')
      },
    }
    const ledger = open(dir, NOW, full)
    expect(() => ledger.startOver(NOW)).toThrow('ENOSPC')
    expect(ledger.all()).toEqual(events)
    expect(readdirSync(dir)).toEqual(['ledger.jsonl'])
    expect(readFileSync(path, 'utf8')).toBe(journalWith(events))
    // And the chain still continues from where it was.
    expect(Ledger.open(dir, NOW, noteFormat()).all()).toEqual(events)
  })
})
