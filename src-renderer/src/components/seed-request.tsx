import { Trans } from '@lingui/react/macro'
import { head } from '../state/app-store'
import { useApp } from '../state/store-context'
import { msg } from '@lingui/core/macro'
import { ownMsg } from '../i18n/sayable'
import { RunButton } from '../forms/run-button'

// R17: the service-request page for a new SEED onboarding email, and saying the request was submitted. As the next
// action (`lead`), opening the page is the screen's primary button; beside another next action, both stay secondary.
export function SeedRequestButtons({ lead }: { lead: boolean }) {
  const url = useApp((s) => s.settings?.serviceRequestUrl ?? '')
  const run = useApp((s) => s.run)
  const size = lead ? '' : ' small'
  return (
    <div className={lead ? 'actions' : 'support-actions'}>
      <button
        type="button"
        className={`button ${lead ? 'primary' : 'secondary'}${size}`}
        onClick={() => void run((api) => api.shell.openExternal({ url }), { done: ownMsg(msg`Opened the service request page in your browser.`) })}
      >
        <Trans>Open the service request page</Trans>
      </button>
      <RunButton
        className={`button secondary${size}`}
        call={(api) => api.seed.serviceRequested()}
        outcome={{ done: ownMsg(msg`Saved: your service request is recorded. A new SEED email will come.`), reached: head }}
      >
        <Trans>I have submitted the service request</Trans>
      </RunButton>
    </div>
  )
}

// Offered beside another next action (an expired invitation), so the screen keeps its one primary.
export function SeedRequestBeside() {
  return (
    <section className="seed-remedy" aria-labelledby="seed-remedy-title" data-testid="seed-remedy">
      <h3 id="seed-remedy-title">
        <Trans>Your SEED onboarding email expired</Trans>
      </h3>
      <p>
        <Trans>Submit a service request to get a new one. You can do this now, beside your next action.</Trans>
      </p>
      <SeedRequestButtons lead={false} />
    </section>
  )
}
