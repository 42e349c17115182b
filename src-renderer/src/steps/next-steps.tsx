import { Trans, useLingui } from '@lingui/react/macro'
import { NONE, useApp } from '../state/store-context'
import { useDesktop } from './use-desktop'
import { humanTime } from '../format'
import { useSectionNames } from './words'
import { useSay } from '../state/use-say'
import { msg } from '@lingui/core/macro'
import { ownMsg } from '../i18n/sayable'
import { savedAs } from '../state/save-notice'
import { RunButton } from '../forms/run-button'
import './next-steps.css'

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
      <h2 id="last-title">{seed ? <Trans>Two last things</Trans> : <Trans>One last thing</Trans>}</h2>
      <ol className="last-things">
        <li>
          <Trans>
            <strong>Check that you can log in with TechPass.</strong> Open the login guide. Sign in with your new password and Microsoft Authenticator. Then
            confirm it in the checklist.
          </Trans>
          <div className="actions">
            <button
              type="button"
              className="button primary"
              onClick={() => void desktop.open(loginUrl, { done: ownMsg(msg`Opened the TechPass login guide in your browser.`) })}
            >
              <Trans>Open the TechPass login guide</Trans>
            </button>
          </div>
        </li>
        {seed && (
          <li>
            <Trans comment="“Need help” and “My SEED onboarding email expired” are the names of buttons in this app: use the same words as those buttons.">
              <strong>Go on to SEED onboarding.</strong> Follow the steps in your SEED onboarding email, on your SEED laptop. If that email has expired, choose
              Need help, then “My SEED onboarding email expired”.
            </Trans>
          </li>
        )}
      </ol>
    </section>
  )
}

function Finished() {
  const guide = useApp((s) => s.guide)
  const seed = useApp((s) => s.snapshot?.profile?.seed === 'yes')
  const { t } = useLingui()
  const names = useSectionNames()
  if (!guide) return null
  const steps = guide.sections.filter((section) => section.role !== 'finish')
  return (
    <section className="tool finished" aria-labelledby="finished-title" data-testid="finished">
      <h2 id="finished-title">
        <Trans>You have finished your TechPass onboarding</Trans>
      </h2>
      {/* The login is done outside the app: the app knows only that the user confirmed it. */}
      <p>
        <Trans>Every step is done. You confirmed that you can log in with TechPass.</Trans>
      </p>
      <ul className="done-list" aria-label={t`What is done`}>
        {steps.map((section) => (
          <li key={section.id}>
            <span aria-hidden="true">✓ </span>
            {names.name(section)}
          </li>
        ))}
        <li>
          <span aria-hidden="true">✓ </span>
          <Trans>You confirmed that you can log in with TechPass</Trans>
        </li>
      </ul>
      {seed ? (
        <div className="callout callout-info" data-testid="seed-next">
          <p>
            <Trans comment="“Need help” and “My SEED onboarding email expired” are the names of buttons in this app: use the same words as those buttons.">
              <strong>What comes next: SEED onboarding.</strong> Keep following the steps in your SEED onboarding email, on your SEED laptop. If that email has
              expired, choose Need help, then “My SEED onboarding email expired”.
            </Trans>
          </p>
        </div>
      ) : (
        <p>
          <Trans>There is nothing more to do in this assistant. Use TechPass to sign in to your project’s services.</Trans>
        </p>
      )}
      <div className="actions">
        <RunButton className="button primary" call={(api) => api.print.pdf({ kind: 'summary' })} outcome={{ done: savedAs('summary') }}>
          <Trans>Print my summary (PDF)…</Trans>
        </RunButton>
      </div>
    </section>
  )
}

function OnboardingRecord() {
  const guide = useApp((s) => s.guide)
  const summary = useApp((s) => s.snapshot?.summary ?? NONE)
  const names = useSectionNames()
  const sayText = useSay()
  if (!guide) return null
  return (
    <section className="tool summary" aria-labelledby="summary-title" data-testid="completion-summary">
      <h2 id="summary-title">
        <Trans>Your onboarding record</Trans>
      </h2>
      <ol className="summary-list">
        {guide.sections.map((section) => {
          const row = summary.find((r) => r.sectionId === section.id)
          const when = row?.doneAt ? humanTime(row.doneAt) : null
          return (
            <li key={section.id} className={row?.doneAt ? 'summary-done' : 'summary-open'}>
              <p className="summary-title">
                <span className="eyebrow">{names.eyebrow(section)}</span> {section.title}
              </p>
              <p className="summary-when">{when ? <Trans>Done on {when}</Trans> : <Trans>Not finished</Trans>}</p>
              {row && row.evidence.length > 0 && (
                <ul className="summary-evidence">
                  {row.evidence.map((e, i) => (
                    <li key={i}>{sayText(e)}</li>
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
