import { msg } from '@lingui/core/macro'
import type { MessageDescriptor } from '@lingui/core'
import { Trans, useLingui } from '@lingui/react/macro'
import { useState } from 'react'
import { useSay } from '../../state/use-say'
import { keepMfa } from '../../state/app-store'
import { useApp } from '../../state/store-context'
import './mfa.css'

const twoDigits = (): string => String(10 + (crypto.getRandomValues(new Uint8Array(1))[0]! % 90))

type Stage = 'started-by-you' | 'not-you' | 'done'
// The rehearsal's own words are catalog messages, said in the language on screen; main's answer is shown as it came.
type Feedback = { tone: 'ok' | 'bad'; text: MessageDescriptor | string } | null

// What the user types or chooses in each round, and what to say; pure so the rules are easy to read.
function judge(stage: Exclude<Stage, 'done'>, shown: string, answer: { typed: string } | 'deny'): { next: Stage | 'save'; feedback: Feedback } {
  if (stage === 'started-by-you') {
    if (answer === 'deny')
      return { next: stage, feedback: { tone: 'bad', text: msg`This time you did start the sign-in. Type the number your computer shows. Then choose Yes.` } }
    const typed = answer.typed.replace(/\s+/g, '')
    if (typed === '') return { next: stage, feedback: { tone: 'bad', text: msg`Type the number your computer shows. Then choose Yes.` } }
    if (typed !== shown)
      return { next: stage, feedback: { tone: 'bad', text: msg`That is not the number on your computer. Look at the screen and type that number.` } }
    return { next: 'not-you', feedback: { tone: 'ok', text: msg`Right. You typed the number from your computer. Now the next practice.` } }
  }
  if (answer !== 'deny') {
    return {
      next: stage,
      feedback: {
        tone: 'bad',
        text: msg({
          message: 'Careful: you did not start this sign-in. Someone else may be trying your password. Always choose “No, it’s not me”.',
          comment: '“No, it’s not me” is the button on the phone, as Microsoft Authenticator shows it in this language.',
        }),
      },
    }
  }
  return { next: 'save', feedback: null }
}

// Number matching as Authenticator asks today: type the number the sign-in screen shows, and deny a prompt you did not start.
export function NumberMatching() {
  const run = useApp((s) => s.run)
  const busy = useApp((s) => s.pending)
  const practised = useApp((s) => s.mfa?.numberMatchingPractisedAt ?? null)
  const sayText = useSay()
  const [stage, setStage] = useState<Stage>(practised ? 'done' : 'started-by-you')
  const [feedback, setFeedback] = useState<Feedback>(null)
  const [shown, setShown] = useState(twoDigits)
  const [typed, setTyped] = useState('')
  const { i18n, t } = useLingui()
  const goTo = (next: Stage) => {
    setShown(twoDigits())
    setTyped('')
    setStage(next)
  }

  const answer = async (choice: { typed: string } | 'deny') => {
    if (stage === 'done') return
    const verdict = judge(stage, shown, choice)
    if (verdict.next !== 'save') {
      setFeedback(verdict.feedback)
      if (verdict.next !== stage) goTo(verdict.next)
      return
    }
    // Success is said only once main has recorded it; a failure is said here, where the user answered.
    const recorded = await run((api) => api.mfa.recordNumberMatching(), {
      keep: keepMfa,
      failed: (message) => setFeedback({ tone: 'bad', text: sayText(message) }),
    })
    if (!recorded) return
    setFeedback({ tone: 'ok', text: msg`Right. You denied a sign-in you did not start. If this ever happens for real, tell your helpdesk.` })
    goTo('done')
  }

  const status = (
    <p role="status" aria-live="polite" className={`matching-feedback${feedback ? ` outcome-${feedback.tone}` : ''}`} data-testid="matching-feedback">
      {feedback ? (typeof feedback.text === 'string' ? feedback.text : i18n._(feedback.text)) : ''}
    </p>
  )
  if (stage === 'done') {
    return (
      <div>
        <p className="badge badge-quiet">
          <Trans>Practised: you know how to type the number, and how to deny a sign-in you did not start.</Trans>
        </p>
        {status}
        <button type="button" className="button secondary small" onClick={() => (setFeedback(null), goTo('started-by-you'))}>
          <Trans>Practise again</Trans>
        </button>
      </div>
    )
  }
  return (
    <div className="matching" data-testid="number-matching">
      <p>
        <Trans>When you sign in, your computer shows a number. Your phone asks you to type it. This proves that it is really you.</Trans>
      </p>
      <div className="matching-row">
        <div className="matching-screen" role="group" aria-label={t`Your computer`}>
          <p className="eyebrow">
            <Trans>Your computer</Trans>
          </p>
          {stage === 'started-by-you' ? (
            <>
              <p>
                <Trans>You are signing in. The screen shows:</Trans>
              </p>
              <p className="big-number" data-testid="shown-number">
                {shown}
              </p>
            </>
          ) : (
            <p>
              <Trans>You are not signing in to anything right now.</Trans>
            </p>
          )}
        </div>
        <form
          className="matching-phone"
          aria-label={t({
            message: 'Your phone: Are you trying to sign in?',
            comment: '“Are you trying to sign in?” is the question Microsoft Authenticator shows on the phone, in this language.',
          })}
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            void answer({ typed })
          }}
        >
          <p className="eyebrow">
            <Trans>Your phone</Trans>
          </p>
          <p>
            <Trans comment="The words Microsoft Authenticator shows on the phone, in this language.">
              <strong>Are you trying to sign in?</strong> Enter the number shown to sign in.
            </Trans>
          </p>
          <div className="field">
            <label htmlFor="matching-number">
              <Trans comment="The label of the number field in Microsoft Authenticator.">Number</Trans>
            </label>
            <input
              id="matching-number"
              className="code-input"
              inputMode="numeric"
              autoComplete="off"
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
            />
          </div>
          <div className="actions">
            <button type="button" className="button secondary" disabled={busy} onClick={() => void answer('deny')}>
              <Trans comment="A button in Microsoft Authenticator, as it shows it in this language.">No, it’s not me</Trans>
            </button>
            <button type="submit" className="button secondary" disabled={busy}>
              <Trans comment="A button in Microsoft Authenticator, as it shows it in this language.">Yes</Trans>
            </button>
          </div>
        </form>
      </div>
      {status}
    </div>
  )
}
