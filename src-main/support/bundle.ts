import { createHash } from 'node:crypto'
import { z } from 'zod'
import { canonicalJson } from '../ledger/chain'
import type { DomainEvent } from '../registry/events'

export const BUNDLE_FORMAT = 'techpass-support-bundle' as const
export const BUNDLE_SCHEMA_VERSION = 1
export const MAX_BUNDLE_BYTES = 5 * 1024 * 1024
export const REDACTED = '[redacted]'

export const BundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  schemaVersion: z.number().int().min(1),
  appVersion: z.string(),
  exportedAt: z.string(),
  redacted: z.boolean(),
  profile: z.unknown(),
  events: z.array(z.unknown()),
  snapshot: z.unknown(),
  chainCheck: z.object({ ok: z.boolean(), brokenAt: z.number().int().nullable(), eventCount: z.number().int() }),
  digest: z.string().regex(/^[0-9a-f]{64}$/),
})
export type Bundle = z.infer<typeof BundleSchema>

// The bundle's own fingerprint: any edit after export, redacted or not, changes it.
export const bundleDigest = (bundle: Omit<Bundle, 'digest'>): string =>
  createHash('sha256').update(canonicalJson(bundle)).digest('hex')

// Personal data, wherever it appears in events, the profile or the snapshot: names, emails, phones, addresses, paths.
const PERSONAL_KEYS = new Set([
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
  // A recovery notice's message quotes the moved file's path, which holds the OS user name.
  'message',
])

export function redact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(redact) as T
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = PERSONAL_KEYS.has(k) && v !== null && v !== undefined ? REDACTED : redact(v)
    return out as T
  }
  return value
}

export const hasRedactedData = (event: DomainEvent): boolean => JSON.stringify(event.data).includes(`"${REDACTED}"`)
