import { useState } from 'react'
import { useApp } from '../../state/store-context'

const twoDigits = (): number => 10 + (crypto.getRandomValues(new Uint8Array(1))[0]! % 90)

function round() {
  const shown = twoDigits()
  const others = new Set<number>()
  while (others.size < 2) {
    const n = twoDigits()
    if (n !== shown) others.add(n)
  }
  const choices = [shown, ...others].sort(() => (crypto.getRandomValues(new Uint8Array(1))[0]! % 2 ? 1 : -1))
  return { shown, choices }
}

type Stage = 'started-by-you' | 'not-you' | 'done'

// Number matching: type the number the sign-in screen shows, and deny any prompt you did not start.
export function NumberMatching() {
  const api = useApp((s) => s.api)
  const practised = useApp((s) => s.mfa?.numberMatchingPractisedAt ?? null)
  const receiveMfa = useApp((s) => s.receiveMfa)
  const [stage, setStage] = useState<Stage>(practised ? 'done' : 'started-by-you')
  const [feedback, setFeedback] = useState<string | null>(null)
  const [game, setGame] = useState(round)
  const goTo = (next: Stage) => {
    setGame(round())
    setStage(next)
  }

  const answer = async (choice: number | 'deny') => {
    if (stage === 'started-by-you') {
      if (choice === game.shown) {
        setFeedback('Right. You typed the number from the sign-in screen. Now the next practice.')
        goTo('not-you')
      } else {
        setFeedback(choice === 'deny' ? 'This time you did start the sign-in, so approve it with the number from the screen.' : 'Not that one. Type the number the sign-in screen on your computer shows.')
      }
      return
    }
    if (choice !== 'deny') {
      setFeedback('Careful: you did not start this sign-in. Someone else may be trying your password. Always deny it.')
      return
    }
    const r = await api.mfa.recordNumberMatching()
    if (r.ok) receiveMfa(r.value)
    setFeedback('Right. You denied a sign-in you did not start. Tell your helpdesk if this ever happens for real.')
    goTo('done')
  }

  if (stage === 'done') {
    return (
      <div>
        <p className="done-line">Practised: you know how to match the number, and to deny a prompt you did not start.</p>
        {feedback && <p role="status">{feedback}</p>}
        <button type="button" className="button secondary small" onClick={() => (setFeedback(null), goTo('started-by-you'))}>
          Practise again
        </button>
      </div>
    )
  }
  return (
    <div className="matching" data-testid="number-matching">
      <p>When you sign in, the screen shows a number and your phone asks you to type it. That proves it is really you.</p>
      <div className="matching-row">
        <div className="matching-screen" aria-label="Your computer">
          <p className="eyebrow">Your computer</p>
          {stage === 'started-by-you' ? (
            <>
              <p>You are signing in. The screen shows:</p>
              <p className="big-number" data-testid="shown-number">
                {game.shown}
              </p>
            </>
          ) : (
            <p>You are not signing in to anything right now.</p>
          )}
        </div>
        <div className="matching-phone" role="group" aria-label="Your phone: Approve sign-in?">
          <p className="eyebrow">Your phone</p>
          <p>
            <strong>Approve sign-in?</strong> Enter the number shown to sign in.
          </p>
          <div className="actions">
            {game.choices.map((n) => (
              <button key={n} type="button" className="button secondary" onClick={() => void answer(n)}>
                {n}
              </button>
            ))}
            <button type="button" className="button danger" onClick={() => void answer('deny')}>
              Deny, it was not me
            </button>
          </div>
        </div>
      </div>
      <p role="status" aria-live="polite" className="matching-feedback">
        {feedback ?? ''}
      </p>
    </div>
  )
}
