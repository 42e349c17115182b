import { useApp } from '../../state/store-context'
import { useDesktop } from '../use-desktop'
import { NumberMatching } from './number-matching'
import { PracticeQr } from './practice-qr'
import { VerifyCode } from './verify-code'

// R12 rehearsed with the user's real Microsoft Authenticator. Main does all the MFA work; this only shows it.
export function MfaRehearsal() {
  const mfa = useApp((s) => s.mfa)
  const urls = useApp((s) => s.settings?.authenticatorUrls)
  const desktop = useDesktop()
  if (!mfa) {
    return <p className="tool callout callout-warning">The MFA practice is not available on this computer. You can still follow the steps in the checklist on this page.</p>
  }
  return (
    <section className="tool" aria-labelledby="mfa-title">
      <h2 id="mfa-title">Practise before you do it for real</h2>
      <p>This practice uses your real Microsoft Authenticator app with a practice entry. It does not touch your TechPass account.</p>
      <ol className="rehearsal">
        <li>
          <h3>Install Microsoft Authenticator</h3>
          <p>Get it from your phone’s app store. It is free.</p>
          <div className="actions">
            <button type="button" className="button secondary" onClick={() => urls && void desktop.open(urls.ios, 'the App Store page in your browser')}>
              App Store (iPhone)
            </button>
            <button type="button" className="button secondary" onClick={() => urls && void desktop.open(urls.android, 'the Google Play page in your browser')}>
              Google Play (Android)
            </button>
          </div>
        </li>
        <li>
          <h3>Scan a practice QR code</h3>
          <PracticeQr />
        </li>
        <li>
          <h3>Type the code Authenticator shows</h3>
          <VerifyCode />
        </li>
        <li>
          <h3>Practise number matching</h3>
          <NumberMatching />
        </li>
        {mfa.verifiedAt && (
          <li>
            <h3>Remove the practice entry</h3>
            <p className="callout callout-info" data-testid="remove-practice">
              When you have finished practising, open Microsoft Authenticator, tap the “TechPass PRACTICE” entry, and remove it. Keep only your real TechPass entry.
            </p>
          </li>
        )}
      </ol>
    </section>
  )
}
