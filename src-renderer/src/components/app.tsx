import { Trans } from '@lingui/react/macro'
import { useEffect } from 'react'
import { useApp } from '../state/store-context'
import { FailureScreen } from './failure-screen'
import { ConfigNotices } from './config-notices'
import { Header } from './header'
import { onDemand } from './on-demand'
import { Sidebar } from './sidebar'
import { StepPage } from './step-page'
import { preloadEveryToolWhenIdle } from './tool-preload'
import { SupportBox } from './support-box'
import { FocusKeeper } from '../state/use-focus-keeper'
import { GuideWaiting } from './waiting'

// Not needed for the first screen: the helpdesk guide and the printed summary load after it.
const GuideMode = onDemand(
  () => import('../helpdesk/guide-mode'),
  (m) => m.GuideMode,
  GuideWaiting,
)
const PrintSummary = onDemand(
  () => import('./print-summary'),
  (m) => m.PrintSummary,
)
// Shown only after a damaged progress file was moved aside: most people never load it.
const RecoveryScreen = onDemand(
  () => import('./recovery-screen'),
  (m) => m.RecoveryScreen,
)

export function App() {
  const phase = useApp((s) => s.phase)
  const configProblems = useApp((s) => (s.settings?.notices.length ?? 0) > 0)
  const recovery = useApp((s) => s.snapshot?.recovery ?? null)
  const refresh = useApp((s) => s.refresh)
  const view = useApp((s) => s.view)

  // Once the first screen is drawn, every other step's tool loads in idle time, so no first visit waits for one.
  useEffect(() => {
    if (phase === 'ready') return preloadEveryToolWhenIdle()
  }, [phase])

  // Days pass while the app stays open: deadlines are re-read every minute and when the window regains focus.
  useEffect(() => {
    const timer = window.setInterval(() => void refresh(), 60_000)
    const onFocus = () => void refresh()
    window.addEventListener('focus', onFocus)
    return () => {
      window.clearInterval(timer)
      window.removeEventListener('focus', onFocus)
    }
  }, [refresh])

  return (
    <div className="app" data-view={view}>
      <a className="skip-link" href="#main">
        <Trans>Skip to the current step</Trans>
      </a>
      <Header />
      {/* In the first screen's script, not loaded later: a notice that arrived after the first paint would push the page
          down under the user's pointer. */}
      {configProblems && <ConfigNotices />}
      {phase === 'loading' && (
        <main id="main" className="centered" aria-busy="true">
          <p>
            <Trans>Loading your checklist…</Trans>
          </p>
        </main>
      )}
      {phase === 'failed' && <FailureScreen />}
      {phase === 'ready' && recovery && <RecoveryScreen notice={recovery} />}
      {phase === 'ready' && !recovery && view === 'guide' && <GuideMode />}
      {phase === 'ready' && !recovery && view === 'checklist' && (
        <div className="layout">
          <Sidebar />
          <StepPage />
          <SupportBox />
        </div>
      )}
      {phase === 'ready' && <PrintSummary />}
      {/* Last, so its effects run after the screen's own (a new task's heading takes focus first). */}
      <FocusKeeper />
    </div>
  )
}
