import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Ledger } from '../../../src-main/ledger/ledger'
import { useTempDirs } from '../support/temp-dir'
import { journalWith, note, noteFormat, sealedChain } from './note-format'
import type { NoteEvent } from './note-format'
import { english } from '../../support/english'

const tempDir = useTempDirs()
const WRITTEN = new Date('2025-03-01T09:00:00.000Z')
const NOW = new Date('2025-03-02T10:00:00.000Z')
const TORN = 'ledger.torn-2025-03-02T10-00-00-000Z.jsonl'
const open = (dir: string) => Ledger.open(dir, NOW, noteFormat())

// Three events; the last holds characters of two, three and four bytes, so some cuts fall inside a character.
const events = sealedChain([note('first', 1), note('second', 2), note('Zoë → 東京 🚀 last', 3)], WRITTEN) as NoteEvent[]
const whole = Buffer.from(journalWith(events))
const kept = Buffer.from(journalWith(events.slice(0, 2)))
const lastLine = whole.subarray(kept.length)

describe('a last line that a crash cut short', () => {
  it('is cut off at every byte position, kept aside byte for byte, and the events before it load', () => {
    expect(lastLine.length).toBeGreaterThan(200)
    for (let cut = 1; cut < lastLine.length; cut++) {
      const dir = tempDir()
      const path = join(dir, 'ledger.jsonl')
      const torn = lastLine.subarray(0, cut)
      writeFileSync(path, Buffer.concat([kept, torn]))
      const ledger = open(dir)
      const where = `cut after byte ${cut} of ${lastLine.length}`
      expect(ledger.recovery, where).toBeNull()
      expect(ledger.all(), where).toEqual(events.slice(0, 2))
      expect(ledger.tornTail, where).toBe(join(dir, TORN))
      expect(readFileSync(join(dir, TORN)).equals(torn), where).toBe(true)
      expect(readFileSync(path).equals(kept), where).toBe(true)
      expect(readdirSync(dir).sort(), where).toEqual(['ledger.jsonl', TORN])
    }
  })

  it('leaves a ledger that takes the next event as if the cut line had never been written', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'ledger.jsonl'), Buffer.concat([kept, lastLine.subarray(0, 57)]))
    const ledger = open(dir)
    const next = ledger.append(note('again', 3), NOW)
    expect(next).toMatchObject({ seq: 3, prevHash: events[1]!.hash })
    const reopened = open(dir)
    expect(reopened.recovery).toBeNull()
    expect(reopened.tornTail).toBeNull()
    expect(reopened.all()).toEqual([...events.slice(0, 2), next])
  })

  it('keeps the cut-off bytes private to the user', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'ledger.jsonl'), Buffer.concat([kept, lastLine.subarray(0, 20)]))
    open(dir)
    if (process.platform !== 'win32') expect(statSync(join(dir, TORN)).mode & 0o777).toBe(0o600)
  })

  it('zeros where the end of the file should be (a power cut that lost it), with no line end, are an unfinished write too', () => {
    const dir = tempDir()
    const zeros = Buffer.alloc(lastLine.length)
    writeFileSync(join(dir, 'ledger.jsonl'), Buffer.concat([kept, zeros]))
    const ledger = open(dir)
    expect(ledger.recovery).toBeNull()
    expect(ledger.all()).toEqual(events.slice(0, 2))
    expect(readFileSync(join(dir, TORN)).equals(zeros)).toBe(true)
  })

  // Each line is written with its newline in one append: a line that has its newline was written whole.
  it.each([
    ['a whole last line that cannot be read (zeros, then its line end)', Buffer.concat([Buffer.alloc(lastLine.length - 1), Buffer.from('\n')])],
    ['a whole last line that is not JSON', Buffer.from('{"at":"2025-03-01T09:00:03.000Z","data":{"n":\n')],
  ])('%s is damage: the file is moved aside whole, with the recovery notice, and nothing is cut off', (_name, line) => {
    const dir = tempDir()
    const content = Buffer.concat([kept, line])
    writeFileSync(join(dir, 'ledger.jsonl'), content)
    const ledger = open(dir)
    expect(ledger.recovery).toMatchObject({ reason: 'unreadable' })
    expect(english(ledger.recovery!.message)).toContain('It is damaged. Entry 3 cannot be read.')
    expect(ledger.tornTail).toBeNull()
    expect(ledger.all()).toEqual([])
    expect(readFileSync(ledger.recovery!.movedTo).equals(content)).toBe(true)
    expect(readdirSync(dir).filter((n) => n.includes('.torn-'))).toEqual([])
  })

  it('a whole first line that is not JSON is damage too, named as a file that cannot be read', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'ledger.jsonl'), 'this is not json\n')
    const ledger = open(dir)
    expect(ledger.recovery).toMatchObject({ reason: 'unreadable' })
    expect(english(ledger.recovery!.message)).toMatch(
      /^Your saved progress file could not be read\. It is damaged\. Its first line cannot be read\. It was moved to /,
    )
    expect(readFileSync(ledger.recovery!.movedTo, 'utf8')).toBe('this is not json\n')
    expect(readdirSync(dir).filter((n) => n.includes('.torn-'))).toEqual([])
  })

  it('a header cut short when the file was first written leaves an empty ledger, and the next event writes the header again', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'ledger.jsonl'), '{"schemaVer')
    const ledger = open(dir)
    expect(ledger.recovery).toBeNull()
    expect(ledger.all()).toEqual([])
    expect(readFileSync(join(dir, TORN), 'utf8')).toBe('{"schemaVer')
    ledger.append(note('first'), NOW)
    expect(readFileSync(join(dir, 'ledger.jsonl'), 'utf8')).toMatch(/^\{"schemaVersion":1\}\n\{"at":/)
  })

  it('a file that ends on a whole line has no torn tail, and nothing is copied', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'ledger.jsonl'), whole)
    const ledger = open(dir)
    expect(ledger.tornTail).toBeNull()
    expect(ledger.all()).toEqual(events)
    expect(readdirSync(dir)).toEqual(['ledger.jsonl'])
  })

  it('only the last line can be torn: damage before it moves the whole file aside, torn tail and all', () => {
    const dir = tempDir()
    const content = Buffer.concat([Buffer.from(kept.toString('utf8').replace('"second"', '"changed"')), lastLine.subarray(0, 30)])
    writeFileSync(join(dir, 'ledger.jsonl'), content)
    const ledger = open(dir)
    expect(ledger.recovery).toMatchObject({ reason: 'broken-chain' })
    expect(readFileSync(ledger.recovery!.movedTo).equals(content)).toBe(true)
    expect(readdirSync(dir).filter((n) => n.includes('.torn-'))).toEqual([])
  })
})
