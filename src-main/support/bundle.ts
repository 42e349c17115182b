import { createHash } from 'node:crypto'
import { z } from 'zod'
import { BundledSnapshotSchema, SnapshotSchema } from '../../src-shared/snapshot-schema'
import { canonicalJson } from '../ledger/chain'
import type { RedactionRule } from '../ledger/chain'
import { runInSlices, SLICE } from '../ledger/slices'
import type { Steps } from '../ledger/slices'

export const BUNDLE_FORMAT = 'techpass-support-bundle' as const
// Format 3 stores the snapshot's sentences as message ids with values, so the helpdesk reads them in its own language.
// Format 2 (the same events, with English sentences in its snapshot) and format 1 (from 0.1.0, its events brought
// forward) are still read.
export const BUNDLE_SCHEMA_VERSION = 3
export const MAX_BUNDLE_BYTES = 5 * 1024 * 1024
// A real bundle is about 6 levels deep; far deeper is refused before anything parses or hashes it.
export const MAX_BUNDLE_DEPTH = 32
const REDACTED = '[redacted]'

const isRealDate = (v: string) => !Number.isNaN(Date.parse(v))

// Every part is checked before use; the events are checked one by one by the chain verifier.
const common = {
  format: z.literal(BUNDLE_FORMAT),
  appVersion: z.string().regex(/^[0-9A-Za-z.+-]{1,64}$/),
  exportedAt: z.iso.datetime({ offset: true }).refine(isRealDate),
  redacted: z.boolean(),
  events: z.array(z.unknown()),
  chainCheck: z.strictObject({ ok: z.boolean(), brokenAt: z.number().int().min(1).nullable(), eventCount: z.number().int().min(0) }),
  digest: z.string().regex(/^[0-9a-f]{64}$/),
}

// The profile and snapshot ride along for people reading the file; the view is always rebuilt from the events.
// Format 2's snapshot holds English sentences where format 3 has messages: it is accepted with either, kept as written.
// Format 1 wrote them in 0.1.0's shape, which is kept as written (only objects, only as deep as the depth limit).
export const BundleSchema = z.discriminatedUnion('schemaVersion', [
  z.strictObject({ ...common, schemaVersion: z.literal(BUNDLE_SCHEMA_VERSION), profile: SnapshotSchema.shape.profile, snapshot: SnapshotSchema }),
  z.strictObject({ ...common, schemaVersion: z.literal(2), profile: BundledSnapshotSchema.shape.profile, snapshot: BundledSnapshotSchema }),
  z.strictObject({
    ...common,
    schemaVersion: z.literal(1),
    profile: z.record(z.string(), z.unknown()).nullable(),
    snapshot: z.record(z.string(), z.unknown()),
  }),
])
export type Bundle = z.infer<typeof BundleSchema>

// sha256 of canonicalJson(body), fed one list item at a time so a 5 MB bundle is hashed in slices.
function* digestSteps(body: Record<string, unknown>): Steps<string> {
  const hash = createHash('sha256')
  const keys = Object.keys(body)
    .filter((k) => body[k] !== undefined)
    .sort()
  hash.update('{')
  for (const [i, key] of keys.entries()) {
    hash.update(`${i > 0 ? ',' : ''}${JSON.stringify(key)}:`)
    const value = body[key]
    if (!Array.isArray(value)) {
      hash.update(canonicalJson(value))
      continue
    }
    hash.update('[')
    for (const [j, item] of value.entries()) {
      if (j > 0 && j % SLICE === 0) yield
      hash.update(`${j > 0 ? ',' : ''}${canonicalJson(item)}`)
    }
    hash.update(']')
  }
  hash.update('}')
  return hash.digest('hex')
}

// The bundle's own fingerprint. It has no key: it shows damage or an edit, not who made the file.
export const bundleDigest = (body: Record<string, unknown>): Promise<string> => runInSlices(digestSteps(body))

// Personal data, wherever it appears in events, the profile or the snapshot: names, emails, phones, addresses, paths.
const PERSONAL_KEYS: ReadonlySet<string> = new Set([
  'orgEmail',
  'mobile',
  'officerName',
  'officerEmail',
  'companyAddress',
  'username',
  'firstName',
  'lastName',
  'movedTo',
  'archivedFrom',
  // A recovery notice's message carries the moved file's path as its value `movedTo`, so it is removed with the rest.
])

// Only the fields redaction writes may hold the marker when a bundle is verified.
export const REDACTION_RULE: RedactionRule = { marker: REDACTED, fields: PERSONAL_KEYS }

export function redact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(redact) as T
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = PERSONAL_KEYS.has(k) && v !== null && v !== undefined ? REDACTED : redact(v)
    return out as T
  }
  return value
}
