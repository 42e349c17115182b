import type { Guide } from '../../src-shared/guide-schema'
import type { AnyEvent } from '../ledger/envelope'
import { carriedAsWritten } from '../ledger/ledger'
import type { LedgerFormat } from '../ledger/ledger'
import { DomainEventSchema, LEDGER_VERSION } from './events'
import type { DomainBody, DomainEvent } from './events'
import { migrateV1 } from './migrate-v1'

// The app's ledger: every domain's events at today's file version, and how each older version is brought forward.
export function appLedgerFormat(guide: Guide): LedgerFormat<DomainEvent, DomainBody> {
  const migrate = (from: number, events: readonly AnyEvent[]) =>
    from === 1 ? migrateV1(guide, events) : from === 2 ? carriedAsWritten<DomainBody>(events, DomainEventSchema) : null
  return { version: LEDGER_VERSION, schema: DomainEventSchema, migrate }
}
