import type { Guide } from '../../src-shared/guide-schema'
import type { ChosenLanguage } from '../../src-shared/languages'
import { say } from '../../src-shared/message'
import { storageFailures } from '../../src-shared/messages/storage'
import type { Snapshot } from '../../src-shared/snapshot-schema'
import type { Clock } from '../config/clock'
import type { Settings } from '../config/settings'
import { AppFailure } from '../errors'
import type { Ledger } from '../ledger/ledger'
import type { DomainBody, DomainEvent } from './events'
import type { CurrentPolicy } from './slice'
import { snapshotOf } from './snapshot'
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
  language?: () => ChosenLanguage
  notify(snapshot: Snapshot): void
}

const saveFailed = (path: string) => new AppFailure('storage-failed', say(storageFailures.notSaved, { path }))

export function createRecord(ledger: Ledger<DomainEvent, DomainBody, State>, ctx: RecordContext): RecordService {
  // The ledger folds its events when it opens (from its checkpoint when it can) and applies each one appended.
  const snapshot = () => snapshotOf(ctx, { state: ledger.state, count: ledger.count, last: ledger.last() }, ledger.recovery, ctx.clock.now())
  const publish = () => {
    const next = snapshot()
    ctx.notify(next)
    return next
  }
  const append = (body: Parameters<typeof ledger.append>[0]) => {
    try {
      ledger.append(body, ctx.clock.now())
    } catch {
      throw saveFailed(ledger.path)
    }
    return publish()
  }
  return {
    ...ctx,
    events: () => ledger.all(),
    state: () => ledger.state,
    snapshot,
    commit: (body) => append(body),
    acknowledgeRecovery() {
      const notice = ledger.recovery
      if (!notice) return snapshot()
      return append({ type: 'recovery-acknowledged', data: { reason: notice.reason, movedTo: notice.movedTo } })
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
