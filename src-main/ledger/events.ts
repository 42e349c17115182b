import { z } from 'zod'

export const GENESIS_HASH = '0'.repeat(64)
const Hash = z.string().regex(/^[0-9a-f]{64}$/, 'a hash is 64 hexadecimal characters')

// Each event type: its name and the shape of its data. Later features add rows here.
const bodies = {
  'item-marked': z.strictObject({ sectionId: z.string().min(1), itemId: z.string().min(1), done: z.boolean() }),
  'recovery-acknowledged': z.strictObject({ reason: z.string().min(1), movedTo: z.string().min(1) }),
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
])
export type LedgerEvent = z.infer<typeof LedgerEventSchema>
export type EventBody = { [T in EventType]: { type: T; data: z.infer<Bodies[T]> } }[EventType]

export const LedgerFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  events: z.array(z.unknown()),
})
