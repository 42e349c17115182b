import { sealEvent } from '../../../src-main/ledger/chain'
import type { EventBody, LedgerEvent } from '../../../src-main/ledger/events'

// Seals bodies into a valid chain, one minute apart from the start.
export function chainOf(bodies: EventBody[], start = new Date('2026-11-20T02:00:00.000Z')): LedgerEvent[] {
  const events: LedgerEvent[] = []
  for (const [i, body] of bodies.entries()) events.push(sealEvent(events.at(-1), new Date(start.getTime() + i * 60_000), body))
  return events
}

export const mark = (sectionId: string, itemId: string, done: boolean): EventBody => ({ type: 'item-marked', data: { sectionId, itemId, done } })
