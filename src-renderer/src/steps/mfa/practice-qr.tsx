import { useState } from 'react'
import type { Enrolment } from '../../../../src-shared/mfa-schema'
import { useApp } from '../../state/store-context'

export function PracticeQr() {
  const api = useApp((s) => s.api)
  const mfa = useApp((s) => s.mfa)
  const say = useApp((s) => s.say)
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null)
  const [busy, setBusy] = useState(false)
  const run = async (call: () => ReturnType<typeof api.mfa.enrol>, done: string) => {
    setBusy(true)
    const r = await call()
    setBusy(false)
    if (!r.ok) return say({ tone: 'error', text: r.error.message })
    setEnrolment(r.value)
    say({ tone: 'status', text: done })
  }
  const enrolled = mfa?.enrolled ?? false
  return (
    <div className="practice-qr">
      {enrolment ? (
        <div className="qr-row">
          <img className="qr" src={enrolment.qrDataUrl} alt="Practice QR code for Microsoft Authenticator" data-testid="practice-qr" />
          <div>
            <p>
              In Microsoft Authenticator, tap <strong>+</strong>, choose <strong>Other account</strong>, and scan this code. The entry is called “{enrolment.issuer}”.
            </p>
            <p className="hint">Is this screen on the same phone? You cannot scan it. Choose “Enter code manually” instead and type this key:</p>
            <p className="key" data-testid="practice-key" aria-label={`Key: ${enrolment.keyGroups.join(' ')}`}>
              {enrolment.keyGroups.map((g, i) => (
                <span key={i}>{g}</span>
              ))}
            </p>
          </div>
        </div>
      ) : (
        <p>{enrolled && mfa?.keyAvailable ? 'You already have a practice entry.' : 'Create a practice QR code, then scan it with Microsoft Authenticator.'}</p>
      )}
      {mfa?.storage === 'memory-only' && (
        <p className="callout callout-warning">
          This computer has no secure key store, so the practice key is kept in memory only. If you close the app you will need a new practice QR code.
        </p>
      )}
      <div className="actions">
        {enrolled && mfa?.keyAvailable && !enrolment && (
          <button type="button" className="button secondary" disabled={busy} onClick={() => void run(() => api.mfa.reveal(), 'Showing your practice QR code again.')}>
            Show the practice QR code again
          </button>
        )}
        <button
          type="button"
          className={enrolled ? 'button secondary' : 'button primary'}
          disabled={busy}
          onClick={() => void run(() => api.mfa.enrol(), enrolled ? 'New practice QR code created. The old one no longer works.' : 'Practice QR code created.')}
        >
          {enrolled ? 'Create a new practice QR code' : 'Create a practice QR code'}
        </button>
      </div>
    </div>
  )
}
