import type { Guide } from '../../src-shared/guide-schema'
import type { Snapshot } from '../../src-shared/snapshot-schema'
import type { Clock } from '../config/clock'
import type { Settings } from '../config/settings'
import { AppFailure } from '../errors'
import type { Ledger } from '../ledger/ledger'
import type { DomainBody, DomainEvent } from './events'
import type { CurrentPolicy } from './slice'
import { buildSnapshot } from './snapshot'
import { fold } from './state'
import type { State } from './state'

// What every domain's handlers work with: the record's state, and one way to add to it.
export interface RecordService {
  guide: Guide
  settings: Settings
  clock: Clock
  timeZone: string
  policies: readonly CurrentPolicy[]
  events(): readonly DomainEvent[]
  state(): State
  snapshot(): Snapshot
  /** Appends one event, then pushes the new snapshot. Nothing changes if the write fails. */
  commit(body: DomainBody): Snapshot
  acknowledgeRecovery(): Snapshot
  startOver(): { archivedTo: string | null; snapshot: Snapshot }
}

export interface RecordContext {
  guide: Guide
  settings: Settings
  clock: Clock
  timeZone: string
  policies: readonly CurrentPolicy[]
  notify(snapshot: Snapshot): void
}

const saveFailed = (path: string) =>
  new AppFailure('storage-failed', `Your progress could not be saved to ${path}. Nothing was changed. Check that the disk is not full or read-only, then try again.`)

export function createRecord(ledger: Ledger<DomainEvent, DomainBody>, ctx: RecordContext): RecordService {
  const snapshot = () => buildSnapshot(ctx, ledger.all(), ledger.recovery, ctx.clock.now())
  const publish = () => {
    const next = snapshot()
    ctx.notify(next)
    return next
  }
  return {
    ...ctx,
    events: () => ledger.all(),
    state: () => fold(ledger.all()),
    snapshot,
    commit(body) {
      try {
        ledger.append(body, ctx.clock.now())
      } catch {
        throw saveFailed(ledger.path)
      }
      return publish()
    },
    acknowledgeRecovery() {
      const notice = ledger.recovery
      if (!notice) return snapshot()
      try {
        ledger.append({ type: 'recovery-acknowledged', data: { reason: notice.reason, movedTo: notice.movedTo } }, ctx.clock.now())
      } catch {
        throw saveFailed(ledger.path)
      }
      return publish()
    },
    startOver() {
      let archivedTo: string | null
      try {
        archivedTo = ledger.startOver(ctx.clock.now())
      } catch {
        throw saveFailed(ledger.path)
      }
      return { archivedTo, snapshot: publish() }
    },
  }
}
