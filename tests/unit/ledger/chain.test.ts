import { describe, expect, it } from 'vitest'
import { canonicalJson, hashEvent, sealEvent, verifyChain, verifyChainInSlices } from '../../../src-main/ledger/chain'
import { AnyEventSchema, GENESIS_HASH } from '../../../src-main/ledger/envelope'
import { note, NoteEventSchema, sealedChain } from './note-format'
import type { NoteBody, NoteEvent } from './note-format'
import type { RedactionRule } from '../../../src-main/ledger/chain'
import { SLICE } from '../../../src-main/ledger/slices'
import { english } from '../../support/english'
import { withTurns } from '../support/turns'

const bodies: NoteBody[] = [
  note('first', 1),
  { type: 'recovery-acknowledged', data: { reason: 'invalid', movedTo: '/data/ledger.corrupt-x.json' } },
  note('third', 3),
  note('fourth', 4),
]

type LedgerEvent = NoteEvent
const check = (raw: readonly unknown[]) => verifyChain(raw, NoteEventSchema)

function sealed(): LedgerEvent[] {
  const events: LedgerEvent[] = []
  for (const [i, body] of bodies.entries()) events.push(sealEvent(events.at(-1), new Date(Date.UTC(2025, 2, 1, 9, i)), structuredClone(body)))
  return events
}

type Json = Record<string, unknown>
const flipHex = (hash: string) => `${hash.slice(0, -1)}${hash.endsWith('0') ? '1' : '0'}`
const otherType = (type: string) => (type === 'note' ? 'recovery-acknowledged' : 'note')
const changeData = (value: unknown) => (typeof value === 'number' ? value + 1 : `${String(value)}-x`)

// Every stored field of an event, with a change to it that keeps it looking plausible.
function edits(event: LedgerEvent): [string, (e: Json) => void][] {
  const list: [string, (e: Json) => void][] = [
    ['seq', (e) => (e.seq = (e.seq as number) + 1)],
    ['seq as a string', (e) => (e.seq = String(e.seq))],
    ['at', (e) => (e.at = '2030-01-01T00:00:00.000Z')],
    ['at, same instant written differently', (e) => (e.at = (e.at as string).replace('.000Z', 'Z'))],
    ['prevHash', (e) => (e.prevHash = flipHex(e.prevHash as string))],
    ['hash', (e) => (e.hash = flipHex(e.hash as string))],
    ['type', (e) => (e.type = otherType(e.type as string))],
    ['an added field', (e) => (e.extra = 1)],
    ['a removed data', (e) => delete e.data],
  ]
  for (const key of Object.keys(event.data)) {
    list.push([`data.${key}`, (e) => ((e.data as Json)[key] = changeData((e.data as Json)[key]))])
    list.push([`data.${key} removed`, (e) => delete (e.data as Json)[key]])
  }
  list.push(['an added data field', (e) => ((e.data as Json).note = 'x')])
  return list
}

