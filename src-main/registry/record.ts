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
import { todayIn } from '../kit/deadlines'
import type { DomainBody, DomainEvent } from '../kit/events'
import type { RecordService } from '../kit/record'
import type { CurrentPolicy } from '../kit/slice'
import { stillCounts } from '../checklist/slice'
import { snapshotOf } from './snapshot'
import type { State } from './state'

interface RecordContext {
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
    guide: ctx.guide,
    settings: ctx.settings,
    clock: ctx.clock,
    // Read when asked, as the context may fill them in after the record opens (core-start.ts).
    get policies() {
      return ctx.policies
    },
    // Read when a handler counts a day, not when the record opens: the context may resolve the zone only then.
    get timeZone() {
      return ctx.timeZone
    },
    events: () => ledger.all(),
    state: () => ledger.state,
    stillCounts: (role, proof) => stillCounts(ledger.state.checklist, role, proof),
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
