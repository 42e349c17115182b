import { applies } from '../../src-shared/applies'
import type { Handlers } from '../../src-shared/contract'
import { sectionByRole } from '../../src-shared/guide-schema'
import { evidenceHow, sectionName } from '../../src-shared/labels'
import { AppFailure } from '../errors'
import { expiryText } from './engine'
import { pastDay } from '../profile/deadlines'
import type { RecordService } from '../registry/record'

const UNCHANGED = 'Nothing was changed.'

export function checklistHandlers(record: RecordService): Pick<Handlers, 'checklist:confirm' | 'checklist:reopen'> {
  return {
    'checklist:confirm'({ role, item: itemId, done, on }) {
      const { guide } = record
      const section = sectionByRole(guide, role)
      const item = section.items.find((i) => i.id === itemId)
      if (!item) throw new AppFailure('not-found', `That checklist item is not part of “${section.title}”. ${UNCHANGED}`)
      if (item.done.by === 'evidence') {
        throw new AppFailure(
          'not-allowed',
          `“${item.label}” is marked done by the assistant ${evidenceHow[item.done.evidence]}. It cannot be ticked by hand. ${UNCHANGED}`,
        )
      }
      const state = record.state()
      if (!applies(item, state.profile.profile)) throw new AppFailure('not-allowed', `That checklist item does not apply to you. ${UNCHANGED}`)
      const current = record.snapshot()
      const progress = current.sections.find((s) => s.role === role)?.items.find((i) => i.id === itemId)
      if (!progress) throw new AppFailure('not-allowed', `That checklist item does not apply to you. ${UNCHANGED}`)
      if (!done) return progress.done ? record.commit({ type: 'item-withdrawn', data: { role, item: itemId } }) : current
      if (progress.done) return current
      // The reason is a message now (the checklist shows it); this refusal says it once refusals are messages too.
      if (progress.blockedBy) throw new AppFailure('not-allowed', `That cannot be confirmed yet: the checklist says what comes first. ${UNCHANGED}`)
      const day = on ? pastDay('done-date', on, record.clock.now(), record.timeZone, UNCHANGED) : null
      if (progress.needsDate) {
        const due = current.deadlines!.active!
        if (!day)
          throw new AppFailure(
            'bad-input',
            `The deadline for this was ${due.due}. If you did it on or before that day, enter the date you did it. ${UNCHANGED}`,
          )
        if (day > due.due) {
          throw new AppFailure(
            'not-allowed',
            `${day} is after the deadline (${due.due}). ${expiryText(current.deadlines!, record.settings.deadlines, current.request.registrationEmailOn !== null)} Request a new invitation in ${sectionName(sectionByRole(guide, 'request'))}. ${UNCHANGED}`,
          )
        }
      }
      const invitedOn = current.invitation.invitedOn
      // Calendar days as YYYY-MM-DD compare as text.
      if (day && invitedOn && day < invitedOn) {
        throw new AppFailure('bad-input', `${day} is before your invitation arrived (${invitedOn}). Check the date. ${UNCHANGED}`)
      }
      return record.commit({ type: 'item-confirmed', data: { role, item: itemId, on: day } })
    },
    'checklist:reopen'({ role }) {
      const section = sectionByRole(record.guide, role)
      if (record.snapshot().sections.find((s) => s.role === role)?.status !== 'done') {
        throw new AppFailure('not-allowed', `“${section.title}” is not finished, so there is nothing to reopen.`)
      }
      return record.commit({ type: 'section-reopened', data: { role } })
    },
  }
}
