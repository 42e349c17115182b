import { GENESIS_HASH } from '../ledger/envelope'
import { DomainEventSchema as LedgerEventSchema } from '../registry/events'
import type { DomainEvent as LedgerEvent } from '../registry/events'
import { hashEvent } from '../ledger/chain'
import { hasRedactedData } from './bundle'

export type Integrity = { ok: true; events: LedgerEvent[]; checkedHashes: number } | { ok: false; brokenAt: number; reason: string }

// Every link is checked; an event's own hash is recomputed unless redaction replaced some of its data.
export function verifyBundleChain(raw: readonly unknown[], redacted: boolean): Integrity {
  const events: LedgerEvent[] = []
  let prevHash = GENESIS_HASH
  let checkedHashes = 0
  for (const [index, candidate] of raw.entries()) {
    const n = index + 1
    const parsed = LedgerEventSchema.safeParse(candidate)
    if (!parsed.success) return { ok: false, brokenAt: n, reason: `event ${n} is not a valid ledger event` }
    const event = parsed.data
    if (event.seq !== n) return { ok: false, brokenAt: n, reason: `event ${n} is numbered ${event.seq}` }
    if (event.prevHash !== prevHash) return { ok: false, brokenAt: n, reason: `event ${n} does not follow event ${n - 1}` }
    if (!(redacted && hasRedactedData(event))) {
      if (hashEvent(event) !== event.hash) return { ok: false, brokenAt: n, reason: `event ${n} was changed after it was recorded` }
      checkedHashes++
    }
    events.push(event)
    prevHash = event.hash
  }
  return { ok: true, events, checkedHashes }
}
