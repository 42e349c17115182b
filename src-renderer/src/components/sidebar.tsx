import type { GuideSection } from '../../../src-shared/guide-schema'
import { sectionEyebrow, statusText } from '../../../src-shared/labels'
import type { SectionProgress } from '../../../src-shared/snapshot-schema'
import { useApp } from '../state/store-context'

// Counts only where they add something: "In progress · 2 of 4"; Done, Not started, Waiting and Action needed stand alone.
const statusLine = (progress: SectionProgress | undefined) =>
  !progress
    ? statusText['not-started']
    : progress.status === 'in-progress'
      ? `${statusText['in-progress']} · ${progress.doneCount} of ${progress.totalCount}`
      : statusText[progress.status]

// The short mark a compact stepper shows (narrow windows): the step's number, or a word for the others.
const shortMark = (section: GuideSection) => (section.kind === 'step' ? String(section.number ?? '') : section.kind === 'next' ? 'End' : 'Start')

// The list of sections; below about 1000 px wide it is drawn as a compact stepper (styles.css), with the same names.
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
              <button type="button" className={`section-link status-${status}`} aria-current={current ? 'step' : undefined} onClick={() => select(section.id)}>
                <span className={`status-icon status-${status}`} aria-hidden="true" />
                <span className="step-mark" aria-hidden="true">
                  {shortMark(section)}
                </span>
                <span className="section-text">
                  <span className="eyebrow">{sectionEyebrow(section)}</span>
                  <span className="section-title">{section.title}</span>
                  <span className="section-status">
                    {statusLine(progress)}
                    {status === 'not-started' && <span className="section-minutes"> · about {section.minutes} min</span>}
                  </span>
                </span>
              </button>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
