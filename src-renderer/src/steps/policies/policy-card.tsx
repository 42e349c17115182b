import { useCallback, useEffect, useRef, useState } from 'react'
import type { PolicyView } from '../../../../src-shared/policy-schema'
import { useDesktop } from '../use-desktop'
import { PolicyMarkdown } from './policy-markdown'

export function PolicyCard({ policy, onAccept, busy }: { policy: PolicyView; onAccept: () => void; busy: boolean }) {
  const box = useRef<HTMLDivElement>(null)
  const [readToEnd, setReadToEnd] = useState(false)
  const desktop = useDesktop()
  // "I accept" waits until the end of the text has been on screen.
  const check = useCallback(() => {
    const el = box.current
    if (el && el.scrollTop + el.clientHeight >= el.scrollHeight - 4) setReadToEnd(true)
  }, [])
  useEffect(() => {
    const el = box.current
    if (!el) return
    const frame = requestAnimationFrame(check)
    el.addEventListener('scroll', check, { passive: true })
    return () => {
      cancelAnimationFrame(frame)
      el.removeEventListener('scroll', check)
    }
  }, [check, policy.sha256])
  const titleId = `policy-${policy.id}-title`
  return (
    <section className={`policy policy-${policy.state}`} aria-labelledby={titleId} data-testid={`policy-${policy.id}`}>
      <header className="policy-head">
        <h3 id={titleId}>{policy.title}</h3>
        <span className={`badge badge-${policy.state}`}>
          {policy.state === 'accepted' ? 'Accepted' : policy.state === 'stale' ? 'Updated: accept again' : 'Not accepted yet'}
        </span>
      </header>
      <p className="hint">
        Version {policy.version}, in effect from {policy.effective}.
        {policy.acceptance && policy.state === 'accepted' && ` You accepted it on ${policy.acceptance.acceptedAt.slice(0, 10)}.`}
      </p>
      {policy.state === 'stale' && policy.acceptance && (
        <p className="callout callout-warning" data-testid={`policy-${policy.id}-changed`}>
          <strong>This policy changed since you accepted version {policy.acceptance.version}.</strong> What changed: {policy.changes}
        </p>
      )}
      <div ref={box} className="policy-text" tabIndex={0} role="document" aria-label={`${policy.title}, full text`}>
        {/* Links open in the system browser through main's allowlist, never inside the app. */}
        <PolicyMarkdown markdown={policy.markdown} onOpen={(href) => void desktop.open(href, 'the link in your browser')} />
        <p className="policy-end">End of the {policy.title}.</p>
      </div>
      {policy.state !== 'accepted' && (
        <div className="actions">
          <button type="button" className="button primary" disabled={!readToEnd || busy} aria-describedby={`${titleId}-why`} onClick={onAccept}>
            I accept the {policy.title}
          </button>
          {!readToEnd && (
            <span id={`${titleId}-why`} className="hint">
              Scroll to the end of the text to accept.
            </span>
          )}
        </div>
      )}
    </section>
  )
}
