import { applies } from '../../src-shared/applies'
import type { Handlers } from '../../src-shared/contract'
import { sectionByRole } from '../../src-shared/guide-schema'
import { day, inner, item as itemValue, say, section } from '../../src-shared/message'
import { evidence } from '../../src-shared/evidence'
import { checklistRefusals as refuse } from '../../src-shared/messages/refusals-checklist'
import { AppFailure } from '../errors'
import { pastDay } from '../kit/deadlines'
import type { RecordService } from '../kit/record'
import { expiryMsg, progress } from './engine'
import type { RecordFacts } from './engine'

// The checks run the engine here, on the facts the join hands in (src-main/registry/progress.ts), never through the
// record's snapshot, which would run this domain's engine again from the join.
export function checklistHandlers(record: RecordService, facts: () => RecordFacts): Pick<Handlers, 'checklist:confirm' | 'checklist:reopen'> {
  const progressNow = () => {
    const known = facts()
    const { guide, settings, timeZone } = record
    return { known, ...progress(known, { guide, now: record.clock.now(), days: settings.deadlines, timeZone }) }
  }
  return {
    'checklist:confirm'({ role, item: itemId, done, on }) {
      const { guide } = record
      const found = sectionByRole(guide, role)
      const item = found.items.find((i) => i.id === itemId)
      if (!item) throw new AppFailure('not-found', say(refuse.notInSection, { section: section(role) }))
      if (item.done.by === 'evidence') throw new AppFailure('not-allowed', say(evidence[item.done.evidence].cannotTick, { item: itemValue(role, item.id) }))
      const current = progressNow()
      if (!applies(item, current.known.profile)) throw new AppFailure('not-allowed', say(refuse.notForYou))
      const shown = current.sections.find((s) => s.role === role)?.items.find((i) => i.id === itemId)
      if (!shown) throw new AppFailure('not-allowed', say(refuse.notForYou))
      if (!done) return shown.done ? record.commit({ type: 'item-withdrawn', data: { role, item: itemId } }) : record.head()
      if (shown.done) return record.head()
      if (shown.blockedBy) throw new AppFailure('not-allowed', say(refuse.blocked, { reason: inner(shown.blockedBy) }))
      const when = on ? pastDay('done-on', on, record.clock.now(), record.timeZone) : null
      if (shown.needsDate) {
        const due = current.deadlines!.active!
        if (!when) throw new AppFailure('bad-input', say(refuse.dateNeeded, { due: day(due.due) }))
        if (when > due.due) {
          // The active deadline has passed here, so there is always a message for it.
          const expired = expiryMsg(current.deadlines!, record.settings.deadlines, current.known.registrationEmailOn !== null)!
          throw new AppFailure(
            'not-allowed',
            say(refuse.afterDeadline, { day: day(when), due: day(due.due), expired: inner(expired), section: section('request') }),
          )
        }
      }
      const invitedOn = current.known.invitedOn
      // Calendar days as YYYY-MM-DD compare as text.
      if (when && invitedOn && when < invitedOn) {
        throw new AppFailure('bad-input', say(refuse.beforeInvitation, { day: day(when), invited: day(invitedOn) }))
      }
      return record.commit({ type: 'item-confirmed', data: { role, item: itemId, on: when } })
    },
    'checklist:reopen'({ role }) {
      if (progressNow().sections.find((s) => s.role === role)?.status !== 'done') {
        throw new AppFailure('not-allowed', say(refuse.nothingToReopen, { section: section(role) }))
      }
      return record.commit({ type: 'section-reopened', data: { role } })
    },
  }
}
