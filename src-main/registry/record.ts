import type { Guide } from '../../src-shared/guide-schema'
import type { ChosenLanguage } from '../../src-shared/languages'
import { say } from '../../src-shared/message'
import { storageFailures } from '../../src-shared/messages/storage'
import type { Head } from '../../src-shared/contract'
import type { Snapshot } from '../../src-shared/snapshot-schema'
import type { Clock } from '../config/clock'
import type { Settings } from '../config/settings'
import { AppFailure } from '../errors'
import { GENESIS_HASH } from '../ledger/envelope'
import type { Ledger } from '../ledger/ledger'
import { todayIn } from '../profile/deadlines'
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
  /** Built once per head (and day and language): asked again within one change, it is the same object. */
  snapshot(): Snapshot
  /** Where the record stands: what a command answers, the snapshot itself going out once, in the push. */
  head(): Head
  /** Appends one event, then pushes the new snapshot. Nothing changes if the write fails. */
  commit(body: DomainBody): Head
  acknowledgeRecovery(): Head
  startOver(): { archivedTo: string | null; head: Head }
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
  // A snapshot depends on the record's head, the calendar day (deadlines count days), the language (the status code) and
  // the recovery notice: while those stay, a handler's check, the push and later reads all get the one already built.
  let cached: { key: string; recovery: unknown; snapshot: Snapshot } | null = null
  const head = (): Head => ({ eventCount: ledger.count, headHash: ledger.last()?.hash ?? GENESIS_HASH })
  const snapshot = () => {
    const now = ctx.clock.now()
    const { eventCount, headHash } = head()
    const key = `${eventCount}|${headHash}|${todayIn(now, ctx.timeZone)}|${ctx.language?.() ?? ''}`
    if (cached?.key === key && cached.recovery === ledger.recovery) return cached.snapshot
    const built = snapshotOf(ctx, { state: ledger.state, count: ledger.count, last: ledger.last() }, ledger.recovery, now)
    cached = { key, recovery: ledger.recovery, snapshot: built }
    return built
  }
  const publish = (): Head => {
    ctx.notify(snapshot())
    return head()
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
    head,
    commit: (body) => append(body),
    acknowledgeRecovery() {
      const notice = ledger.recovery
      if (!notice) return head()
      return append({ type: 'recovery-acknowledged', data: { reason: notice.reason, movedTo: notice.movedTo } })
    },
    startOver() {
      let archivedTo: string | null
      try {
        archivedTo = ledger.startOver(ctx.clock.now())
      } catch {
        throw saveFailed(ledger.path)
      }
      return { archivedTo, head: publish() }
    },
  }
}
