import { sectionName } from '../../../src-shared/labels'
import { nextTitle } from '../i18n/next-title'
import { useSayContext } from '../i18n/use-say'
import { useApp } from '../state/store-context'

function Dismiss() {
  const dismiss = useApp((s) => s.dismissWelcome)
  return (
    <button type="button" className="notice-close" aria-label="Close this message" onClick={dismiss}>
      ×
    </button>
  )
}

// Said once per launch, above the task: a first-time user hears how long it all takes (each step's time is in the
// steps list too); a returning user hears that their progress was kept and where they were. It goes with their first action.
export function Welcome() {
  const welcome = useApp((s) => s.welcome)
  const guide = useApp((s) => s.guide)
  const action = useApp((s) => s.snapshot?.nextAction)
  const said = useSayContext()
  const where = action ? nextTitle(said, action) : ''
  if (welcome === 'back') {
    return (
      <div className="welcome" data-testid="welcome-back">
        <p>
          <strong>Welcome back. Your progress is saved.</strong> You were at: {where}.
        </p>
        <Dismiss />
      </div>
    )
  }
  if (welcome !== 'first' || !guide) return null
  const total = guide.sections.reduce((sum, s) => sum + s.minutes, 0)
  return (
    <div className="welcome" data-testid="welcome-first">
      <div>
        <p>
          <strong>Welcome.</strong> There are {guide.sections.length} parts. They take about {total} minutes in all, plus the time you wait for emails. Your
          progress is saved on this computer, so you can stop and come back.
        </p>
        <details>
          <summary>Each part and its time</summary>
          <ol className="welcome-steps">
            {guide.sections.map((section) => (
              <li key={section.id}>
                <span>{sectionName(section)}</span> <span className="welcome-minutes">about {section.minutes} min</span>
              </li>
            ))}
          </ol>
        </details>
      </div>
      <Dismiss />
    </div>
  )
}
