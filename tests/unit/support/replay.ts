import { runToEnd } from '../../../src-main/ledger/slices'
import type { DomainEvent } from '../../../src-main/kit/events'
import { snapshotOf } from '../../../src-main/registry/snapshot'
import type { SnapshotContext } from '../../../src-main/registry/snapshot'
import { foldSteps } from '../../../src-main/registry/state'
import type { State } from '../../../src-main/registry/state'
import type { RecoveryNotice, Snapshot } from '../../../src-shared/snapshot-schema'

// Test oracles: a whole list of events replayed from nothing, to compare with what the record keeps event by event.
export const fold = (events: readonly DomainEvent[]): State => runToEnd(foldSteps(events))

export const buildSnapshot = (ctx: SnapshotContext, events: readonly DomainEvent[], recovery: RecoveryNotice | null, now: Date): Snapshot =>
  snapshotOf(ctx, { state: fold(events), count: events.length, last: events.at(-1) }, recovery, now)
