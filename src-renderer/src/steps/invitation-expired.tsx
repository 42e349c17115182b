import { Trans } from '@lingui/react/macro'
import { head } from '../state/app-store'
import { useApp } from '../state/store-context'
import { msg } from '@lingui/core/macro'
import { ownMsg } from '../i18n/sayable'
import { RunButton } from '../forms/run-button'
import './invitation-expired.css'

// R5, R16: an expired invitation turns Step 1 into "request a new invitation".
export function InvitationExpired() {
  const action = useApp((s) => s.snapshot?.nextAction)
  if (action?.kind !== 'renew') return null
  return (
    <section className="tool expired" aria-labelledby="expired-title">
      <h2 id="expired-title">
        <Trans>Your invitation has expired</Trans>
      </h2>
      <p>
        <Trans>Choose “Request a new invitation”. Your details stay filled in. You only need to send the request again.</Trans>
      </p>
      <div className="actions">
        <RunButton
          className="button primary"
          call={(api) => api.invitation.renew()}
          outcome={{ done: ownMsg(msg`Step 1 is open again. Send your request for a new invitation.`), reached: head }}
        >
          <Trans>Request a new invitation</Trans>
        </RunButton>
      </div>
    </section>
  )
}
