import { useEffect, useState } from 'react'
import type { VerifyOutcome } from '../../../../src-shared/mfa-schema'
import { useApp } from '../../state/store-context'

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
  const api = useApp((s) => s.api)
  const mfa = useApp((s) => s.mfa)
  const receiveMfa = useApp((s) => s.receiveMfa)
  const [code, setCode] = useState('')
  const [outcome, setOutcome] = useState<{ tone: 'ok' | 'bad'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const left = useCountdown(useApp((s) => s.mfaCooldownUntil))
  if (!mfa?.enrolled) return <p className="hint">Create the practice QR code first.</p>
  const show = (r: VerifyOutcome) => {
    receiveMfa(r.status)
    setOutcome({ tone: r.result === 'accepted' ? 'ok' : 'bad', text: r.message })
    if (r.result === 'accepted') setCode('')
  }
  const submit = async () => {
    setBusy(true)
    const r = await api.mfa.verify({ code })
    setBusy(false)
    if (r.ok) show(r.value)
    else setOutcome({ tone: 'bad', text: r.error.message })
  }
  const blocked = left > 0 || mfa.disabled
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
        <label htmlFor="mfa-code">6-digit code</label>
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
          <button type="submit" className="button primary" disabled={busy || blocked}>
            Check the code
          </button>
        </div>
      </div>
      <div id="mfa-outcome" role="status" aria-live="polite" className={outcome ? `outcome outcome-${outcome.tone}` : 'outcome'}>
        {outcome?.text}
      </div>
      {left > 0 && (
        <p className="cooldown" data-testid="cooldown" role="timer" aria-live="off">
          Too many wrong codes. You can try again in {left} {left === 1 ? 'second' : 'seconds'}.
        </p>
      )}
      {mfa.disabled && <p className="error">The practice is switched off after 100 wrong codes in a row. Create a new practice QR code to start again.</p>}
      {mfa.verifiedAt && <p className="done-line">Verified: your app and your phone’s clock work.</p>}
    </form>
  )
}
