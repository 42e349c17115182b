import { createHash } from 'node:crypto'
import type { z } from 'zod'
import { say } from '../../src-shared/message'
import type { Msg } from '../../src-shared/message'
import { chainProblems as problem } from '../../src-shared/messages/recovery'
import { failWith, ok } from '../../src-shared/result'
import type { Result } from '../../src-shared/result'
import { GENESIS_HASH } from './envelope'
import { runInSlices, runToEnd, SLICE } from './slices'
import type { Steps } from './slices'

// Keys sorted at every level, so the hash does not depend on how a file was written.
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

interface Unsealed {
  seq: number
  at: string
  prevHash: string
  type: string
  data: unknown
}

export function hashEvent(event: Unsealed): string {
  const { seq, at, prevHash, type, data } = event
  return createHash('sha256').update(canonicalJson({ seq, at, prevHash, type, data })).digest('hex')
}

export function sealEvent<B extends { type: string; data: unknown }>(previous: { seq: number; hash: string } | undefined, at: Date, body: B) {
  const unsealed = { seq: (previous?.seq ?? 0) + 1, at: at.toISOString(), prevHash: previous?.hash ?? GENESIS_HASH, type: body.type, data: body.data }
  return { ...unsealed, hash: hashEvent(unsealed) } as B & { seq: number; at: string; prevHash: string; hash: string }
}

/** Where a chain breaks, and why. Event numbers are 1-based, as a person counts them. */
export interface ChainBreak {
  brokenAt: number
  reason: Msg
}

type ChainCheck<E> = Result<{ events: E[]; checkedInFull: number; checkedByLinkOnly: number }, ChainBreak>

/** Which fields an export may have replaced with a marker; an event whose hash fails only because of them is checked by its link. */
export interface RedactionRule {
  marker: string
  fields: ReadonlySet<string>
}

// Counts the markers in an event's data: where redaction writes them, and anywhere else (which redaction never does).
function markersIn(value: unknown, rule: RedactionRule, key: string | null, found = { personal: 0, elsewhere: 0 }) {
  if (value === rule.marker) found[key !== null && rule.fields.has(key) ? 'personal' : 'elsewhere']++
  else if (Array.isArray(value)) for (const item of value) markersIn(item, rule, null, found)
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) markersIn(v, rule, k, found)
  return found
}

// The chain rule for one event: a known event, numbered n, linked to the one before. Whether its hash holds is
// returned, not judged: a bundle may have redacted it. Event numbers are 1-based, as a person counts them.
export function checkSealed<E extends Unsealed & { hash: string }>(
  candidate: unknown,
  n: number,
  prevHash: string,
  schema: z.ZodType<E>,
): { event: E; hashHolds: boolean } | { reason: Msg } {
  const parsed = schema.safeParse(candidate)
  if (!parsed.success) return { reason: say(problem.unknown, { n }) }
  const event = parsed.data
  if (event.seq !== n) return { reason: say(problem.misnumbered, { n, seq: event.seq }) }
  if (event.prevHash !== prevHash) return { reason: say(problem.unlinked, { n, previous: n - 1 }) }
  return { event, hashHolds: hashEvent(event) === event.hash }
}

// The one chain verifier for event lists, ledgers brought forward and bundles alike.
function* chainSteps<E extends Unsealed & { hash: string }>(raw: readonly unknown[], schema: z.ZodType<E>, redaction?: RedactionRule): Steps<ChainCheck<E>> {
  const events: E[] = []
  let prevHash = GENESIS_HASH
  let checkedByLinkOnly = 0
  for (const [index, candidate] of raw.entries()) {
    if (index > 0 && index % SLICE === 0) yield
    const n = index + 1
    const sealed = checkSealed(candidate, n, prevHash, schema)
    if ('reason' in sealed) return failWith({ brokenAt: n, reason: sealed.reason })
    const { event } = sealed
    if (!sealed.hashHolds) {
      const markers = redaction ? markersIn(event.data, redaction, null) : { personal: 0, elsewhere: 0 }
      if (markers.elsewhere > 0) return failWith({ brokenAt: n, reason: say(problem.removedWhereNoPersonalData, { n }) })
      if (markers.personal === 0) return failWith({ brokenAt: n, reason: say(problem.changed, { n }) })
      checkedByLinkOnly++
    }
    events.push(event)
    prevHash = event.hash
  }
  return ok({ events, checkedInFull: events.length - checkedByLinkOnly, checkedByLinkOnly })
}

// An older ledger file brought forward: checked straight through, every event in full.
export const verifyChain = <E extends Unsealed & { hash: string }>(raw: readonly unknown[], schema: z.ZodType<E>): ChainCheck<E> =>
  runToEnd(chainSteps(raw, schema))

// Importing a bundle: the same check in slices, so the window keeps responding; redacted fields are checked by link only.
export const verifyChainInSlices = <E extends Unsealed & { hash: string }>(
  raw: readonly unknown[],
  schema: z.ZodType<E>,
  redaction?: RedactionRule,
): Promise<ChainCheck<E>> => runInSlices(chainSteps(raw, schema, redaction))
