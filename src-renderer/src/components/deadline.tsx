import type { Deadline } from '../../../src-shared/deadline-schema'
import { humanDate } from '../format'
import { useApp } from '../state/store-context'

const what = (d: Deadline) => (d.kind === 'register' ? 'Register' : 'Activate your account')

// A deadline still to meet; an expired one is said in main's words (which tell the invitation from the link) by the next action.
export function deadlineText(d: Deadline): string {
  const due = humanDate(d.due)
  if (d.state === 'last-day') return `${what(d)} today: this is the last day (${due}).`
  return `${what(d)} by ${due}: ${d.daysLeft} ${d.daysLeft === 1 ? 'day' : 'days'} left.`
}

// R4, R5, R16: the deadline that matters now, said once, inside the next-action card; an expired one is said by the action itself.
export function DeadlineLine() {
  const active = useApp((s) => s.snapshot?.deadlines?.active ?? null)
  const renewing = useApp((s) => s.snapshot?.invitation.renewing ?? false)
  if (renewing) {
    return (
      <p className="deadline deadline-soon" data-testid="deadline" data-state="renewing">
        Waiting for a new invitation. The deadlines start again when the new registration email arrives.
      </p>
    )
  }
  if (!active || active.state === 'expired') return null
  return (
    <p className={`deadline deadline-${active.state}`} data-testid="deadline" data-state={active.state}>
      {deadlineText(active)}
    </p>
  )
}
