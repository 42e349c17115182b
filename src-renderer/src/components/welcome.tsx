import { Plural, Trans, useLingui } from '@lingui/react/macro'
import { useNextTitle } from '../state/use-say'
import { useApp } from '../state/store-context'
import { sectionName } from '../words/labels'
import './welcome.css'

function Dismiss() {
  const { t } = useLingui()
  const dismiss = useApp((s) => s.dismissWelcome)
  return (
    <button type="button" className="notice-close" aria-label={t`Close this message`} onClick={dismiss}>
      ×
    </button>
  )
}

// Said once per launch, above the task: a first-time user hears how long it all takes (each step's time is in the
// steps list too); a returning user hears that their progress was kept and where they were. It goes with their first action.
export function Welcome() {
  const { i18n } = useLingui()
  const welcome = useApp((s) => s.welcome)
  const guide = useApp((s) => s.guide)
  const action = useApp((s) => s.snapshot?.nextAction)
  const titleOf = useNextTitle()
  const where = action ? titleOf(action) : ''
  if (welcome === 'back') {
    return (
      <div className="welcome" data-testid="welcome-back">
        <p>
          <Trans>
            <strong>Welcome back. Your progress is saved.</strong> You were at: {where}.
          </Trans>
        </p>
        <Dismiss />
      </div>
    )
  }
  if (welcome !== 'first' || !guide) return null
  const parts = guide.sections.length
  const total = guide.sections.reduce((sum, s) => sum + s.minutes, 0)
  return (
    <div className="welcome" data-testid="welcome-first">
      <div>
        <p>
          <Trans>
            <strong>Welcome.</strong> There <Plural value={parts} one="is # part" other="are # parts" />. They take about{' '}
            <Plural value={total} one="# minute" other="# minutes" /> in all, plus the time you wait for emails. Your progress is saved on this computer, so you
            can stop and come back.
          </Trans>
        </p>
        <details>
          <summary>
            <Trans>Each part and its time</Trans>
          </summary>
          <ol className="welcome-steps">
            {guide.sections.map((section) => {
              const minutes = section.minutes
              return (
                <li key={section.id}>
                  <span>{sectionName(i18n, section)}</span>{' '}
                  <span className="welcome-minutes">
                    <Trans comment="How long a step takes, in minutes">about {minutes} min</Trans>
                  </span>
                </li>
              )
            })}
          </ol>
        </details>
      </div>
      <Dismiss />
    </div>
  )
}