describe('verifyChain', () => {
  it('passes a sealed chain and returns its events', () => {
    const events = sealed()
    expect(check(events)).toEqual({ ok: true, value: { events, checkedInFull: 4, checkedByLinkOnly: 0 } })
    expect(check(JSON.parse(JSON.stringify(events)) as unknown[]).ok).toBe(true)
    expect(check([])).toEqual({ ok: true, value: { events: [], checkedInFull: 0, checkedByLinkOnly: 0 } })
  })

  const cases = sealed().flatMap((event, index) => edits(event).map(([field, edit]) => ({ n: index + 1, field, edit })))
  it.each(cases)('breaks at event $n when its $field is edited', ({ n, edit }) => {
    const events = sealed() as unknown as Json[]
    edit(events[n - 1]!)
    const result = check(events)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.brokenAt).toBe(n)
    expect(english(result.error.reason)).toContain(`Entry ${n}`)
  })

  it.each([1, 2, 3])('breaks at event %i when that event is removed', (n) => {
    const events = sealed()
    events.splice(n - 1, 1)
    expect(check(events)).toMatchObject({ ok: false, error: { brokenAt: n } })
  })

  it.each([
    [1, 2],
    [1, 4],
    [2, 3],
    [3, 4],
  ])('breaks at event %i when events %i and %i are swapped', (a, b) => {
    const events = sealed()
    const first = events[a - 1]!
    events[a - 1] = events[b - 1]!
    events[b - 1] = first
    expect(check(events)).toMatchObject({ ok: false, error: { brokenAt: a } })
  })

  it.each([1, 2, 3, 4])('breaks at event %i when a copy of an event is inserted there', (n) => {
    const events = sealed()
    const copy = n === 1 ? events[0]! : events[n - 2]!
    events.splice(n - 1, 0, structuredClone(copy))
    expect(check(events)).toMatchObject({ ok: false, error: { brokenAt: n === 1 ? 2 : n } })
  })

  it('breaks after a well-sealed event is slipped into the middle', () => {
    const events = sealed()
    const forged = sealEvent(events[1], new Date('2025-03-01T09:01:30.000Z'), bodies[0]!)
    events.splice(2, 0, forged)
    expect(check(events)).toMatchObject({ ok: false, error: { brokenAt: 4 } })
  })

  it('breaks at the next event when an edited event is re-hashed', () => {
    const events = sealed()
    const { hash: _old, ...rest } = { ...events[1]!, at: '2030-01-01T00:00:00.000Z' }
    events[1] = { ...rest, hash: hashEvent(rest) } as LedgerEvent
    expect(check(events)).toMatchObject({ ok: false, error: { brokenAt: 3 } })
  })

  it.each([[null], [42], ['event'], [[]], [{}]])('breaks at an entry that is not an event: %j', (junk) => {
    const events: unknown[] = sealed()
    events.splice(2, 0, junk)
    expect(check(events)).toMatchObject({ ok: false, error: { brokenAt: 3 } })
  })
})

describe('verifyChain with the envelope alone (how an older file is checked before migration)', () => {
  it('passes a chain of types this format does not know, and still finds an edit', () => {
    const old = [
      { type: 'item-marked', data: { sectionId: 'step-2', itemId: 'open-link', done: true } },
      { type: 'password-reset-confirmed', data: {} },
    ]
    const events = sealedChain(old, new Date('2025-03-01T09:00:00.000Z')) as unknown as Json[]
    expect(verifyChain(events, AnyEventSchema).ok).toBe(true)
    expect(check(events)).toMatchObject({ ok: false, error: { brokenAt: 1, reason: { id: 'chain.unknown', values: { n: 1 } } } })
    ;(events[1]!.data as Json).extra = true
    expect(verifyChain(events, AnyEventSchema)).toMatchObject({ ok: false, error: { brokenAt: 2, reason: { id: 'chain.changed', values: { n: 2 } } } })
  })
})

describe('sealEvent', () => {
  it('numbers from 1, links to the previous hash, and hashes the rest', () => {
    const [first, second] = sealed()
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH, at: '2025-03-01T09:00:00.000Z', ...bodies[0] })
    expect(second).toMatchObject({ seq: 2, prevHash: first!.hash })
    expect(first!.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hashEvent(first!)).toBe(first!.hash)
    expect(second!.hash).not.toBe(first!.hash)
  })
})

describe('canonicalJson', () => {
  it('does not depend on key order at any depth', () => {
    const a = { b: 1, a: { y: [1, { q: 1, p: 2 }], x: 'x' } }
    const b = { a: { x: 'x', y: [1, { p: 2, q: 1 }] }, b: 1 }
    expect(canonicalJson(a)).toBe(canonicalJson(b))
    expect(canonicalJson(a)).toBe('{"a":{"x":"x","y":[1,{"p":2,"q":1}]},"b":1}')
  })

  it('keeps array order and value differences', () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]))
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: '1' }))
    expect(canonicalJson({ a: null })).toBe('{"a":null}')
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}')
    expect(canonicalJson('quote"d')).toBe(JSON.stringify('quote"d'))
  })

  it('makes the event hash independent of key order', () => {
    const event = sealed()[0]!
    const reordered = Object.fromEntries(Object.entries(event).reverse()) as LedgerEvent
    expect(hashEvent(reordered)).toBe(event.hash)
    expect(check([reordered]).ok).toBe(true)
  })
})

