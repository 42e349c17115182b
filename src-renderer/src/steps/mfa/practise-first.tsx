import { useState } from 'react'
import { humanTime } from '../../format'
import { useApp } from '../../state/store-context'
import { useDesktop } from '../use-desktop'
import { NumberMatching } from './number-matching'
import { PracticeQr } from './practice-qr'
import { usePractisedAt } from './use-practice'
import { VerifyCode } from './verify-code'

// R12 rehearsed in Step 3, before the user clicks Next on TechPass and the real QR code opens. Main does the MFA work.
export function PractiseFirst() {
  const mfa = useApp((s) => s.mfa)
  const practisedAt = usePractisedAt()
  // Finished practice folds to one line when the step is opened again; while the user works, it stays open.
  const [open, setOpen] = useState(() => practisedAt === null)
  if (!mfa) {
    return (
      <p className="tool callout callout-warning">
        The MFA practice is not available on this computer. You can still sign in and set up MFA on the TechPass page.
      </p>
    )
  }
  return (
    <section className="tool practise-first" aria-labelledby="practise-title">
      <h2 id="practise-title">Practise first</h2>
      {practisedAt !== null && !open ? (
        <div className="folded" data-testid="practice-folded">
          <p>
            <span className="badge badge-quiet">Practised {humanTime(practisedAt)}</span>
            {mfa.numberMatchingPractisedAt ? '' : ' Number matching is not practised yet.'}
          </p>
          <button type="button" className="button small secondary" onClick={() => setOpen(true)}>
            Practise again
          </button>
        </div>
      ) : (
        <Rehearsal practised={practisedAt !== null} />
      )}
    </section>
  )
}

function Rehearsal({ practised }: { practised: boolean }) {
  const urls = useApp((s) => s.settings?.authenticatorUrls)
  const desktop = useDesktop()
  return (
    <>
      <p>Before you sign in, practise with Microsoft Authenticator on your phone. It takes about 3 minutes and does not touch your TechPass account.</p>
      <p className="callout callout-info" data-testid="remove-practice-first">
        The practice adds an entry called “TechPass PRACTICE” to Authenticator. When your real TechPass entry works (Step 4), remove the practice entry.
      </p>
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
      </ol>
      {practised && <p className="hint">Done practising? Open the Docs portal and sign in.</p>}
    </>
  )
}
