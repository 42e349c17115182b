import { NONE, useApp } from '../state/store-context'
import { sectionEyebrow } from '../../../src-shared/labels'
import { useDesktop } from './use-desktop'
import { humanText } from '../format'

// R18 and the completion record: every section with its date and what shows it was done.
export function NextSteps() {
  const guide = useApp((s) => s.guide)
  const summary = useApp((s) => s.snapshot?.summary ?? NONE)
  const seed = useApp((s) => s.snapshot?.profile?.seed === 'yes')
  const loginUrl = useApp((s) => s.settings?.loginGuideUrl ?? '')
  const allDone = useApp((s) => s.snapshot?.nextAction.kind === 'done')
  const desktop = useDesktop()
  if (!guide) return null
  return (
    <>
      <div className="tool tool-inline">
        <p>Check that you can sign in with your new TechPass account.{seed ? ' Then go on to SEED onboarding.' : ''}</p>
        <button type="button" className="button primary" onClick={() => void desktop.open(loginUrl, 'the TechPass login guide in your browser')}>
          Open the TechPass login guide
        </button>
      </div>
      <section className="tool summary" aria-labelledby="summary-title" data-testid="completion-summary">
        <h2 id="summary-title">{allDone ? 'You have finished: your onboarding record' : 'Your onboarding record so far'}</h2>
        <ol className="summary-list">
          {guide.sections.map((section) => {
            const row = summary.find((r) => r.sectionId === section.id)
            return (
              <li key={section.id} className={row?.doneAt ? 'summary-done' : 'summary-open'}>
                <p className="summary-title">
                  <span className="eyebrow">{sectionEyebrow(section)}</span> {section.title}
                </p>
                <p className="summary-when">{row?.doneAt ? `Done on ${humanText(row.doneAt)}` : 'Not finished'}</p>
                {row && row.evidence.length > 0 && (
                  <ul className="summary-evidence">
                    {row.evidence.map((e) => (
                      <li key={e}>{humanText(e)}</li>
                    ))}
                  </ul>
                )}
              </li>
            )
          })}
        </ol>
      </section>
    </>
  )
}
