import type { z } from 'zod'
import { inner, say } from '../../src-shared/message'
import type { Msg } from '../../src-shared/message'
import { bundleParts, bundleRefusals as refusal } from '../../src-shared/messages/support'
import { fail, ok } from '../../src-shared/result'
import type { Result } from '../../src-shared/result'
import type { OpenedFile } from '../ports'
import { BUNDLE_FORMAT, BUNDLE_SCHEMA_VERSION, BundleSchema, MAX_BUNDLE_BYTES, MAX_BUNDLE_DEPTH, bundleDigest } from './bundle'
import { parseBundleText } from './bundle-text'
import type { Bundle } from './bundle'

type ReadBundle = Result<Bundle>

// A damaged bundle says which part is wrong, in plain names (src-shared/messages/support.ts).
function damaged(name: string, error: z.ZodError): Msg {
  const issue = error.issues[0]
  if (issue?.code === 'unrecognized_keys' && issue.path.length === 0) return say(refusal.unknownParts, { name })
  const key = String(issue?.path[0])
  return Object.hasOwn(bundleParts, key)
    ? say(refusal.damagedPart, { name, part: inner(say(bundleParts[key as keyof typeof bundleParts])) })
    : say(refusal.damaged, { name })
}

// Every check that needs no replay, cheapest first: what the files port found (an ordinary file, within the size: a
// bigger one was not read), then text, depth, parse, format, every field, then the fingerprint. Each long one pauses
// between slices, so importing a 5 MB bundle never holds main for one long turn.
export async function readBundle(name: string, file: OpenedFile): Promise<ReadBundle> {
  const refuse = (message: Msg): ReadBundle => fail('bad-input', message)
  if (file.read === 'not-a-file') return refuse(say(refusal.notAFile, { name }))
  if (file.read === 'too-large') {
    const megabytes = Math.round((file.size / 1024 / 1024) * 10) / 10
    return refuse(say(refusal.tooLarge, { name, megabytes, limit: MAX_BUNDLE_BYTES / 1024 / 1024 }))
  }
  // Decoded, depth-checked and parsed in slices (bundle-text.ts), with the same refusals as a parse of the whole text.
  const text = await parseBundleText(file.bytes, MAX_BUNDLE_DEPTH)
  if (!text.ok) {
    return refuse(text.problem === 'too-deep' ? say(refusal.tooDeep, { name, limit: MAX_BUNDLE_DEPTH }) : say(refusal.notJson, { name }))
  }
  const raw = text.value
  const head = (raw ?? {}) as { format?: unknown; schemaVersion?: unknown }
  if (typeof raw !== 'object' || Array.isArray(raw) || head.format !== BUNDLE_FORMAT) return refuse(say(refusal.notBundle, { name }))
  if (typeof head.schemaVersion === 'number' && head.schemaVersion > BUNDLE_SCHEMA_VERSION) {
    return refuse(say(refusal.newer, { name, found: head.schemaVersion, readable: BUNDLE_SCHEMA_VERSION }))
  }
  const parsed = BundleSchema.safeParse(raw)
  if (!parsed.success) return refuse(damaged(name, parsed.error))
  // The fingerprint covers the file as written, so a part this app would ignore cannot be slipped in either.
  const { digest, ...body } = raw as Record<string, unknown>
  if ((await bundleDigest(body)) !== digest) {
    return refuse(say(refusal.changed, { name }))
  }
  return ok(parsed.data)
}
