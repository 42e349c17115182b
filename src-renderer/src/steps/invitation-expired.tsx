import { keepSnapshot } from '../state/app-store'
import { useApp } from '../state/store-context'
import { useDesktop } from './use-desktop'

// R5, R17: an expired invitation turns Step 1 into "request a new invitation".
export function InvitationExpired() {
  const action = useApp((s) => s.snapshot?.nextAction)
  const seed = useApp((s) => s.snapshot?.profile?.seedProvisioned ?? false)
  const serviceUrl = useApp((s) => s.settings?.serviceRequestUrl ?? '')
  const run = useApp((s) => s.run)
  const pending = useApp((s) => s.pending)
  const desktop = useDesktop()
  if (action?.kind !== 'renew') return null
  return (
    <section className="tool expired" aria-labelledby="expired-title">
      <h2 id="expired-title">Your invitation has expired</h2>
      <p>{action.detail}</p>
      <p>Choose “Request a new invitation”. Your details stay filled in, so you only need to send the request again.</p>
      <div className="actions">
        <button
          type="button"
          className="button primary"
          disabled={pending}
          onClick={() => void run((api) => api.invitation.renew(), { done: 'Step 1 is open again. Send your request for a new invitation.', keep: keepSnapshot })}
        >
          Request a new invitation
        </button>
        {seed && (
          <button type="button" className="button secondary" onClick={() => void desktop.open(serviceUrl, 'the SEED service-request page')}>
            SEED email expired? Submit a service request
          </button>
        )}
      </div>
    </section>
  )
}
