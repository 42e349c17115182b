import type { Guide } from '../../src-shared/guide-schema'
import type { AnyEvent } from '../ledger/envelope'
import { carriedAsWritten } from '../ledger/ledger'
import type { LedgerFormat } from '../ledger/ledger'
import { DomainEventSchema, LEDGER_VERSION } from './events'
import type { DomainBody, DomainEvent } from '../kit/events'
import { migrateV1 } from './migrate-v1'
import type { State } from './state'
import { stateFold } from './state-schema'

// The app's ledger: every domain's events at today's file version, how each older version is brought forward, and
// how the events fold into the record's state (which the ledger keeps, with a checkpoint of it). The fold's id names the
// app's version too, so a checkpoint written by another release is never trusted, even if no slice's `rules` was raised.
export function appLedgerFormat(guide: Guide, appVersion: string): LedgerFormat<DomainEvent, DomainBody, State> {
  const migrate = (from: number, events: readonly AnyEvent[]) =>
    from === 1 ? migrateV1(guide, events) : from === 2 ? carriedAsWritten<DomainBody>(events, DomainEventSchema) : null
  return { version: LEDGER_VERSION, schema: DomainEventSchema, migrate, fold: { ...stateFold, id: `${stateFold.id}@${appVersion}` } }
}
