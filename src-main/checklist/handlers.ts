import { applies } from '../../src-shared/applies'
import type { Handlers } from '../../src-shared/contract'
import { sectionByRole } from '../../src-shared/guide-schema'
import { day, inner, item as itemValue, say, section } from '../../src-shared/message'
import { cannotTickEvidence, checklistRefusals as refuse } from '../../src-shared/messages/refusals-checklist'
import { AppFailure } from '../errors'
import { expiryMsg } from './engine'
import { pastDay } from '../kit/deadlines'
import type { RecordService } from '../kit/record'

export function checklistHandlers(record: RecordService): Pick<Handlers, 'checklist:confirm' | 'checklist:reopen'> {
  return {
    'checklist:confirm'({ role, item: itemId, done, on }) {
      const { guide } = record
      const found = sectionByRole(guide, role)
      const item = found.items.find((i) => i.id === itemId)
      if (!item) throw new AppFailure('not-found', say(refuse.notInSection, { section: section(role) }))
      if (item.done.by === 'evidence') throw new AppFailure('not-allowed', say(cannotTickEvidence[item.done.evidence], { item: itemValue(role, item.id) }))
      const state = record.state()
      if (!applies(item, state.profile.profile)) throw new AppFailure('not-allowed', say(refuse.notForYou))
      const current = record.snapshot()
      const progress = current.sections.find((s) => s.role === role)?.items.find((i) => i.id === itemId)
      if (!progress) throw new AppFailure('not-allowed', say(refuse.notForYou))
      if (!done) return progress.done ? record.commit({ type: 'item-withdrawn', data: { role, item: itemId } }) : record.head()
      if (progress.done) return record.head()
      if (progress.blockedBy) throw new AppFailure('not-allowed', say(refuse.blocked, { reason: inner(progress.blockedBy) }))
      const when = on ? pastDay('done-on', on, record.clock.now(), record.timeZone) : null
      if (progress.needsDate) {
        const due = current.deadlines!.active!
        if (!when) throw new AppFailure('bad-input', say(refuse.dateNeeded, { due: day(due.due) }))
        if (when > due.due) {
          // The active deadline has passed here, so there is always a message for it.
          const expired = expiryMsg(current.deadlines!, record.settings.deadlines, current.request.registrationEmailOn !== null)!
          throw new AppFailure(
            'not-allowed',
            say(refuse.afterDeadline, { day: day(when), due: day(due.due), expired: inner(expired), section: section('request') }),
          )
        }
      }
      const invitedOn = current.invitation.invitedOn
      // Calendar days as YYYY-MM-DD compare as text.
      if (when && invitedOn && when < invitedOn) {
        throw new AppFailure('bad-input', say(refuse.beforeInvitation, { day: day(when), invited: day(invitedOn) }))
      }
      return record.commit({ type: 'item-confirmed', data: { role, item: itemId, on: when } })
    },
    'checklist:reopen'({ role }) {
      if (record.snapshot().sections.find((s) => s.role === role)?.status !== 'done') {
        throw new AppFailure('not-allowed', say(refuse.nothingToReopen, { section: section(role) }))
      }
      return record.commit({ type: 'section-reopened', data: { role } })
    },
  }
}
