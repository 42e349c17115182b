import { useState } from 'react'
import { useSay } from '../../i18n/use-say'
import { useApp } from '../../state/store-context'

const twoDigits = (): string => String(10 + (crypto.getRandomValues(new Uint8Array(1))[0]! % 90))

type Stage = 'started-by-you' | 'not-you' | 'done'
type Feedback = { tone: 'ok' | 'bad'; text: string } | null

// What the user types or chooses in each round, and what to say; pure so the rules are easy to read.
function judge(stage: Exclude<Stage, 'done'>, shown: string, answer: { typed: string } | 'deny'): { next: Stage | 'save'; feedback: Feedback } {
  if (stage === 'started-by-you') {
    if (answer === 'deny')
      return { next: stage, feedback: { tone: 'bad', text: 'This time you did start the sign-in. Type the number your computer shows, then choose Yes.' } }
    const typed = answer.typed.replace(/\s+/g, '')
    if (typed === '') return { next: stage, feedback: { tone: 'bad', text: 'Type the number your computer shows, then choose Yes.' } }
    if (typed !== shown)
      return { next: stage, feedback: { tone: 'bad', text: 'That is not the number on your computer. Look at the screen and type that number.' } }
    return { next: 'not-you', feedback: { tone: 'ok', text: 'Right. You typed the number from your computer. Now the next practice.' } }
  }
  if (answer !== 'deny') {
    return {
      next: stage,
      feedback: { tone: 'bad', text: 'Careful: you did not start this sign-in. Someone else may be trying your password. Always choose “No, it’s not me”.' },
    }
  }
  return { next: 'save', feedback: null }
}

// Number matching as Authenticator asks today: type the number the sign-in screen shows, and deny a prompt you did not start.
export function NumberMatching() {
  const api = useApp((s) => s.api)
  const practised = useApp((s) => s.mfa?.numberMatchingPractisedAt ?? null)
  const receiveMfa = useApp((s) => s.receiveMfa)
  const sayText = useSay()
  const [stage, setStage] = useState<Stage>(practised ? 'done' : 'started-by-you')
  const [feedback, setFeedback] = useState<Feedback>(null)
  const [shown, setShown] = useState(twoDigits)
  const [typed, setTyped] = useState('')
  const [busy, setBusy] = useState(false)
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
    // Success is said only once main has recorded it.
    setBusy(true)
    const r = await api.mfa.recordNumberMatching()
    setBusy(false)
    if (!r.ok) return setFeedback({ tone: 'bad', text: sayText(r.error.message) })
    receiveMfa(r.value)
    setFeedback({ tone: 'ok', text: 'Right. You denied a sign-in you did not start. Tell your helpdesk if this ever happens for real.' })
    goTo('done')
  }

  const status = (
    <p role="status" aria-live="polite" className={`matching-feedback${feedback ? ` outcome-${feedback.tone}` : ''}`} data-testid="matching-feedback">
      {feedback?.text ?? ''}
    </p>
  )
  if (stage === 'done') {
    return (
      <div>
        <p className="badge badge-quiet">Practised: you know how to type the number, and to deny a prompt you did not start.</p>
        {status}
        <button type="button" className="button secondary small" onClick={() => (setFeedback(null), goTo('started-by-you'))}>
          Practise again
        </button>
      </div>
    )
  }
  return (
    <div className="matching" data-testid="number-matching">
      <p>When you sign in, your computer shows a number and your phone asks you to type it. That proves it is really you.</p>
      <div className="matching-row">
        <div className="matching-screen" role="group" aria-label="Your computer">
          <p className="eyebrow">Your computer</p>
          {stage === 'started-by-you' ? (
            <>
              <p>You are signing in. The screen shows:</p>
              <p className="big-number" data-testid="shown-number">
                {shown}
              </p>
            </>
          ) : (
            <p>You are not signing in to anything right now.</p>
          )}
        </div>
        <form
          className="matching-phone"
          aria-label="Your phone: Are you trying to sign in?"
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            void answer({ typed })
          }}
        >
          <p className="eyebrow">Your phone</p>
          <p>
            <strong>Are you trying to sign in?</strong> Enter the number shown to sign in.
          </p>
          <div className="field">
            <label htmlFor="matching-number">Number</label>
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
              No, it’s not me
            </button>
            <button type="submit" className="button secondary" disabled={busy}>
              Yes
            </button>
          </div>
        </form>
      </div>
      {status}
    </div>
  )
}
