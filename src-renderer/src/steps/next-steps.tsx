import { NONE, useApp } from '../state/store-context'
import { sectionEyebrow, sectionName } from '../../../src-shared/labels'
import { savedAs } from '../state/save-notice'
import { useDesktop } from './use-desktop'
import { humanTime } from '../format'
import { useSayContext } from '../i18n/use-say'
import { sayWith } from '../i18n/say'

// R18 and the completion record: the login check, SEED onboarding where it applies, then a clear finished moment.
export function NextSteps() {
  const allDone = useApp((s) => s.snapshot?.nextAction.kind === 'done')
  return (
    <>
      {allDone ? <Finished /> : <LastThings />}
      <OnboardingRecord />
    </>
  )
}

function LastThings() {
  const seed = useApp((s) => s.snapshot?.profile?.seed === 'yes')
  const loginUrl = useApp((s) => s.settings?.loginGuideUrl ?? '')
  const desktop = useDesktop()
  return (
    <section className="tool" aria-labelledby="last-title">
      <h2 id="last-title">{seed ? 'Two last things' : 'One last thing'}</h2>
      <ol className="last-things">
        <li>
          <strong>Check that you can log in with TechPass.</strong> Open the login guide, and sign in with your new password and Microsoft Authenticator. Then
          confirm it in the checklist.
          <div className="actions">
            <button type="button" className="button primary" onClick={() => void desktop.open(loginUrl, 'the TechPass login guide in your browser')}>
              Open the TechPass login guide
            </button>
          </div>
        </li>
        {seed && (
          <li>
            <strong>Go on to SEED onboarding.</strong> Follow the steps in your SEED onboarding email on your SEED laptop. If that email has expired, choose
            Need help, then “My SEED onboarding email expired”.
          </li>
        )}
      </ol>
    </section>
  )
}

function Finished() {
  const guide = useApp((s) => s.guide)
  const seed = useApp((s) => s.snapshot?.profile?.seed === 'yes')
  const run = useApp((s) => s.run)
  const pending = useApp((s) => s.pending)
  if (!guide) return null
  const steps = guide.sections.filter((section) => section.role !== 'finish')
  return (
    <section className="tool finished" aria-labelledby="finished-title" data-testid="finished">
      <h2 id="finished-title">You have finished your TechPass onboarding</h2>
      {/* The login is done outside the app: the app knows only that the user confirmed it. */}
      <p>Every step is done. You confirmed that you can log in with TechPass.</p>
      <ul className="done-list" aria-label="What is done">
        {steps.map((section) => (
          <li key={section.id}>
            <span aria-hidden="true">✓ </span>
            {sectionName(section)}
          </li>
        ))}
        <li>
          <span aria-hidden="true">✓ </span>
          You confirmed that you can log in with TechPass
        </li>
      </ul>
      {seed ? (
        <div className="callout callout-info" data-testid="seed-next">
          <p>
            <strong>What comes next: SEED onboarding.</strong> Keep following the steps in your SEED onboarding email on your SEED laptop. If that email has
            expired, choose Need help, then “My SEED onboarding email expired”.
          </p>
        </div>
      ) : (
        <p>There is nothing more to do in this assistant. Use TechPass to sign in to your project’s services.</p>
      )}
      <div className="actions">
        <button
          type="button"
          className="button primary"
          disabled={pending}
          onClick={() => void run((api) => api.print.pdf({ kind: 'summary' }), { done: savedAs('your summary') })}
        >
          Print my summary (PDF)…
        </button>
      </div>
    </section>
  )
}

function OnboardingRecord() {
  const guide = useApp((s) => s.guide)
  const summary = useApp((s) => s.snapshot?.summary ?? NONE)
  const said = useSayContext()
  if (!guide) return null
  return (
    <section className="tool summary" aria-labelledby="summary-title" data-testid="completion-summary">
      <h2 id="summary-title">Your onboarding record</h2>
      <ol className="summary-list">
        {guide.sections.map((section) => {
          const row = summary.find((r) => r.sectionId === section.id)
          return (
            <li key={section.id} className={row?.doneAt ? 'summary-done' : 'summary-open'}>
              <p className="summary-title">
                <span className="eyebrow">{sectionEyebrow(section)}</span> {section.title}
              </p>
              <p className="summary-when">{row?.doneAt ? `Done on ${humanTime(row.doneAt)}` : 'Not finished'}</p>
              {row && row.evidence.length > 0 && (
                <ul className="summary-evidence">
                  {row.evidence.map((e, i) => (
                    <li key={i}>{sayWith(said, e)}</li>
                  ))}
                </ul>
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
