import { createHash } from 'node:crypto'
import type { z } from 'zod'
import { GENESIS_HASH } from './envelope'

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

export type ChainCheck<E> = { ok: true; events: E[] } | { ok: false; brokenAt: number; reason: string }

// One verifier for ledgers and bundles. Event numbers in messages are 1-based, as a person counts them.
export function verifyChain<E extends Unsealed & { hash: string }>(raw: readonly unknown[], schema: z.ZodType<E>): ChainCheck<E> {
  const events: E[] = []
  let prevHash = GENESIS_HASH
  for (const [index, candidate] of raw.entries()) {
    const n = index + 1
    const parsed = schema.safeParse(candidate)
    if (!parsed.success) return { ok: false, brokenAt: n, reason: `event ${n} is not a valid ledger event` }
    const event = parsed.data
    if (event.seq !== n) return { ok: false, brokenAt: n, reason: `event ${n} is numbered ${event.seq}` }
    if (event.prevHash !== prevHash) return { ok: false, brokenAt: n, reason: `event ${n} does not follow event ${n - 1}` }
    if (hashEvent(event) !== event.hash) return { ok: false, brokenAt: n, reason: `event ${n} was changed after it was recorded` }
    events.push(event)
    prevHash = event.hash
  }
  return { ok: true, events }
}
