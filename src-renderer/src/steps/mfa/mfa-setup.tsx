import { useApp } from '../../state/store-context'
import { usePracticeSectionId, usePractisedAt } from './use-practice'

// R12 for real: the QR code is on the TechPass page in the browser; the assistant only says what to do there.
export function MfaSetup() {
  const practiceEntry = useApp((s) => s.mfa?.enrolled ?? false)
  const practisedAt = usePractisedAt()
  const practiceId = usePracticeSectionId()
  const select = useApp((s) => s.select)
  return (
    <section className="tool" aria-labelledby="mfa-setup-title">
      <h2 id="mfa-setup-title">Set up MFA on the TechPass page</h2>
      {practisedAt === null && practiceId && (
        <div className="callout callout-info">
          <p>You have not practised yet. If you have not clicked Next on the TechPass page, practise first in Step 3.</p>
          <button type="button" className="button small secondary" onClick={() => select(practiceId)}>
            Go to the practice in Step 3
          </button>
        </div>
      )}
      <ol className="setup-steps">
        <li>After you click Next, the TechPass page in your web browser shows a QR code.</li>
        <li>
          On your phone, open Microsoft Authenticator and tap <strong>+</strong> to add an account. Scan the QR code on your computer screen.
        </li>
        <li>
          TechPass then shows a number. Authenticator asks for it: type the number, then tap <strong>Yes</strong>.
        </li>
      </ol>
      {practiceEntry && (
        <p className="callout callout-warning" data-testid="remove-practice">
          Last, remove the practice entry: in Microsoft Authenticator, open “TechPass PRACTICE” and remove it. Keep your real TechPass entry.
        </p>
      )}
    </section>
  )
}
