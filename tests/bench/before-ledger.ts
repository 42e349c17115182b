import type { Snapshot } from '../../src-shared/snapshot-schema'
import { sealEvent, verifyChain } from '../../src-main/ledger/chain'
import { openConfStore } from '../../src-main/storage/conf-store'
import { LegacyFileSchema } from '../../src-main/ledger/envelope'
import { DomainEventSchema } from '../../src-main/registry/events'
import type { DomainBody, DomainEvent } from '../../src-main/kit/events'
import { buildSnapshot } from '../unit/support/replay'
import type { SnapshotContext } from '../../src-main/registry/snapshot'

// The ledger as it was before JSON Lines (commit 0962a31), kept only in the bench to measure against in the same
// run: one JSON document in ledger.json through conf, rewritten whole on every append, and every snapshot folded
// from all the events. Opening it read the file twice (conf's constructor, then its store getter).
export function openBefore(dir: string) {
  const store = openConfStore({ dir, name: 'ledger' })
  const file = LegacyFileSchema.safeParse(store.read())
  if (!file.success) throw new Error('the "before" bench ledger is not a version 2 file')
  const check = verifyChain(file.data.events, DomainEventSchema)
  if (!check.ok) throw new Error(`the "before" bench ledger failed its chain check: ${JSON.stringify(check.error.reason)}`)
  let events: readonly DomainEvent[] = check.value.events
  return {
    count: () => events.length,
    /** The first snapshot after opening, folded from all the events as every snapshot was. */
    snapshot: (at: Date, ctx: SnapshotContext): Snapshot => buildSnapshot(ctx, events, null, at),
    commit(body: DomainBody, at: Date, ctx: SnapshotContext): Snapshot {
      const event = DomainEventSchema.parse(sealEvent(events.at(-1), at, body))
      const next = [...events, event]
      store.write({ schemaVersion: file.data.schemaVersion, events: next })
      events = next
      return buildSnapshot(ctx, events, null, at)
    },
  }
}
