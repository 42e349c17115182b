import { z } from 'zod'
import { sectionRoles } from '../../src-shared/guide-schema'
import { profileEvents } from '../profile/events'
import { registrationEvents } from '../registration/events'
import { requestEvents } from '../request/events'
import type { Fold } from '../ledger/checkpoint'
import type { DomainEvent } from '../kit/events'
import { applyEvent, initialState } from './state'
import type { State } from './state'

// The rules the fold follows. A checkpoint (src-main/ledger/checkpoint.ts) made under other rules is not trusted:
// raise this whenever a slice's `apply`, or anything it calls, changes what a state holds.
export const FOLD_RULES = 2

const Day = z.string().max(40)
const Proof = z.strictObject({ seq: z.number().int().min(1), at: z.string().max(40) })
const PolicyRecord = z.strictObject({ seq: z.number().int().min(1), at: z.string().max(40), version: z.string().max(200), sha256: z.string().max(200) })
const Key = z.string().max(400)

// The folded state as a checkpoint holds it: plain JSON, read back with every slice's shape checked.
export const StateSchema = z.strictObject({
  profile: z.strictObject({
    profile: profileEvents['profile-saved'].nullable(),
    saved: Proof.nullable(),
    dateKnown: Proof.nullable(),
    invitedOn: Day.nullable(),
    renewing: z.boolean(),
    renewals: z.number().int().min(0),
    seedEmail: z.strictObject({ expiredAt: z.string().max(40).nullable(), requestedAt: z.string().max(40).nullable() }),
  }),
  request: z.strictObject({
    details: requestEvents['request-sent'].shape.details.nullable(),
    sent: Proof.nullable(),
    emailOn: Day.nullable(),
    emailReceived: Proof.nullable(),
  }),
  registration: z.strictObject({ fields: registrationEvents['registration-saved'].shape.fields.nullable(), saved: Proof.nullable() }),
  mfa: z.strictObject({
    enrolled: z.strictObject({ ...Proof.shape, hash: z.string().regex(/^[0-9a-f]{64}$/) }).nullable(),
    storage: z.enum(['encrypted', 'memory-only']).nullable(),
    verified: Proof.nullable(),
    driftSeconds: z.number().int().nullable(),
    numberMatching: Proof.nullable(),
  }),
  policies: z.strictObject({ read: z.record(Key, PolicyRecord), accepted: z.record(Key, PolicyRecord) }),
  checklist: z.strictObject({
    confirmed: z.record(Key, z.strictObject({ seq: z.number().int().min(1), at: z.string().max(40), on: Day.nullable() })),
    resetAfter: z.partialRecord(z.enum(sectionRoles), z.number().int().min(0)),
    renewedAfter: z.number().int().min(0),
  }),
}) satisfies z.ZodType<State>

export const stateFold: Fold<DomainEvent, State> = {
  id: `state-${FOLD_RULES}`,
  initial: initialState,
  apply: applyEvent,
  schema: StateSchema as z.ZodType<State>,
}
