import { useState } from 'react'
import type { Enrolment } from '../../../../src-shared/mfa-schema'
import { keepMfa } from '../../state/app-store'
import { useApp } from '../../state/store-context'

export function PracticeQr() {
  const mfa = useApp((s) => s.mfa)
  const run = useApp((s) => s.run)
  const pending = useApp((s) => s.pending)
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null)
  const show = async (call: 'enrol' | 'reveal', done: string) => {
    const shown = await run((api) => (call === 'enrol' ? api.mfa.enrol() : api.mfa.reveal()), { done, keep: (e) => keepMfa(e.status) })
    if (shown) setEnrolment(shown)
  }
  const enrolled = mfa?.enrolled ?? false
  return (
    <div className="practice-qr">
      {enrolment ? (
        <div className="qr-row">
          <img className="qr" src={enrolment.qrDataUrl} alt="Practice QR code for Microsoft Authenticator" data-testid="practice-qr" />
          <div>
            <p>
              In Microsoft Authenticator, tap <strong>+</strong>, choose <strong>Other account</strong>, and scan this code with your phone’s camera. The entry
              is called “{enrolment.issuer}”.
            </p>
            <p className="hint">If your phone cannot scan it, choose “Enter code manually” in Authenticator and type this key:</p>
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
          <button type="button" className="button secondary" disabled={pending} onClick={() => void show('reveal', 'Showing your practice QR code again.')}>
            Show the practice QR code again
          </button>
        )}
        <button
          type="button"
          className={enrolled ? 'button secondary' : 'button primary'}
          disabled={pending}
          onClick={() => void show('enrol', enrolled ? 'New practice QR code created. The old one no longer works.' : 'Practice QR code created.')}
        >
          {enrolled ? 'Create a new practice QR code' : 'Create a practice QR code'}
        </button>
      </div>
    </div>
  )
}
