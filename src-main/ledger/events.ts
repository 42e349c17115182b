import { z } from 'zod'
import { PolicyIdSchema } from '../../src-shared/policy-schema'

export const GENESIS_HASH = '0'.repeat(64)
const Hash = z.string().regex(/^[0-9a-f]{64}$/, 'a hash is 64 hexadecimal characters')

// Each event type: its name and the shape of its data. Later features add rows here.
const Str = z.string().max(2000)
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const officer = { officerName: Str.optional(), officerEmail: Str.optional(), companyAddress: Str.optional() }

const bodies = {
  'item-marked': z.strictObject({ sectionId: z.string().min(1), itemId: z.string().min(1), done: z.boolean() }),
  'recovery-acknowledged': z.strictObject({ reason: z.string().min(1), movedTo: z.string().min(1) }),
  'ledger-started': z.strictObject({ archivedFrom: Str.nullable() }),
  'profile-saved': z.strictObject({
    audience: z.enum(['vendor', 'offshore-odc', 'offshore-non-odc']),
    seedProvisioned: z.boolean(),
    orgEmail: Str,
    onboardingEmailOn: Day.nullable(),
  }),
  'request-sent': z.strictObject({
    details: z.strictObject({ orgEmail: Str, mobile: Str, projectName: Str, ...officer }),
  }),
  'registration-email-received': z.strictObject({ on: Day }),
  'registration-saved': z.strictObject({
    fields: z.strictObject({ username: Str, firstName: Str, lastName: Str, mobile: Str, department: Str, ...officer }),
  }),
  'section-reopened': z.strictObject({ sectionId: z.string().min(1) }),
  'invitation-renewal-started': z.strictObject({ expiredOn: Day }),
  // MFA evidence: never the secret, never a code.
  'mfa-enrolled': z.strictObject({ storage: z.enum(['encrypted', 'memory-only']) }),
  'mfa-verified': z.strictObject({}),
  'mfa-drift-seen': z.strictObject({ seconds: z.number().int() }),
  'number-matching-practised': z.strictObject({}),
  'password-reset-confirmed': z.strictObject({}),
  'policy-accepted': z.strictObject({
    id: PolicyIdSchema,
    version: z.string().min(1).max(32),
    sha256: Hash,
  }),
} as const
type Bodies = typeof bodies
export type EventType = keyof Bodies

const envelope = {
  seq: z.number().int().min(1),
  at: z.iso.datetime({ offset: true }),
  prevHash: Hash,
  hash: Hash,
}

const variant = <T extends EventType>(type: T) =>
  z.strictObject({ ...envelope, type: z.literal(type), data: bodies[type] })

export const LedgerEventSchema = z.discriminatedUnion('type', [
  variant('item-marked'),
  variant('recovery-acknowledged'),
  variant('ledger-started'),
  variant('profile-saved'),
  variant('request-sent'),
  variant('registration-email-received'),
  variant('registration-saved'),
  variant('section-reopened'),
  variant('invitation-renewal-started'),
  variant('mfa-enrolled'),
  variant('mfa-verified'),
  variant('mfa-drift-seen'),
  variant('number-matching-practised'),
  variant('password-reset-confirmed'),
  variant('policy-accepted'),
])
export type LedgerEvent = z.infer<typeof LedgerEventSchema>
export type EventData<T extends EventType> = z.infer<Bodies[T]>
export type EventBody = { [T in EventType]: { type: T; data: z.infer<Bodies[T]> } }[EventType]

export const LedgerFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  events: z.array(z.unknown()),
})
