import { Trans } from '@lingui/react/macro'
import { useApp } from '../../state/store-context'
import { usePracticeSectionId, usePractisedAt } from './use-practice'
import './mfa.css'

// R12 for real: the QR code is on the TechPass page in the browser; the assistant only says what to do there.
export function MfaSetup() {
  const practiceEntry = useApp((s) => s.mfa?.enrolled ?? false)
  const practisedAt = usePractisedAt()
  const practiceId = usePracticeSectionId()
  const select = useApp((s) => s.select)
  return (
    <section className="tool" aria-labelledby="mfa-setup-title">
      <h2 id="mfa-setup-title">
        <Trans comment="MFA: multi-factor authentication, signing in with your password and your phone.">Set up MFA on the TechPass page</Trans>
      </h2>
      {practisedAt === null && practiceId && (
        <div className="callout callout-info">
          <p>
            <Trans comment="Next is a button on the TechPass page: keep it in English.">
              You have not practised yet. If you have not clicked <strong>Next</strong> on the TechPass page, practise first in Step 3.
            </Trans>
          </p>
          <button type="button" className="button small secondary" onClick={() => select(practiceId)}>
            <Trans>Go to the practice in Step 3</Trans>
          </button>
        </div>
      )}
      <ol className="setup-steps">
        <li>
          <Trans comment="Next is a button on the TechPass page: keep it in English.">
            After you click <strong>Next</strong>, the TechPass page in your web browser shows a QR code.
          </Trans>
        </li>
        <li>
          <Trans>
            On your phone, open Microsoft Authenticator and tap <strong>+</strong> to add an account. Scan the QR code on your computer screen.
          </Trans>
        </li>
        <li>
          <Trans comment="Yes is the button in Microsoft Authenticator: use the word the app shows in this language.">
            TechPass then shows a number. Authenticator asks for it. Type the number, then tap <strong>Yes</strong>.
          </Trans>
        </li>
      </ol>
      {practiceEntry && (
        <p className="callout callout-warning" data-testid="remove-practice">
          <Trans comment="“TechPass PRACTICE” is the name of the entry in the Authenticator app: keep it in English.">
            Last, remove the practice entry. Open Microsoft Authenticator. Find “TechPass PRACTICE” and remove it. Keep your real TechPass entry.
          </Trans>
        </p>
      )}
    </section>
  )
}
