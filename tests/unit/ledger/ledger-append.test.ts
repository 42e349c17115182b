import { appendFileSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../../src-main/ledger/chain'
import { durableIo } from '../../../src-main/ledger/journal'
import type { LedgerIo } from '../../../src-main/ledger/journal'
import { Ledger } from '../../../src-main/ledger/ledger'
import { useTempDirs } from '../support/temp-dir'
import { journalWith, note, noteFormat, sealedChain } from './note-format'
import type { NoteEvent } from './note-format'

const tempDir = useTempDirs()
const NOW = new Date('2025-03-01T09:00:00.000Z')
const open = (dir: string, io: LedgerIo = durableIo) => Ledger.open(dir, NOW, noteFormat(), io)

// Records what the ledger hands the disk, then lets the real write happen.
function watchedIo() {
  const appends: { bytes: string; size: number }[] = []
  const io: LedgerIo = {
    ...durableIo,
    append: (path, bytes, size) => {
      appends.push({ bytes: Buffer.from(bytes).toString('utf8'), size })
      durableIo.append(path, bytes, size)
    },
  }
  return { io, appends }
}

const failing = (message: string): LedgerIo => ({
  ...durableIo,
  append: () => {
    throw new Error(message)
  },
})

// Regression: every append used to go through conf, which re-read the whole file and wrote it all back.
describe('Ledger.append adds one line and touches nothing before it', () => {
  it('hands the disk only the new line, with the size the file had', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'ledger.jsonl'), journalWith(sealedChain([note('a'), note('b')], NOW)))
    const sizeBefore = readFileSync(join(dir, 'ledger.jsonl')).length
    const { io, appends } = watchedIo()
    const ledger = open(dir, io)
    const event = ledger.append(note('c'), NOW)
    expect(appends).toEqual([{ bytes: `${canonicalJson(event)}\n`, size: sizeBefore }])
  })

  it('leaves every earlier byte of the file as it was', () => {
    const dir = tempDir()
    const path = join(dir, 'ledger.jsonl')
    const ledger = open(dir)
    ledger.append(note('first'), NOW)
    for (let i = 0; i < 5; i++) {
      const before = readFileSync(path)
      const event = ledger.append(note(`next ${i}`, i), NOW)
      const after = readFileSync(path)
      expect(after.subarray(0, before.length).equals(before)).toBe(true)
      expect(after.subarray(before.length).toString('utf8')).toBe(`${canonicalJson(event)}\n`)
    }
  })

  it('gives all() a copy that later appends do not change', () => {
    const ledger = open(tempDir())
    ledger.append(note('a'), NOW)
    const seen = ledger.all()
    ledger.append(note('b'), NOW)
    expect(seen).toHaveLength(1)
    expect(ledger.all()).toHaveLength(2)
    expect(ledger.count).toBe(2)
    expect(ledger.last()).toBe(ledger.all()[1])
  })
})

describe('Ledger.append when the write fails', () => {
  it('leaves an empty ledger empty', () => {
    const dir = tempDir()
    const ledger = open(dir, failing('ENOSPC: no space left on device'))
    expect(() => ledger.append(note('a'), NOW)).toThrow('ENOSPC')
    expect(ledger.all()).toEqual([])
    expect(ledger.count).toBe(0)
  })

  it('leaves existing events unchanged, and the next append still follows them', () => {
    const dir = tempDir()
    const events = sealedChain([note('a'), note('b')], NOW) as NoteEvent[]
    writeFileSync(join(dir, 'ledger.jsonl'), journalWith(events))
    let full = true
    const io: LedgerIo = {
      ...durableIo,
      append: (path, bytes, size) => {
        if (full) throw new Error('ENOSPC: no space left on device')
        durableIo.append(path, bytes, size)
      },
    }
    const ledger = open(dir, io)
    expect(() => ledger.append(note('c'), NOW)).toThrow()
    expect(ledger.all()).toEqual(events)
    full = false
    const next = ledger.append(note('c'), NOW)
    expect(next).toMatchObject({ seq: 3, prevHash: events[1]!.hash })
    expect(open(dir).all()).toEqual([...events, next])
  })

  it('keeps the recovery notice when its acknowledgement cannot be written', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'ledger.jsonl'), '[]\n')
    const ledger = open(dir, failing('EROFS: read-only file system'))
    const notice = ledger.recovery!
    expect(notice.reason).toBe('invalid')
    expect(() => ledger.append({ type: 'recovery-acknowledged', data: { reason: notice.reason, movedTo: notice.movedTo } }, NOW)).toThrow()
    expect(ledger.recovery).toEqual(notice)
    expect(ledger.all()).toEqual([])
  })

  it('cuts off half a line that a failed write left, before the next line, so the file stays readable', () => {
    const dir = tempDir()
    const path = join(dir, 'ledger.jsonl')
    const ledger = open(dir)
    const first = ledger.append(note('first'), NOW)
    // What a write that died half-way would leave, in a process that lived on.
    appendFileSync(path, '{"at":"2025-03-01T09:00:00.000Z","data":{"n":0,"te')
    const second = ledger.append(note('second'), NOW)
    expect(readFileSync(path, 'utf8')).toBe(`{"schemaVersion":1}\n${canonicalJson(first)}\n${canonicalJson(second)}\n`)
    const reopened = open(dir)
    expect(reopened.recovery).toBeNull()
    expect(reopened.all()).toEqual([first, second])
  })

  it('refuses to append to a file something else made shorter, and changes nothing', () => {
    const dir = tempDir()
    const path = join(dir, 'ledger.jsonl')
    const ledger = open(dir)
    ledger.append(note('first'), NOW)
    ledger.append(note('second'), NOW)
    truncateSync(path, 10)
    expect(() => ledger.append(note('third'), NOW)).toThrow(/shorter/)
    expect(readFileSync(path, 'utf8')).toBe('{"schemaVe')
    expect(ledger.all()).toHaveLength(2)
  })
})
