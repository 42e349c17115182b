import type { Guide } from '../../src-shared/guide-schema'
import { itemKey } from '../../src-shared/snapshot-schema'
import type { Snapshot } from '../../src-shared/snapshot-schema'
import type { Clock } from '../config/clock'
import { AppFailure } from '../ipc/app-failure'
import type { EventBody } from './events'
import type { Ledger } from './ledger'
import { reduce } from './reducer'

export interface LedgerService {
  snapshot(): Snapshot
  record(input: { sectionId: string; itemId: string; done: boolean }): Snapshot
  acknowledgeRecovery(): Snapshot
}

// Every change goes through here: append, recompute, push the new snapshot.
export function createLedgerService(ledger: Ledger, guide: Guide, clock: Clock, notify: (s: Snapshot) => void): LedgerService {
  const snapshot = () => reduce(guide, ledger.all(), ledger.recovery)
  const commit = (body: EventBody): Snapshot => {
    try {
      ledger.append(body, clock.now())
    } catch {
      throw new AppFailure(
        'storage-failed',
        `Your progress could not be saved to ${ledger.path}. Nothing was changed. Check that the disk is not full or read-only, then try again.`,
      )
    }
    const next = snapshot()
    notify(next)
    return next
  }
  return {
    snapshot,
    record({ sectionId, itemId, done }) {
      const section = guide.sections.find((s) => s.id === sectionId)
      if (!section) throw new AppFailure('not-found', 'That step is not in this version of the guide, so nothing was changed.')
      if (!section.items.some((item) => item.id === itemId)) {
        throw new AppFailure('not-found', `That checklist item is not part of “${section.title}”, so nothing was changed.`)
      }
      const current = snapshot()
      if ((current.items[itemKey(sectionId, itemId)]?.done ?? false) === done) return current
      return commit({ type: 'item-marked', data: { sectionId, itemId, done } })
    },
    acknowledgeRecovery() {
      const notice = ledger.recovery
      if (!notice) return snapshot()
      return commit({ type: 'recovery-acknowledged', data: { reason: notice.reason, movedTo: notice.movedTo } })
    },
  }
}
