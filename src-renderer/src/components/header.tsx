import { useApp } from '../state/store-context'
import { LanguageMenu } from './language-menu'
import { StartOver } from './start-over'

// "Need help?" takes the user to the help box (beside the steps, or at the end of the page in a narrow window).
const openHelp = () => {
  const title = document.getElementById('support-title')
  title?.scrollIntoView({ block: 'center' })
  title?.focus()
}

export function Header() {
  const sections = useApp((s) => s.snapshot?.sections)
  const done = sections?.filter((s) => s.status === 'done').length ?? 0
  const ready = useApp((s) => s.phase === 'ready' && !s.snapshot?.recovery)
  const view = useApp((s) => s.view)
  const setView = useApp((s) => s.setView)
  const org = useApp((s) => s.settings?.organisationName ?? 'TechPass')
  const code = useApp((s) => s.snapshot?.statusCode ?? null)
  // The helpdesk guide is the agent's screen: the agent's own progress and Start over have no place there.
  const guideMode = view === 'guide'
  return (
    <header className="header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          TP
        </span>
        <div>
          <p className="brand-name">TechPass Onboarding Assistant</p>
          <p className="brand-sub">{org} · for vendors and offshore users · works offline</p>
        </div>
      </div>
      {sections && (
        <div className="progress" data-testid="overall-progress">
          <LanguageMenu />
          {!guideMode && (
            <>
              <span>
                {done} of {sections.length} sections done
              </span>
              <progress max={sections.length} value={done} aria-label="Overall progress" />
            </>
          )}
          {ready && !guideMode && code && (
            <span className="header-code" data-testid="header-code">
              Help code <strong>{code}</strong>
            </span>
          )}
          {ready && !guideMode && (
            <button type="button" className="button small on-dark" onClick={openHelp}>
              Need help?
            </button>
          )}
          {ready && (
            <button type="button" className="button small on-dark" aria-pressed={guideMode} onClick={() => setView(guideMode ? 'checklist' : 'guide')}>
              {guideMode ? 'Back to my checklist' : 'Helpdesk guide'}
            </button>
          )}
          {ready && !guideMode && <StartOver />}
        </div>
      )}
      {!sections && <LanguageMenu />}
    </header>
  )
}
