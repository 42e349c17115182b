import { Trans, useLingui } from '@lingui/react/macro'
import { useEffect, useState } from 'react'
import { humanTime } from '../../format'
import { useSay } from '../../state/use-say'
import { keepMfa } from '../../state/app-store'
import { useApp } from '../../state/store-context'
import { latestStatus } from './rehearsal-status'
import type { Latest } from './rehearsal-status'
import { usePractisedAt } from './use-practice'
import { buttonWords } from '../../words/task-buttons'
import './mfa.css'

// Counts down to the local instant the store worked out from main's answer; main still refuses early tries itself.
function useCountdown(until: number): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 250)
    return () => window.clearInterval(timer)
  }, [until])
  return Math.max(0, Math.ceil((until - now) / 1000))
}

export function VerifyCode() {
  const run = useApp((s) => s.run)
  const busy = useApp((s) => s.pending)
  const mfa = useApp((s) => s.mfa)
  const say = useApp((s) => s.say)
  const sayText = useSay()
  const practisedAt = usePractisedAt()
  const [code, setCode] = useState('')
  const [latest, setLatest] = useState<Latest | null>(null)
  const left = useCountdown(useApp((s) => s.mfaCooldownUntil))
  const { i18n } = useLingui()
  if (!mfa?.enrolled)
    return (
      <p className="hint">
        <Trans>Create the practice QR code first.</Trans>
      </p>
    )
  // The rehearsal keeps its own status area beside the code, where the user acted; its answer is not a saved step.
  const submit = async () => {
    const checked = await run((api) => api.mfa.verify({ code }), {
      keep: (v) => keepMfa(v.status),
      failed: (message) => setLatest({ tone: 'bad', text: message, paused: false }),
    })
    if (!checked) return
    setLatest({ tone: checked.result === 'accepted' ? 'ok' : 'bad', text: checked.message, paused: checked.status.cooldownSecondsLeft > 0 })
    // An accepted code finishes the task and the next one replaces this screen: the notice region says it there.
    if (checked.result === 'accepted') {
      setCode('')
      say({ tone: 'status', text: checked.message })
    }
  }
  const shown = latestStatus(i18n, mfa, left, latest)
  const blocked = left > 0 || mfa.disabled
  const verifiedAt = practisedAt ? humanTime(practisedAt) : null
  return (
    <form
      className="verify"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <div className="field">
        <label htmlFor="mfa-code">
          <Trans>6-digit code</Trans>
        </label>
        <div className="field-row">
          <input
            id="mfa-code"
            className="code-input"
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            aria-describedby="mfa-outcome"
            onChange={(e) => setCode(e.currentTarget.value)}
          />
          <button type="submit" className={practisedAt ? 'button secondary' : 'button primary'} disabled={busy || blocked}>
            {i18n._(buttonWords.checkCode)}
          </button>
        </div>
      </div>
      {verifiedAt && (
        <p className="badge badge-quiet" data-testid="verified-badge">
          <Trans>Verified on {verifiedAt}</Trans>
        </p>
      )}
      <p id="mfa-outcome" role="status" aria-live="polite" className={shown ? `outcome outcome-${shown.tone}` : 'outcome'} data-tone={shown?.tone ?? ''}>
        {shown ? sayText(shown.text) : ''}
        {shown?.timer && (
          <>
            {' '}
            <span role="timer" aria-live="off" data-testid="cooldown">
              {shown.timer}
            </span>
          </>
        )}
      </p>
    </form>
  )
}
