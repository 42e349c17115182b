import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sealEvent } from '../../../src-main/ledger/chain'
import { openConfStore } from '../../../src-main/ledger/conf-store'
import { Ledger } from '../../../src-main/ledger/ledger'
import { StoreUnreadableError } from '../../../src-main/ledger/store-port'
import type { DocumentStore, OpenStore } from '../../../src-main/ledger/store-port'
import { useTempDirs } from '../support/temp-dir'
import { fileWith, note, noteFormat, sealedChain } from './note-format'
import type { NoteBody, NoteEvent } from './note-format'

const tempDir = useTempDirs()
const NOW = new Date('2025-03-01T09:00:00.000Z')
const STAMP = '2025-03-01T09-00-00-000Z'
const tick = (done: boolean, text = 'org-email'): NoteBody => note(text, done ? 1 : 0)
const open = (openStore: OpenStore, dir: string, now: Date) => Ledger.open(openStore, dir, now, noteFormat())

function chainOf(count: number): NoteEvent[] {
  const events: NoteEvent[] = []
  for (let i = 0; i < count; i++) events.push(sealEvent(events.at(-1), new Date(NOW.getTime() + i * 1000), tick(i % 2 === 0)))
  return events
}

function tampered(): string {
  const events = chainOf(3) as unknown as Record<string, unknown>[]
  ;(events[1]!.data as Record<string, unknown>).text = 'onboarding-email'
  return fileWith(events)
}

const corruptFiles = (dir: string) => readdirSync(dir).filter((name) => name.includes('.corrupt-'))

describe('Ledger.open on a good folder', () => {
  it('opens a fresh folder empty, with no recovery and nothing moved', () => {
    const dir = tempDir()
    const ledger = open(openConfStore, dir, NOW)
    expect(ledger.all()).toEqual([])
    expect(ledger.recovery).toBeNull()
    expect(ledger.path).toBe(join(dir, 'ledger.json'))
    expect(corruptFiles(dir)).toEqual([])
  })

  it('keeps appended events for the next open on the same folder', () => {
    const dir = tempDir()
    const ledger = open(openConfStore, dir, NOW)
    const first = ledger.append(tick(true), NOW)
    const second = ledger.append(tick(false), new Date(NOW.getTime() + 5000))
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash })
    expect(ledger.all()).toEqual([first, second])

    const reopened = open(openConfStore, dir, new Date(NOW.getTime() + 60_000))
    expect(reopened.all()).toEqual([first, second])
    expect(reopened.recovery).toBeNull()
    expect(JSON.parse(readFileSync(join(dir, 'ledger.json'), 'utf8'))).toEqual({ schemaVersion: 1, events: [first, second] })
  })

  it('treats a file that is exactly {} as empty, and leaves it alone', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'ledger.json'), '{}')
    const ledger = open(openConfStore, dir, NOW)
    expect(ledger.recovery).toBeNull()
    expect(ledger.all()).toEqual([])
    expect(corruptFiles(dir)).toEqual([])
  })

  it('passes on an error that is not about the file content, moving nothing', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'ledger.json'), fileWith(chainOf(1)))
    const failing: OpenStore = () => {
      throw new Error('EACCES')
    }
    expect(() => open(failing, dir, NOW)).toThrow('EACCES')
    expect(corruptFiles(dir)).toEqual([])
  })
})

