import { keepSnapshot } from '../state/app-store'
import { useApp } from '../state/store-context'
import { useDesktop } from '../steps/use-desktop'
import { deadlineText } from './deadline-banner'

// Always names the one next thing to do, and its deadline when there is one.
export function NextAction() {
  const action = useApp((s) => s.snapshot?.nextAction)
  const selectedId = useApp((s) => s.selectedId)
  const select = useApp((s) => s.select)
  if (!action) return null
  return (
    <section className={`next-action next-${action.kind}`} aria-labelledby="next-action-title" data-testid="next-action">
      <div>
        <h2 id="next-action-title" className="eyebrow">
          Your next action
        </h2>
        <p className="next-title">{action.title}</p>
        <p className="next-detail">
          {action.detail}
          {action.due && action.due.state !== 'expired' ? ` · ${deadlineText(action.due)}` : ''}
        </p>
        {action.kind === 'seed-request' && <SeedRequest />}
      </div>
      {action.kind !== 'seed-request' && action.sectionId !== selectedId && (
        <button type="button" className="button primary small" onClick={() => select(action.sectionId)}>
          Go there
        </button>
      )}
    </section>
  )
}

// R17: the service request for a new SEED onboarding email, and saying it was sent.
function SeedRequest() {
  const url = useApp((s) => s.settings?.serviceRequestUrl ?? '')
  const run = useApp((s) => s.run)
  const pending = useApp((s) => s.pending)
  const desktop = useDesktop()
  return (
    <div className="actions">
      <button type="button" className="button primary small" onClick={() => void desktop.open(url, 'the service-request page in your browser')}>
        Open the service-request page
      </button>
      <button
        type="button"
        className="button secondary small"
        disabled={pending}
        onClick={() => void run((api) => api.seed.serviceRequested(), { done: 'Saved: your service request is recorded. A new SEED email will come.', keep: keepSnapshot })}
      >
        I have submitted the service request
      </button>
    </div>
  )
}
