import type { z } from 'zod'
import { fail, ok } from '../../src-shared/result'
import type { Result } from '../../src-shared/result'
import { BUNDLE_FORMAT, BUNDLE_SCHEMA_VERSION, BundleSchema, MAX_BUNDLE_BYTES, MAX_BUNDLE_DEPTH, bundleDigest, nestedDeeperThan } from './bundle'
import type { Bundle } from './bundle'

export type ReadBundle = Result<Bundle>

// Plain names for the parts of a bundle, so a damaged one says which part is wrong.
const PART_NAMES: Record<string, string> = {
  format: 'its format name',
  schemaVersion: 'its format number',
  appVersion: 'the app version',
  exportedAt: 'the date it was saved',
  redacted: 'the note saying whether personal data was removed',
  profile: 'the user’s profile',
  events: 'the list of events',
  snapshot: 'the progress summary',
  chainCheck: 'the check made when it was saved',
  digest: 'its fingerprint',
}

function damagedPart(error: z.ZodError): string {
  const issue = error.issues[0]
  if (issue?.code === 'unrecognized_keys' && issue.path.length === 0) return 'it has parts this app does not know'
  const name = PART_NAMES[String(issue?.path[0])]
  return name ? `${name} is missing or of the wrong kind` : 'some of its parts are missing or of the wrong kind'
}

// Every check that needs no replay, cheapest first: size, text, depth, parse, format, every field, then the fingerprint.
export async function readBundle(name: string, bytes: Uint8Array, size: number): Promise<ReadBundle> {
  const refuse = (message: string): ReadBundle => fail('bad-input', message)
  if (size > MAX_BUNDLE_BYTES) {
    return refuse(`${name} is ${(size / 1024 / 1024).toFixed(1)} MB, but a support bundle is at most ${MAX_BUNDLE_BYTES / 1024 / 1024} MB.`)
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return refuse(`${name} is not a support bundle: it is not a JSON file.`)
  }
  if (nestedDeeperThan(text, MAX_BUNDLE_DEPTH)) {
    return refuse(`${name} is not a support bundle: its contents are nested more than ${MAX_BUNDLE_DEPTH} levels deep, and a support bundle never is.`)
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return refuse(`${name} is not a support bundle: it is not a JSON file.`)
  }
  const head = (raw ?? {}) as { format?: unknown; schemaVersion?: unknown }
  if (typeof raw !== 'object' || Array.isArray(raw) || head.format !== BUNDLE_FORMAT) return refuse(`${name} is not a TechPass support bundle.`)
  if (typeof head.schemaVersion === 'number' && head.schemaVersion > BUNDLE_SCHEMA_VERSION) {
    return refuse(
      `${name} was made by a newer version of the assistant (bundle format ${head.schemaVersion}; this app reads format ${BUNDLE_SCHEMA_VERSION}). Update this app to read it.`,
    )
  }
  const parsed = BundleSchema.safeParse(raw)
  if (!parsed.success) return refuse(`${name} is a damaged support bundle: ${damagedPart(parsed.error)}.`)
  // The fingerprint covers the file as written, so a part this app would ignore cannot be slipped in either.
  const { digest, ...body } = raw as Record<string, unknown>
  if ((await bundleDigest(body)) !== digest) {
    return refuse(`${name} was changed after it was exported: its fingerprint does not match. Ask the user to export it again.`)
  }
  return ok(parsed.data)
}
