import { useEffect, useRef, useState } from 'react'
import { humanTime } from '../../format'
import { useApp } from '../../state/store-context'
import { AuthenticatorStores } from './authenticator-stores'
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

const PARTS = ['Install Microsoft Authenticator', 'Scan a practice QR code', 'Type the code Authenticator shows'] as const

// One part at a time, with Back and Next inside: install, scan, then type a code (which is what marks the practice done).
function Rehearsal({ practised }: { practised: boolean }) {
  const enrolled = useApp((s) => s.mfa?.enrolled ?? false)
  const [part, setPart] = useState(enrolled ? 2 : 0)
  const heading = useRef<HTMLHeadingElement>(null)
  const moved = useRef(false)
  // Focus follows Back and Next to the part's own heading.
  useEffect(() => {
    if (moved.current) heading.current?.focus()
    moved.current = true
  }, [part])
  const go = (to: number) => setPart(to)
  return (
    <>
      {/* Said once, with the first part; the later parts keep the screen for their own work. */}
      {part === 0 && (
        <>
          <p>Practise with Microsoft Authenticator on your phone first. It takes about 3 minutes. It does not touch your TechPass account.</p>
          <p className="callout callout-info" data-testid="remove-practice-first">
            The practice adds an entry called “TechPass PRACTICE” to Authenticator. When your real TechPass entry works (Step 4), remove the practice entry.
          </p>
        </>
      )}
      <div className="rehearsal-part">
        <h3 ref={heading} tabIndex={-1}>
          <span className="part-count">
            Part {part + 1} of {PARTS.length}:{' '}
          </span>
          {PARTS[part]}
        </h3>
        {part === 0 && (
          <>
            <p>Get it from your phone’s app store. It is free.</p>
            <AuthenticatorStores />
          </>
        )}
        {part === 1 && <PracticeQr />}
        {part === 2 && <VerifyCode />}
        <div className="actions part-nav">
          {part > 0 && (
            <button type="button" className="button secondary" onClick={() => go(part - 1)}>
              Back
            </button>
          )}
          {part === 0 && (
            <button type="button" className="button primary" onClick={() => go(1)}>
              Next: I have Authenticator
            </button>
          )}
          {part === 1 && (
            <button type="button" className={enrolled ? 'button primary' : 'button secondary'} disabled={!enrolled} onClick={() => go(2)}>
              Next: I scanned it
            </button>
          )}
        </div>
      </div>
      {practised && <p className="hint">Done practising? Open the Docs portal and sign in.</p>}
    </>
  )
}
