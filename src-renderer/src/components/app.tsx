import { useEffect } from 'react'
import { useApp } from '../state/store-context'
import { FailureScreen } from './failure-screen'
import { Header } from './header'
import { RecoveryScreen } from './recovery-screen'
import { Sidebar } from './sidebar'
import { StepPage } from './step-page'

export function App() {
  const phase = useApp((s) => s.phase)
  const init = useApp((s) => s.init)
  const receive = useApp((s) => s.receive)
  const recovery = useApp((s) => s.snapshot?.recovery ?? null)

  const refresh = useApp((s) => s.refresh)

  const receiveMfa = useApp((s) => s.receiveMfa)

  useEffect(() => {
    const unsubscribe = [window.techpass.ledger.onChanged(receive), window.techpass.mfa.onChanged(receiveMfa)]
    void init()
    return () => unsubscribe.forEach((off) => off())
  }, [init, receive, receiveMfa])

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
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to the current step
      </a>
      <Header />
      {phase === 'loading' && (
        <main id="main" className="centered" aria-busy="true">
          <p>Loading your checklist…</p>
        </main>
      )}
      {phase === 'failed' && <FailureScreen />}
      {phase === 'ready' && recovery && <RecoveryScreen notice={recovery} />}
      {phase === 'ready' && !recovery && (
        <div className="layout">
          <Sidebar />
          <StepPage />
        </div>
      )}
    </div>
  )
}
