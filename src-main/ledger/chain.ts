import { createHash } from 'node:crypto'
import { GENESIS_HASH, LedgerEventSchema } from './events'
import type { EventBody, LedgerEvent } from './events'

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

export function hashEvent(event: Omit<LedgerEvent, 'hash'>): string {
  const { seq, at, prevHash, type, data } = event
  return createHash('sha256').update(canonicalJson({ seq, at, prevHash, type, data })).digest('hex')
}

export function sealEvent(previous: LedgerEvent | undefined, at: Date, body: EventBody): LedgerEvent {
  const unsealed = {
    seq: (previous?.seq ?? 0) + 1,
    at: at.toISOString(),
    prevHash: previous?.hash ?? GENESIS_HASH,
    ...body,
  } as Omit<LedgerEvent, 'hash'>
  return { ...unsealed, hash: hashEvent(unsealed) } as LedgerEvent
}

export type ChainCheck =
  | { ok: true; events: LedgerEvent[] }
  | { ok: false; brokenAt: number; reason: string }

// Event numbers in messages are 1-based, as a person counts them.
export function verifyChain(raw: readonly unknown[]): ChainCheck {
  const events: LedgerEvent[] = []
  let prevHash = GENESIS_HASH
  for (const [index, candidate] of raw.entries()) {
    const n = index + 1
    const parsed = LedgerEventSchema.safeParse(candidate)
    if (!parsed.success) return { ok: false, brokenAt: n, reason: `event ${n} is not a valid ledger event` }
    const event = parsed.data as LedgerEvent
    if (event.seq !== n) return { ok: false, brokenAt: n, reason: `event ${n} is numbered ${event.seq}` }
    if (event.prevHash !== prevHash) {
      return { ok: false, brokenAt: n, reason: `event ${n} does not follow event ${n - 1}` }
    }
    if (hashEvent(event) !== event.hash) {
      return { ok: false, brokenAt: n, reason: `event ${n} was changed after it was recorded` }
    }
    events.push(event)
    prevHash = event.hash
  }
  return { ok: true, events }
}
