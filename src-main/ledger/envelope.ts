import { z } from 'zod'

// The ledger is generic: it chains events of any type. Domains declare their event bodies; the registry joins them.
export const GENESIS_HASH = '0'.repeat(64)
export const Hash = z.string().regex(/^[0-9a-f]{64}$/, 'a hash is 64 hexadecimal characters')

const envelope = {
  seq: z.number().int().min(1),
  at: z.iso.datetime({ offset: true }),
  prevHash: Hash,
  hash: Hash,
}

type BodyMap = Record<string, z.ZodType>

// What a sealed event of each declared type looks like, and what a caller hands in to append one.
export type SealedOf<B extends BodyMap> = {
  [T in keyof B & string]: { seq: number; at: string; prevHash: string; hash: string; type: T; data: z.output<B[T]> }
}[keyof B & string]
export type BodyOf<B extends BodyMap> = { [T in keyof B & string]: { type: T; data: z.output<B[T]> } }[keyof B & string]

// Any sealed event, whatever its type: what the chain check reads before it knows the types.
export const AnyEventSchema = z.strictObject({ ...envelope, type: z.string().min(1).max(64), data: z.unknown() })
export type AnyEvent = z.infer<typeof AnyEventSchema>

// The store's own events: what happened to the record itself, not what the user did.
const Path = z.string().max(2000)
export const metaEvents = {
  'ledger-started': z.strictObject({ archivedFrom: Path.nullable() }),
  'recovery-acknowledged': z.strictObject({ reason: z.string().min(1).max(40), movedTo: Path.min(1) }),
  'ledger-migrated': z.strictObject({ fromVersion: z.number().int().min(1), backup: Path.min(1) }),
} as const

// What each event schema was made of: its bodies by type (a line whose envelope was checked by hand needs only its body
// checked), and the union of every type's sealed event, built once.
const madeOf = new WeakMap<z.ZodType, { bodies: BodyMap; union: () => z.ZodType }>()

// The union is built the first time something parses with the schema (an append, a support bundle's check) or when
// prepareEventSchema asks for it: a start reads its lines by envelope and body alone (line-check.ts), so it never builds
// the union's hundred-odd schemas before the window.
export function eventSchemaFor<B extends BodyMap>(bodies: B): z.ZodType<SealedOf<B>> {
  if (Object.keys(bodies).length === 0) throw new Error('a ledger needs at least one event type')
  let built: z.ZodType | undefined
  const union = () => {
    if (built) return built
    const [first, ...rest] = Object.entries(bodies).map(([type, body]) => z.strictObject({ ...envelope, type: z.literal(type), data: body }))
    built = z.discriminatedUnion('type', [first!, ...rest])
    return built
  }
  const schema = z.lazy(union) as unknown as z.ZodType<SealedOf<B>>
  madeOf.set(schema, { bodies, union })
  return schema
}

/** Builds the union now: core-services.ts asks once the window exists, so the user's first save does not wait for it. */
export const prepareEventSchema = (schema: z.ZodType): void => void madeOf.get(schema)?.union()

// The body schema of one event type, or undefined when the type is unknown or the schema was not made above.
export function bodySchemaOf(schema: z.ZodType, type: string): z.ZodType | undefined {
  const bodies = madeOf.get(schema)?.bodies
  return bodies && Object.hasOwn(bodies, type) ? bodies[type] : undefined
}

// Versions 1 and 2 kept the whole record as one JSON document (through conf): read only to bring it forward.
export const LegacyFileSchema = z.strictObject({
  schemaVersion: z.number().int().min(1),
  events: z.array(z.unknown()),
})
