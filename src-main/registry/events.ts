import type { z } from 'zod'
import { checklistEvents } from '../checklist/events'
import type { DomainEvent } from '../kit/events'
import { eventSchemaFor, metaEvents } from '../ledger/envelope'
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
type Bodies = typeof bodies

// The kit's event types (src-main/kit/events.ts) are this list: the domains type their slices and handlers with them.
declare module '../kit/events' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface EventBodies extends Bodies {}
}

export const DomainEventSchema: z.ZodType<DomainEvent> = eventSchemaFor(bodies)
