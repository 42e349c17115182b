import { checklistEvents } from '../checklist/events'
import { eventSchemaFor, metaEvents } from '../ledger/envelope'
import type { BodyOf, SealedOf } from '../ledger/envelope'
import { mfaEvents } from '../mfa/events'
import { policyEvents } from '../policies/events'
import { profileEvents } from '../profile/events'
import { registrationEvents } from '../registration/events'
import { requestEvents } from '../request/events'

// The one list of event types: each domain's own, joined. Version 1 was the 0.1.0 format (see migrate-v1.ts);
// version 2 had today's events in one JSON document; version 3 writes them as JSON Lines (src-main/ledger/journal.ts).
export const LEDGER_VERSION = 3

const bodies = {
  ...metaEvents,
  ...profileEvents,
  ...requestEvents,
  ...registrationEvents,
  ...mfaEvents,
  ...policyEvents,
  ...checklistEvents,
} as const

export const DomainEventSchema = eventSchemaFor(bodies)
export type DomainEvent = SealedOf<typeof bodies>
export type DomainBody = BodyOf<typeof bodies>
export type EventType = DomainEvent['type']
export type EventOf<T extends EventType> = Extract<DomainEvent, { type: T }>