describe('Ledger.open on a bad file', () => {
  const cases: [string, string, string][] = [
    ['text that is not JSON', 'this is not { json', 'unreadable'],
    ['an empty file', '', 'unreadable'],
    ['a cut-off file', fileWith(chainOf(2)).slice(0, 80), 'unreadable'],
    ['the number 42', '42', 'invalid'],
    ['an array', '[]', 'invalid'],
    ['null', 'null', 'invalid'],
    ['a string', '"ledger"', 'invalid'],
    ['a newer schema version', '{"schemaVersion":2,"events":[]}', 'invalid'],
    ['schema version 0', '{"schemaVersion":0,"events":[]}', 'invalid'],
    ['an event of a type this format does not know', fileWith(sealedChain([{ type: 'item-marked', data: {} }], NOW)), 'broken-chain'],
    ['no events', '{"schemaVersion":1}', 'invalid'],
    ['events that are not a list', '{"schemaVersion":1,"events":{}}', 'invalid'],
    ['an unknown top-level key', '{"schemaVersion":1,"events":[],"owner":"x"}', 'invalid'],
    ['an edited event', tampered(), 'broken-chain'],
    ['a removed event', fileWith(chainOf(3).filter((_e, i) => i !== 0)), 'broken-chain'],
    ['an entry that is not an event', fileWith([...chainOf(1), { hello: 'world' }]), 'broken-chain'],
  ]

  it.each(cases)('moves aside %s unchanged and starts empty', (_name, content, reason) => {
    const dir = tempDir()
    const path = join(dir, 'ledger.json')
    writeFileSync(path, content)
    const ledger = open(openConfStore, dir, NOW)

    const movedTo = join(dir, `ledger.corrupt-${STAMP}.json`)
    expect(ledger.recovery).toMatchObject({ reason, movedTo, detectedAt: NOW.toISOString() })
    expect(ledger.recovery?.message).toContain(movedTo)
    expect(readFileSync(movedTo, 'utf8')).toBe(content)
    expect(existsSync(path)).toBe(false)
    expect(ledger.all()).toEqual([])

    // The new ledger writes a good file next to the moved one.
    ledger.append(tick(true), NOW)
    const reopened = open(openConfStore, dir, new Date(NOW.getTime() + 1000))
    expect(reopened.recovery).toBeNull()
    expect(reopened.all()).toHaveLength(1)
    expect(readFileSync(movedTo, 'utf8')).toBe(content)
  })

  it('names the broken event in the message', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'ledger.json'), tampered())
    const ledger = open(openConfStore, dir, NOW)
    expect(ledger.recovery?.message).toContain('event 2')
  })

  it('keeps both files when two recoveries happen at the same instant', () => {
    const dir = tempDir()
    const path = join(dir, 'ledger.json')
    writeFileSync(path, 'first bad file')
    const one = open(openConfStore, dir, NOW).recovery
    writeFileSync(path, '[]')
    const two = open(openConfStore, dir, NOW).recovery
    writeFileSync(path, tampered())
    const three = open(openConfStore, dir, NOW).recovery

    const moved = [one?.movedTo, two?.movedTo, three?.movedTo]
    expect(new Set(moved).size).toBe(3)
    expect(readFileSync(one!.movedTo, 'utf8')).toBe('first bad file')
    expect(readFileSync(two!.movedTo, 'utf8')).toBe('[]')
    expect(readFileSync(three!.movedTo, 'utf8')).toBe(tampered())
    expect(corruptFiles(dir)).toHaveLength(3)
    expect(two?.message).toContain(two!.movedTo)
  })

  it('clears the recovery only once its acknowledgement is written', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'ledger.json'), '42')
    const ledger = open(openConfStore, dir, NOW)
    const notice = ledger.recovery!
    ledger.append(tick(true), NOW)
    expect(ledger.recovery).toEqual(notice)
    ledger.append({ type: 'recovery-acknowledged', data: { reason: notice.reason, movedTo: notice.movedTo } }, NOW)
    expect(ledger.recovery).toBeNull()
  })
})

describe('Ledger.append when the write fails', () => {
  function failingStore(dir: string, initial: unknown): { store: DocumentStore; writes: unknown[] } {
    const writes: unknown[] = []
    const store: DocumentStore = {
      path: join(dir, 'ledger.json'),
      read: () => structuredClone(initial),
      write: (value) => {
        writes.push(value)
        throw new Error('ENOSPC: no space left on device')
      },
    }
    return { store, writes }
  }

  it('leaves an empty ledger empty', () => {
    const dir = tempDir()
    const { store, writes } = failingStore(dir, {})
    const ledger = open(() => store, dir, NOW)
    expect(() => ledger.append(tick(true), NOW)).toThrow('ENOSPC')
    expect(writes).toHaveLength(1)
    expect(ledger.all()).toEqual([])
  })

  it('leaves existing events unchanged, and the next append still follows them', () => {
    const dir = tempDir()
    const events = chainOf(2)
    const { store } = failingStore(dir, { schemaVersion: 1, events })
    const ledger = open(() => store, dir, NOW)
    expect(() => ledger.append(tick(true, 'onboarding-email'), NOW)).toThrow()
    expect(ledger.all()).toEqual(events)
    expect(() => ledger.append(tick(true, 'onboarding-email'), NOW)).toThrow()
    expect(ledger.all()).toHaveLength(2)
  })

  it('keeps the recovery notice when its acknowledgement cannot be written', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'ledger.json'), 'not json')
    const { store } = failingStore(dir, {})
    let calls = 0
    const flaky: OpenStore = () => {
      calls += 1
      if (calls === 1) throw new StoreUnreadableError(join(dir, 'ledger.json'), new SyntaxError('bad'))
      return store
    }
    const ledger = open(flaky, dir, NOW)
    const notice = ledger.recovery!
    expect(notice.reason).toBe('unreadable')
    expect(() => ledger.append({ type: 'recovery-acknowledged', data: { reason: notice.reason, movedTo: notice.movedTo } }, NOW)).toThrow()
    expect(ledger.recovery).toEqual(notice)
    expect(ledger.all()).toEqual([])
  })
})

