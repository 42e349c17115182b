import { keepSnapshot } from '../state/app-store'
import { useApp } from '../state/store-context'
import { useDesktop } from '../steps/use-desktop'

// R17: the service-request page for a new SEED onboarding email, and saying the request was submitted. As the next
// action (`lead`), opening the page is the screen's primary button; beside another next action, both stay secondary.
export function SeedRequestButtons({ lead }: { lead: boolean }) {
  const url = useApp((s) => s.settings?.serviceRequestUrl ?? '')
  const run = useApp((s) => s.run)
  const pending = useApp((s) => s.pending)
  const desktop = useDesktop()
  const size = lead ? '' : ' small'
  return (
    <div className={lead ? 'actions' : 'support-actions'}>
      <button
        type="button"
        className={`button ${lead ? 'primary' : 'secondary'}${size}`}
        onClick={() => void desktop.open(url, { done: 'Opened the service-request page in your browser.' })}
      >
        Open the service-request page
      </button>
      <button
        type="button"
        className={`button secondary${size}`}
        disabled={pending}
        onClick={() =>
          void run((api) => api.seed.serviceRequested(), { done: 'Saved: your service request is recorded. A new SEED email will come.', keep: keepSnapshot })
        }
      >
        I have submitted the service request
      </button>
    </div>
  )
}

// Offered beside another next action (an expired invitation), so the screen keeps its one primary.
export function SeedRequestBeside() {
  return (
    <section className="seed-remedy" aria-labelledby="seed-remedy-title" data-testid="seed-remedy">
      <h3 id="seed-remedy-title">Your SEED onboarding email expired</h3>
      <p>Submit a service request to receive a new one. You can do this now, beside your next action.</p>
      <SeedRequestButtons lead={false} />
    </section>
  )
}
