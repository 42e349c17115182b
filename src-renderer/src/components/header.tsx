import { Plural, Trans, useLingui } from '@lingui/react/macro'
import { useApp } from '../state/store-context'
import { LanguageMenu } from './language-menu'
import { StartOver } from './start-over'
import './header.css'

// "Need help?" takes the user to the help box (beside the steps, or at the end of the page in a narrow window).
const openHelp = () => {
  const title = document.getElementById('support-title')
  title?.scrollIntoView({ block: 'center' })
  title?.focus()
}

export function Header() {
  const { t } = useLingui()
  const sections = useApp((s) => s.snapshot?.sections)
  const done = sections?.filter((s) => s.status === 'done').length ?? 0
  const total = sections?.length ?? 0
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
          <p className="brand-name">
            <Trans comment="The app's name; keep the name TechPass">TechPass Onboarding Assistant</Trans>
          </p>
          <p className="brand-sub">
            <Trans comment="{org} is the organisation's name">{org} · for vendors and offshore users · works offline</Trans>
          </p>
        </div>
      </div>
      {sections && (
        <div className="progress" data-testid="overall-progress">
          <LanguageMenu />
          {!guideMode && (
            <>
              <span>
                <Plural value={total} one={`${done} of # section done`} other={`${done} of # sections done`} />
              </span>
              <progress max={total} value={done} aria-label={t`Overall progress`} />
            </>
          )}
          {ready && !guideMode && code && (
            <span className="header-code" data-testid="header-code">
              <Trans>
                Help code <strong>{code}</strong>
              </Trans>
            </span>
          )}
          {ready && !guideMode && (
            <button type="button" className="button small on-dark" onClick={openHelp}>
              <Trans>Need help?</Trans>
            </button>
          )}
          {ready && (
            <button type="button" className="button small on-dark" aria-pressed={guideMode} onClick={() => setView(guideMode ? 'checklist' : 'guide')}>
              {guideMode ? <Trans>Back to my checklist</Trans> : <Trans>Helpdesk guide</Trans>}
            </button>
          )}
          {ready && !guideMode && <StartOver />}
        </div>
      )}
      {!sections && <LanguageMenu />}
    </header>
  )
}
