import type { SectionRole } from '../../../src-shared/guide-schema'
import { sealEvent } from '../../../src-main/ledger/chain'
import { DomainEventSchema } from '../../../src-main/registry/events'
import type { DomainBody, DomainEvent } from '../../../src-main/registry/events'

// Seals bodies into a valid chain of today's events, one minute apart from the start; a body the app does not know throws.
export function chainOf(bodies: DomainBody[], start = new Date('2026-11-20T02:00:00.000Z')): DomainEvent[] {
  const events: DomainEvent[] = []
  for (const [i, body] of bodies.entries()) events.push(DomainEventSchema.parse(sealEvent(events.at(-1), new Date(start.getTime() + i * 60_000), body)))
  return events
}

export const confirmed = (role: SectionRole, item: string, on: string | null = null): DomainBody => ({ type: 'item-confirmed', data: { role, item, on } })
