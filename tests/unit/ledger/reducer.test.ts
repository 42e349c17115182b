import { describe, expect, it } from 'vitest'
import type { Guide } from '../../../src-shared/guide-schema'
import type { RecoveryNotice } from '../../../src-shared/snapshot-schema'
import { sealEvent } from '../../../src-main/ledger/chain'
import { GENESIS_HASH } from '../../../src-main/ledger/events'
import type { EventBody, LedgerEvent } from '../../../src-main/ledger/events'
import { reduce } from '../../../src-main/ledger/reducer'

const section = (id: string, items: string[]) => ({ id, kind: 'step' as const, title: id, summary: id, notes: [], items: items.map((i) => ({ id: i, label: i })) })
const guide: Guide = {
  schemaVersion: 1,
  title: 'Test guide',
  source: 'test',
  sections: [section('first', ['a', 'b']), section('second', ['c']), section('third', ['d', 'e', 'f'])],
}

function run(...marks: [string, string, boolean][]): LedgerEvent[] {
  const events: LedgerEvent[] = []
  for (const [i, [sectionId, itemId, done]] of marks.entries()) {
    const body: EventBody = { type: 'item-marked', data: { sectionId, itemId, done } }
    events.push(sealEvent(events.at(-1), new Date(Date.UTC(2025, 0, 1, 0, i)), body))
  }
  return events
}

const statuses = (events: LedgerEvent[]) => Object.fromEntries(reduce(guide, events, null).sections.map((s) => [s.id, s.status]))

describe('reduce', () => {
  it('starts with every section not started and the first one current', () => {
    const snapshot = reduce(guide, [], null)
    expect(snapshot).toMatchObject({ eventCount: 0, headHash: GENESIS_HASH, updatedAt: null, items: {}, currentSectionId: 'first', recovery: null })
    expect(snapshot.sections).toEqual([
      { id: 'first', status: 'not-started', doneCount: 0, totalCount: 2 },
      { id: 'second', status: 'not-started', doneCount: 0, totalCount: 1 },
      { id: 'third', status: 'not-started', doneCount: 0, totalCount: 3 },
    ])
  })

  it('marks a section in progress, then done, with counts', () => {
    const partly = run(['first', 'a', true])
    expect(statuses(partly)).toEqual({ first: 'in-progress', second: 'not-started', third: 'not-started' })
    expect(reduce(guide, partly, null).sections[0]).toMatchObject({ doneCount: 1, totalCount: 2 })
    const whole = run(['first', 'a', true], ['first', 'b', true])
    expect(statuses(whole).first).toBe('done')
    expect(reduce(guide, whole, null).sections[0]).toMatchObject({ doneCount: 2, totalCount: 2 })
  })

  it('makes the first section that is not done current, even when a later one is done', () => {
    expect(reduce(guide, run(['first', 'a', true], ['first', 'b', true]), null).currentSectionId).toBe('second')
    expect(reduce(guide, run(['second', 'c', true]), null).currentSectionId).toBe('first')
    const allButThird = run(['first', 'a', true], ['first', 'b', true], ['second', 'c', true], ['third', 'd', true])
    expect(reduce(guide, allButThird, null).currentSectionId).toBe('third')
  })

  it('has no current section once every section is done', () => {
    const all = run(['first', 'a', true], ['first', 'b', true], ['second', 'c', true], ['third', 'd', true], ['third', 'e', true], ['third', 'f', true])
    const snapshot = reduce(guide, all, null)
    expect(snapshot.currentSectionId).toBeNull()
    expect(snapshot.sections.every((s) => s.status === 'done')).toBe(true)
  })

  it('reverts on unticking: done goes back to in progress, and the count drops', () => {
    const events = run(['second', 'c', true], ['second', 'c', false])
    const snapshot = reduce(guide, events, null)
    expect(snapshot.items['second/c']).toEqual({ done: false, changedAt: events[1]!.at })
    expect(snapshot.sections[1]).toMatchObject({ status: 'in-progress', doneCount: 0 })
    const first = reduce(guide, run(['first', 'a', true], ['first', 'b', true], ['first', 'b', false]), null)
    expect(first.sections[0]).toMatchObject({ status: 'in-progress', doneCount: 1 })
    expect(first.currentSectionId).toBe('first')
  })

  it('uses the latest mark of an item and the last event for head and time', () => {
    const events = run(['first', 'a', true], ['first', 'a', false], ['first', 'a', true])
    const snapshot = reduce(guide, events, null)
    expect(snapshot.items['first/a']).toEqual({ done: true, changedAt: events[2]!.at })
    expect(snapshot).toMatchObject({ eventCount: 3, headHash: events[2]!.hash, updatedAt: events[2]!.at })
  })

  it('ignores marks for items the guide no longer has', () => {
    const snapshot = reduce(guide, run(['first', 'gone', true], ['old-section', 'a', true]), null)
    expect(snapshot.sections.map((s) => s.status)).toEqual(['not-started', 'not-started', 'not-started'])
    expect(snapshot.eventCount).toBe(2)
  })

  it('passes the recovery notice through and ignores acknowledgement events for items', () => {
    const notice: RecoveryNotice = { reason: 'invalid', message: 'moved', movedTo: '/x.json', detectedAt: '2025-01-01T00:00:00.000Z' }
    const ack = sealEvent(undefined, new Date('2025-01-01T00:00:00.000Z'), { type: 'recovery-acknowledged', data: { reason: 'invalid', movedTo: '/x.json' } })
    const snapshot = reduce(guide, [ack], notice)
    expect(snapshot.recovery).toEqual(notice)
    expect(snapshot.items).toEqual({})
    expect(snapshot.eventCount).toBe(1)
  })
})
