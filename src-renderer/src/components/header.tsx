import { useApp } from '../state/store-context'
import { StartOver } from './start-over'

export function Header() {
  const sections = useApp((s) => s.snapshot?.sections)
  const done = sections?.filter((s) => s.status === 'done').length ?? 0
  const ready = useApp((s) => s.phase === 'ready' && !s.snapshot?.recovery)
  return (
    <header className="header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          TP
        </span>
        <div>
          <p className="brand-name">TechPass Onboarding Assistant</p>
          <p className="brand-sub">For vendors and offshore users · works offline</p>
        </div>
      </div>
      {sections && (
        <div className="progress" data-testid="overall-progress">
          <span>
            {done} of {sections.length} sections done
          </span>
          <progress max={sections.length} value={done} aria-label="Overall progress" />
          {ready && <StartOver />}
        </div>
      )}
    </header>
  )
}
