import type { I18n } from '@lingui/core'
import { msg, plural } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import type { Deadline } from '../../../src-shared/deadline-schema'
import { humanDate } from '../format'
import { useApp } from '../state/store-context'
import './deadline.css'

// A deadline still to meet; an expired one is said in main's words (which tell the invitation from the link) by the next action.
export function deadlineText(i18n: I18n, d: Deadline): string {
  const due = humanDate(d.due)
  const days = d.daysLeft
  if (d.kind === 'register') {
    if (d.state === 'last-day') return i18n._(msg`Register today. Today is the last day (${due}).`)
    return i18n._(msg`Register by ${due}: ${plural(days, { one: '# day left.', other: '# days left.' })}`)
  }
  if (d.state === 'last-day') return i18n._(msg`Activate your account today. Today is the last day (${due}).`)
  return i18n._(msg`Activate your account by ${due}: ${plural(days, { one: '# day left.', other: '# days left.' })}`)
}

// R4, R5, R16: the deadline that matters now, said once, inside the next-action card; an expired one is said by the action itself.
export function DeadlineLine() {
  const { i18n } = useLingui()
  const active = useApp((s) => s.snapshot?.deadlines?.active ?? null)
  const renewing = useApp((s) => s.snapshot?.invitation.renewing ?? false)
  if (renewing) {
    return (
      <p className="deadline deadline-soon" data-testid="deadline" data-state="renewing">
        <Trans>Waiting for a new invitation. The deadlines start again when the new registration email arrives.</Trans>
      </p>
    )
  }
  if (!active || active.state === 'expired') return null
  return (
    <p className={`deadline deadline-${active.state}`} data-testid="deadline" data-state={active.state}>
      {deadlineText(i18n, active)}
    </p>
  )
}
