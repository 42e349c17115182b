import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { useEffect, useRef, useState } from 'react'
import { humanTime } from '../../format'
import { useApp } from '../../state/store-context'
import { AuthenticatorStores } from './authenticator-stores'
import { PracticeQr } from './practice-qr'
import { usePractisedAt } from './use-practice'
import { VerifyCode } from './verify-code'
import { buttonWords } from '../../words/task-buttons'
import './mfa.css'

// R12 rehearsed in Step 3, before the user clicks Next on TechPass and the real QR code opens. Main does the MFA work.
export function PractiseFirst() {
  const mfa = useApp((s) => s.mfa)
  const practisedAt = usePractisedAt()
  // Finished practice folds to one line when the step is opened again; while the user works, it stays open.
  const [open, setOpen] = useState(() => practisedAt === null)
  const when = practisedAt ? humanTime(practisedAt) : ''
  if (!mfa) {
    return (
      <p className="tool callout callout-warning">
        <Trans comment="MFA: multi-factor authentication, signing in with your password and your phone.">
          The MFA practice does not work on this computer. You can still sign in and set up MFA on the TechPass page.
        </Trans>
      </p>
    )
  }
  return (
    <section className="tool practise-first" aria-labelledby="practise-title">
      <h2 id="practise-title">
        <Trans>Practise first</Trans>
      </h2>
      {practisedAt !== null && !open ? (
        <div className="folded" data-testid="practice-folded">
          <p>
            <span className="badge badge-quiet">
              <Trans>Practised on {when}</Trans>
            </span>
          </p>
          <button type="button" className="button small secondary" onClick={() => setOpen(true)}>
            <Trans>Practise again</Trans>
          </button>
        </div>
      ) : (
        <Rehearsal practised={practisedAt !== null} />
      )}
    </section>
  )
}

const PARTS = [msg`Install Microsoft Authenticator`, msg`Scan a practice QR code`, msg`Type the code that Authenticator shows`] as const

// One part at a time, with Back and Next inside: install, scan, then type a code (which is what marks the practice done).
function Rehearsal({ practised }: { practised: boolean }) {
  const enrolled = useApp((s) => s.mfa?.enrolled ?? false)
  const [part, setPart] = useState(enrolled ? 2 : 0)
  const heading = useRef<HTMLHeadingElement>(null)
  const moved = useRef(false)
  const { i18n } = useLingui()
  // Focus follows Back and Next to the part's own heading.
  useEffect(() => {
    if (moved.current) heading.current?.focus()
    moved.current = true
  }, [part])
  const go = (to: number) => setPart(to)
  const number = part + 1
  const count = PARTS.length
  const title = i18n._(PARTS[part]!)
  return (
    <>
      {/* Said once, with the first part; the later parts keep the screen for their own work. */}
      {part === 0 && (
        <>
          <p>
            <Trans>Practise with Microsoft Authenticator on your phone first. It takes about 3 minutes. It does not change your TechPass account.</Trans>
          </p>
          <p className="callout callout-info" data-testid="remove-practice-first">
            <Trans comment="“TechPass PRACTICE” is the name the entry has in the Authenticator app: keep it in English.">
              The practice adds an entry called “TechPass PRACTICE” to Authenticator. When your real TechPass entry works (Step 4), remove the practice entry.
            </Trans>
          </p>
        </>
      )}
      <div className="rehearsal-part">
        <h3 ref={heading} tabIndex={-1}>
          <Trans>
            <span className="part-count">
              Part {number} of {count}:
            </span>{' '}
            {title}
          </Trans>
        </h3>
        {part === 0 && (
          <>
            <p>
              <Trans>Get it from your phone’s app store. It is free.</Trans>
            </p>
            <AuthenticatorStores />
          </>
        )}
        {part === 1 && <PracticeQr />}
        {part === 2 && <VerifyCode />}
        <div className="actions part-nav">
          {part > 0 && (
            <button type="button" className="button secondary" onClick={() => go(part - 1)}>
              <Trans>Back</Trans>
            </button>
          )}
          {part === 0 && (
            <button type="button" className="button primary" onClick={() => go(1)}>
              {i18n._(buttonWords.haveAuthenticator)}
            </button>
          )}
          {part === 1 && (
            <button type="button" className={enrolled ? 'button primary' : 'button secondary'} disabled={!enrolled} onClick={() => go(2)}>
              {i18n._(buttonWords.scannedIt)}
            </button>
          )}
        </div>
      </div>
      {practised && (
        <p className="hint">
          <Trans>Done practising? Open the Docs portal and sign in.</Trans>
        </p>
      )}
    </>
  )
}
