import type { Deadline } from '../../../src-shared/deadline-schema'
import { useApp } from '../state/store-context'

const what = (d: Deadline) => (d.kind === 'register' ? 'Register' : 'Activate your account')

export function deadlineText(d: Deadline): string {
  if (d.state === 'expired') return d.kind === 'register' ? `Your registration link expired after ${d.due}.` : `The time to activate your account ended on ${d.due}.`
  if (d.state === 'last-day') return `${what(d)} today: this is the last day (${d.due}).`
  return `${what(d)} by ${d.due}: ${d.daysLeft} ${d.daysLeft === 1 ? 'day' : 'days'} left.`
}

// R4, R5, R16: the deadline that matters now, with days left in the user's own time zone.
export function DeadlineBanner() {
  const deadlines = useApp((s) => s.snapshot?.deadlines ?? null)
  const renewing = useApp((s) => s.snapshot?.invitation.renewing ?? false)
  if (renewing) {
    return (
      <div className="deadline deadline-soon" role="status" data-testid="deadline-banner" data-state="renewing">
        <strong>Waiting for a new invitation.</strong> The deadlines start again when the new registration email arrives.
      </div>
    )
  }
  const active = deadlines?.active
  if (!deadlines || !active) return null
  return (
    <div className={`deadline deadline-${active.state}`} role="status" data-testid="deadline-banner" data-state={active.state}>
      <strong>{deadlineText(active)}</strong>
      <span className="deadline-sub">
        Invitation received {deadlines.invitedOn}. Register by {deadlines.registerBy.due}; activate by {deadlines.activateBy.due}.
      </span>
    </div>
  )
}
