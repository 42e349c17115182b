import { useApp } from '../state/store-context'
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
      </div>
      {action.sectionId !== selectedId && (
        <button type="button" className="button primary small" onClick={() => select(action.sectionId)}>
          Go there
        </button>
      )}
    </section>
  )
}