describe('Ledger.startOver', () => {
  const archives = (dir: string) => readdirSync(dir).filter((name) => name.includes('.archived-'))

  it('renames the file to ledger.archived-<time>.json with its bytes intact, and starts a chain that points to it', () => {
    const dir = tempDir()
    const ledger = open(openConfStore, dir, NOW)
    ledger.append(tick(true), NOW)
    ledger.append(tick(false), NOW)
    const bytes = readFileSync(join(dir, 'ledger.json'))
    const later = new Date(NOW.getTime() + 60_000)
    const archivedTo = ledger.startOver(later)
    expect(archivedTo).toBe(join(dir, 'ledger.archived-2025-03-01T09-01-00-000Z.json'))
    expect(readFileSync(archivedTo!).equals(bytes)).toBe(true)
    expect(ledger.all()).toHaveLength(1)
    expect(ledger.all()[0]).toMatchObject({ seq: 1, type: 'ledger-started', data: { archivedFrom: archivedTo }, at: later.toISOString() })

    const reopened = open(openConfStore, dir, later)
    expect(reopened.recovery).toBeNull()
    expect(reopened.all()).toEqual(ledger.all())
    expect(archives(dir)).toEqual(['ledger.archived-2025-03-01T09-01-00-000Z.json'])
  })

  it('archives nothing on a folder with no file, and still records the start', () => {
    const dir = tempDir()
    const ledger = open(openConfStore, dir, NOW)
    expect(ledger.startOver(NOW)).toBeNull()
    expect(ledger.all()[0]).toMatchObject({ type: 'ledger-started', data: { archivedFrom: null } })
    expect(archives(dir)).toEqual([])
  })

  it('keeps both archives when it starts over twice in the same instant', () => {
    const dir = tempDir()
    const ledger = open(openConfStore, dir, NOW)
    ledger.append(tick(true), NOW)
    const first = ledger.startOver(NOW)
    const second = ledger.startOver(NOW)
    expect(first).not.toBe(second)
    expect(archives(dir)).toHaveLength(2)
    expect(JSON.parse(readFileSync(second!, 'utf8')).events[0].data).toEqual({ archivedFrom: first })
  })

  it('clears a pending recovery notice, leaving the corrupt file where it was', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'ledger.json'), '42')
    const ledger = open(openConfStore, dir, NOW)
    const notice = ledger.recovery!
    ledger.startOver(NOW)
    expect(ledger.recovery).toBeNull()
    expect(readFileSync(notice.movedTo, 'utf8')).toBe('42')
  })

  // Regression test for a fixed bug: startOver empties the events and archives the file before the new chain is written.
  it('changes nothing, in memory or on disk, when the new ledger cannot be written', () => {
    const dir = tempDir()
    const path = join(dir, 'ledger.json')
    const events = chainOf(2)
    writeFileSync(path, fileWith(events))
    const store: DocumentStore = {
      path,
      read: () => ({ schemaVersion: 1, events: structuredClone(events) }),
      write: () => {
        throw new Error('ENOSPC: no space left on device')
      },
    }
    const ledger = open(() => store, dir, NOW)
    expect(() => ledger.startOver(NOW)).toThrow('ENOSPC')
    expect(ledger.all()).toEqual(events)
    expect(readFileSync(path, 'utf8')).toBe(fileWith(events))
  })
})
