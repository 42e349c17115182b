import { useApp } from '../state/store-context'
import { sectionEyebrow, statusText } from '../../../src-shared/labels'
import { SupportBox } from './support-box'

export function Sidebar() {
  const guide = useApp((s) => s.guide)
  const snapshot = useApp((s) => s.snapshot)
  const selectedId = useApp((s) => s.selectedId)
  const select = useApp((s) => s.select)
  if (!guide || !snapshot) return null
  return (
    <nav className="sidebar" aria-label="Onboarding checklist">
      <ol className="section-list">
        {guide.sections.map((section) => {
          const progress = snapshot.sections.find((p) => p.id === section.id)
          const status = progress?.status ?? 'not-started'
          const current = section.id === selectedId
          return (
            <li key={section.id}>
              <button
                type="button"
                className={`section-link status-${status}`}
                aria-current={current ? 'step' : undefined}
                onClick={() => select(section.id)}
              >
                <span className={`status-icon status-${status}`} aria-hidden="true" />
                <span className="section-text">
                  <span className="eyebrow">{sectionEyebrow(section)}</span>
                  <span className="section-title">{section.title}</span>
                  <span className="section-status">
                    {statusText[status]}
                    {progress && progress.totalCount > 0 ? ` · ${progress.doneCount}/${progress.totalCount}` : ''}
                  </span>
                </span>
              </button>
            </li>
          )
        })}
      </ol>
      <SupportBox />
    </nav>
  )
}
