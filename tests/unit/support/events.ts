import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SectionRole } from '../../../src-shared/guide-schema'
import { sealEvent } from '../../../src-main/ledger/chain'
import { journalText } from '../../../src-main/ledger/journal'
import { LEDGER_FILE } from '../../../src-main/ledger/ledger'
import { DomainEventSchema, LEDGER_VERSION } from '../../../src-main/registry/events'
import type { DomainBody, DomainEvent } from '../../../src-main/kit/events'

// Seals bodies into a valid chain of today's events, one minute apart from the start; a body the app does not know throws.
export function chainOf(bodies: DomainBody[], start = new Date('2026-11-20T02:00:00.000Z')): DomainEvent[] {
  const events: DomainEvent[] = []
  for (const [i, body] of bodies.entries()) events.push(DomainEventSchema.parse(sealEvent(events.at(-1), new Date(start.getTime() + i * 60_000), body)))
  return events
}

export const confirmed = (role: SectionRole, item: string, on: string | null = null): DomainBody => ({ type: 'item-confirmed', data: { role, item, on } })

// A ledger of many events (registrations, confirmations and withdrawals in turn), written straight into `dir`:
// appending them one by one through the handlers would take minutes.
export function writeBigLedger(dir: string, count: number): string {
  const bodies = Array.from({ length: count }, (_, i): DomainBody =>
    i % 10 === 0
      ? { type: 'registration-saved', data: { fields: { username: 'ana', firstName: 'Ana', lastName: 'Lim', mobile: '+6591234567', department: 'GovTech' } } }
      : i % 2 === 0
        ? confirmed('registration', 'open-link')
        : { type: 'item-withdrawn', data: { role: 'registration', item: 'open-link' } },
  )
  writeFileSync(join(dir, LEDGER_FILE), journalText(LEDGER_VERSION, chainOf(bodies, new Date(Date.UTC(2026, 10, 1)))), { mode: 0o600 })
  return dir
}
