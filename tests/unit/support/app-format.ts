import type { LedgerFormat } from '../../../src-main/ledger/ledger'
import { DomainEventSchema, LEDGER_VERSION } from '../../../src-main/registry/events'
import type { DomainBody, DomainEvent } from '../../../src-main/registry/events'

// The app's own ledger format (the events every domain declares, at today's file version), without migration.
export const appFormat: LedgerFormat<DomainEvent, DomainBody> = { version: LEDGER_VERSION, schema: DomainEventSchema, migrate: () => null }