describe('verifyChainInSlices: the same verifier, with a redaction rule for bundles', () => {
  const rule: RedactionRule = { marker: '[redacted]', fields: new Set(['movedTo', 'orgEmail']) }
  const marked = (events: LedgerEvent[], n: number, key: string) => {
    const copy = structuredClone(events) as unknown as Json[]
    ;(copy[n - 1]!.data as Json)[key] = '[redacted]'
    return copy
  }

  it('gives the same answer as verifyChain on every edited chain, without a rule', async () => {
    for (const [index, event] of sealed().entries()) {
      for (const [, edit] of edits(event)) {
        const events = sealed() as unknown as Json[]
        edit(events[index]!)
        expect(await verifyChainInSlices(events, NoteEventSchema)).toEqual(check(events))
      }
    }
    expect(await verifyChainInSlices(sealed(), NoteEventSchema)).toEqual(check(sealed()))
  })

  it('checks an event whose only marker sits in a field redaction writes by its link only, and counts it', async () => {
    const events = marked(sealed(), 2, 'movedTo')
    expect(await verifyChainInSlices(events, NoteEventSchema, rule)).toMatchObject({ ok: true, value: { checkedInFull: 3, checkedByLinkOnly: 1 } })
    // Without the rule (a bundle that says nothing was removed) the same event is simply changed.
    expect(await verifyChainInSlices(events, NoteEventSchema)).toEqual({ ok: false, error: { brokenAt: 2, reason: { id: 'chain.changed', values: { n: 2 } } } })
  })

  it.each([
    ['text', 1],
    ['text', 3],
    ['reason', 2],
  ])('a marker in %s, which never holds personal data, breaks event %i', async (key, n) => {
    const events = marked(sealed(), n, key)
    expect(await verifyChainInSlices(events, NoteEventSchema, rule)).toEqual({
      ok: false,
      error: { brokenAt: n, reason: { id: 'chain.removed-where-no-personal-data', values: { n } } },
    })
  })

  it('a forged marker beside a real one still breaks the event', async () => {
    const events = marked(marked(sealed(), 2, 'movedTo') as unknown as LedgerEvent[], 2, 'reason')
    expect(await verifyChainInSlices(events, NoteEventSchema, rule)).toMatchObject({ ok: false, error: { brokenAt: 2 } })
  })

  it('an edit that adds no marker is still caught, rule or not', async () => {
    const events = structuredClone(sealed()) as unknown as Json[]
    ;(events[1]!.data as Json).movedTo = '/somewhere/else.json'
    expect(await verifyChainInSlices(events, NoteEventSchema, rule)).toEqual({
      ok: false,
      error: { brokenAt: 2, reason: { id: 'chain.changed', values: { n: 2 } } },
    })
  })

  it('a marker the user really typed, with the hash intact, is checked in full', async () => {
    const events: LedgerEvent[] = [sealEvent(undefined, new Date('2025-03-01T09:00:00Z'), note('[redacted]', 1))]
    expect(await verifyChainInSlices(events, NoteEventSchema, rule)).toMatchObject({ ok: true, value: { checkedInFull: 1, checkedByLinkOnly: 0 } })
  })

  it('lets other work run between slices of a long chain, and still finds a break near the end', async () => {
    const events: LedgerEvent[] = []
    for (let i = 0; i < SLICE * 5 + 3; i++)
      events.push(sealEvent(events.at(-1), new Date(Date.UTC(2025, 2, 1, 9, 0, i)), structuredClone(bodies[i % 2 === 0 ? 0 : 2]!)))
    const { value: sliced, turns: ticks } = await withTurns(() => verifyChainInSlices(events, NoteEventSchema))
    expect(sliced).toMatchObject({ ok: true, value: { checkedInFull: events.length } })
    expect(ticks).toBeGreaterThanOrEqual(5)
    expect(check(events)).toEqual(sliced)
    ;(events.at(-1)!.data as Json).n = 99
    expect(await verifyChainInSlices(events, NoteEventSchema)).toMatchObject({ ok: false, error: { brokenAt: events.length } })
  })
})
