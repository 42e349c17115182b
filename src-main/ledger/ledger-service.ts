import type { Guide } from '../../src-shared/guide-schema'
import type { Snapshot } from '../../src-shared/snapshot-schema'
import type { Clock } from '../config/clock'
import type { Settings } from '../config/settings'
import { AppFailure } from '../ipc/app-failure'
import { buildSnapshot } from '../onboarding/snapshot'
import type { CurrentPolicy } from '../onboarding/snapshot'
import { fold } from './fold'
import type { Folded } from './fold'
import type { EventBody, LedgerEvent } from './events'
import type { Ledger } from './ledger'

export interface LedgerService {
  snapshot(): Snapshot
  /** The folded events, for services that need more than the snapshot shows. */
  state(): Folded
  events(): readonly LedgerEvent[]
  commit(body: EventBody): Snapshot
  record(input: { sectionId: string; itemId: string; done: boolean }): Snapshot
  reopen(sectionId: string): Snapshot
  acknowledgeRecovery(): Snapshot
  startOver(): { archivedTo: string | null; snapshot: Snapshot }
}

export interface LedgerContext {
  guide: Guide
  clock: Clock
  settings: Settings
  timeZone: string
  /** The policies as loaded now; acceptances of other versions are stale. */
  policies?: readonly CurrentPolicy[]
  notify(snapshot: Snapshot): void
}

const saveFailed = (path: string) =>
  new AppFailure('storage-failed', `Your progress could not be saved to ${path}. Nothing was changed. Check that the disk is not full or read-only, then try again.`)

// Every change goes through here: append, recompute, push the new snapshot.
export function createLedgerService(ledger: Ledger, ctx: LedgerContext): LedgerService {
  const { guide, clock } = ctx
  const snapshot = () => buildSnapshot(guide, ledger.all(), ledger.recovery, clock.now(), ctx.settings, ctx.timeZone, ctx.policies)
  const publish = () => {
    const next = snapshot()
    ctx.notify(next)
    return next
  }
  const commit = (body: EventBody): Snapshot => {
    try {
      ledger.append(body, clock.now())
    } catch {
      throw saveFailed(ledger.path)
    }
    return publish()
  }
  const section = (sectionId: string) => {
    const found = guide.sections.find((s) => s.id === sectionId)
    if (!found) throw new AppFailure('not-found', 'That step is not in this version of the guide, so nothing was changed.')
    return found
  }
  return {
    snapshot,
    state: () => fold(guide, ledger.all()),
    events: () => ledger.all(),
    commit,
    record({ sectionId, itemId, done }) {
      const found = section(sectionId)
      const guideItem = found.items.find((item) => item.id === itemId)
      if (!guideItem) throw new AppFailure('not-found', `That checklist item is not part of “${found.title}”, so nothing was changed.`)
      if (guideItem.policies) throw new AppFailure('not-allowed', 'This item ticks itself when you accept the policies on this page. Nothing was changed.')
      const current = snapshot()
      const item = current.sections.find((s) => s.id === sectionId)?.items.find((i) => i.id === itemId)
      if (!item) throw new AppFailure('not-allowed', 'That checklist item does not apply to you, so nothing was changed.')
      return item.done === done ? current : commit({ type: 'item-marked', data: { sectionId, itemId, done } })
    },
    reopen(sectionId) {
      const found = section(sectionId)
      const current = snapshot()
      if (current.sections.find((s) => s.id === sectionId)?.status !== 'done') {
        throw new AppFailure('not-allowed', `“${found.title}” is not finished, so there is nothing to reopen.`)
      }
      return commit({ type: 'section-reopened', data: { sectionId } })
    },
    acknowledgeRecovery() {
      const notice = ledger.recovery
      if (!notice) return snapshot()
      return commit({ type: 'recovery-acknowledged', data: { reason: notice.reason, movedTo: notice.movedTo } })
    },
    startOver() {
      let archivedTo: string | null
      try {
        archivedTo = ledger.startOver(clock.now())
      } catch {
        throw saveFailed(ledger.path)
      }
      return { archivedTo, snapshot: publish() }
    },
  }
}
