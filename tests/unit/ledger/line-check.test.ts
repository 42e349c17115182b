import { afterEach, describe, expect, it, vi } from 'vitest'
import { canonicalJson, hashEvent, verifyChain } from '../../../src-main/ledger/chain'
import { bodySchemaOf } from '../../../src-main/ledger/envelope'
import { verifyLines } from '../../../src-main/ledger/line-check'
import { DomainEventSchema } from '../../../src-main/registry/events'
import { chainOf, confirmed } from '../support/events'
import { note, NoteEventSchema, sealedChain } from './note-format'
import { english } from '../../support/english'

const START = new Date('2025-03-01T09:00:00.000Z')
const linesOf = (events: readonly unknown[]) => events.map((e) => canonicalJson(e))
// Re-seals one changed event so its own hash holds, as a deliberate edit would: only the checks beyond the hash can refuse it.
const resealed = (event: Record<string, unknown>) => ({ ...event, hash: hashEvent(event as unknown as Parameters<typeof hashEvent>[0]) })

afterEach(() => vi.restoreAllMocks())

describe('verifyLines gives what the chain verifier gives', () => {
  it('the same events, field for field, as verifyChain on the parsed lines', () => {
    const events = chainOf([
      { type: 'profile-saved', data: { audience: 'offshore-non-odc', seed: 'yes', orgEmail: 'ana@acme.com', onboardingEmailOn: '2026-11-20' } },
      { type: 'request-sent', data: { details: { orgEmail: 'ana@acme.com', mobile: '+6591234567', projectName: 'Apollo', officerName: 'Ravi' } } },
      confirmed('registration', 'open-link'),
      confirmed('registration', 'open-link'),
      { type: 'item-withdrawn', data: { role: 'registration', item: 'open-link' } },
    ])
    const lines = linesOf(events)
    const slow = verifyChain(
      lines.map((l) => JSON.parse(l) as unknown),
      DomainEventSchema,
    )
    const fast = verifyLines(lines, DomainEventSchema)
    expect(fast).toEqual({ ok: true, value: { events: slow.ok ? slow.value.events : null } })
    // Each event has its own data, even where two bodies are the same text.
    if (fast.ok) expect(fast.value.events[3]!.data).not.toBe(fast.value.events[2]!.data)
  })

  it('runs no schema for lines this app wrote: their hash proves them byte for byte, and their schema ran when they were appended', () => {
    const events = sealedChain(
      Array.from({ length: 40 }, (_v, i) => note(i % 2 ? 'odd' : 'even', i % 2)),
      START,
    )
    const whole = vi.spyOn(NoteEventSchema, 'safeParse')
    const body = vi.spyOn(bodySchemaOf(NoteEventSchema, 'note')!, 'safeParse')
    expect(verifyLines(linesOf(events), NoteEventSchema)).toEqual({ ok: true, value: { events } })
    expect(body).not.toHaveBeenCalled()
    expect(whole).not.toHaveBeenCalled()
  })

  // The chain has no key (README): it shows a file was not damaged or edited, unless deliberately rebuilt.
  it("what the hash proves: a body rebuilt by hand in the app's own form, hash recomputed, is read as written; in any other form its schema refuses it", () => {
    const events = sealedChain([note('a'), note('b')], START) as unknown as Record<string, unknown>[]
    events[1] = resealed({ ...events[1], data: { text: 'b', n: 'one' } })
    expect(verifyLines(linesOf(events), NoteEventSchema)).toMatchObject({ ok: true })
    const loose = linesOf(events)
    loose[1] = JSON.stringify(events[1])
    expect(verifyLines(loose, NoteEventSchema)).toEqual({
      ok: false,
      error: { brokenAt: 2, reason: { id: 'chain.unknown', values: { n: 2 } }, unreadable: false },
    })
  })
})

describe('verifyLines refuses what the chain rule refuses, however the line is written', () => {
  const good = () => sealedChain([note('a'), note('b'), note('c')], START) as unknown as Record<string, unknown>[]
  const cases: [string, (events: Record<string, unknown>[]) => void, string][] = [
    ['a day that does not exist', (e) => (e[1] = resealed({ ...e[1], at: '2025-02-30T09:00:00.000Z' })), 'Entry 2 is not something this app records.'],
    ['an hour that does not exist', (e) => (e[1] = resealed({ ...e[1], at: '2025-03-01T24:00:00.000Z' })), 'Entry 2 is not something this app records.'],
    ['an unknown type', (e) => (e[1] = resealed({ ...e[1], type: 'memo' })), 'Entry 2 is not something this app records.'],
    ['a changed body', (e) => (e[1] = { ...e[1], data: { text: 'B', n: 0 } }), 'Entry 2 was changed after it was recorded.'],
    ['a changed time', (e) => (e[1] = { ...e[1], at: '2025-03-01T09:00:09.000Z' }), 'Entry 2 was changed after it was recorded.'],
    ['a wrong number', (e) => (e[1] = resealed({ ...e[1], seq: 5 })), 'Entry 2 has the number 5.'],
    ['a broken link', (e) => (e[2] = resealed({ ...e[2], prevHash: e[0]!.hash })), 'Entry 3 does not follow entry 2.'],
  ]

  it.each(cases)('%s', (_name, edit, reason) => {
    const events = good()
    edit(events)
    const result = verifyLines(linesOf(events), NoteEventSchema)
    expect(result).toMatchObject({ ok: false, error: { brokenAt: Number(/Entry (\d)/.exec(reason)![1]), unreadable: false } })
    expect(!result.ok && english(result.error.reason)).toBe(reason)
  })

  it('a line that cannot be read at all is reported as unreadable', () => {
    const lines = linesOf(good())
    lines[1] = lines[1]!.slice(0, 40)
    expect(verifyLines(lines, NoteEventSchema)).toMatchObject({ ok: false, error: { brokenAt: 2, unreadable: true } })
  })

  it('a body whose text looks like the envelope is read as text', () => {
    const text = `","hash":"${'f'.repeat(64)}","prevHash":"${'0'.repeat(64)}","seq":1,"type":"note"}`
    const events = sealedChain([note(text, 1), note('after', 2)], START)
    expect(verifyLines(linesOf(events), NoteEventSchema)).toEqual({ ok: true, value: { events } })
  })
})
