import { useCallback, useEffect, useRef, useState } from 'react'
import type { PolicyView } from '../../../../src-shared/policy-schema'
import { useApp } from '../../state/store-context'
import { humanDate, humanTime } from '../../format'
import { useDesktop } from '../use-desktop'
import { PolicyMarkdown } from './policy-markdown'

const badge = (p: PolicyView) => {
  const verb = p.action === 'accept' ? 'accept' : 'read'
  if (p.state === 'done') return p.action === 'accept' ? 'Accepted' : 'Read'
  return p.state === 'stale' ? `Updated: ${verb} it again` : p.action === 'accept' ? 'Not accepted yet' : 'Not read yet'
}

// `lead`: the first policy still to do holds the step's primary button; the others wait their turn.
export function PolicyCard({ policy, sample, lead, onDone }: { policy: PolicyView; sample: boolean; lead: boolean; onDone: () => void }) {
  const busy = useApp((s) => s.pending)
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
  const did = policy.action === 'accept' ? 'accepted' : 'read'
  return (
    <section className={`policy policy-${policy.state}`} aria-labelledby={titleId} data-testid={`policy-${policy.id}`}>
      <header className="policy-head">
        <h3 id={titleId}>
          {policy.title}
          {sample ? ' (sample)' : ''}
        </h3>
        <span className={`badge badge-${policy.state}`}>{badge(policy)}</span>
      </header>
      <p className="hint">
        Version {policy.version}, in effect from {humanDate(policy.effective)}.
        {policy.record && policy.state === 'done' && ` You ${did} it ${humanTime(policy.record.at)}.`}
      </p>
      {policy.state === 'stale' && policy.record && (
        <p className="callout callout-warning" data-testid={`policy-${policy.id}-changed`}>
          {policy.record.version === policy.version ? (
            // Same version number, other words: the file's "what changed" is about an earlier version, so it is not quoted.
            <strong>
              The words of version {policy.version} changed since you {did} it. {policy.action === 'accept' ? 'Read and accept it again.' : 'Read it again.'}
            </strong>
          ) : (
            <>
              <strong>
                This is version {policy.version}. You {did} version {policy.record.version}.
              </strong>{' '}
              What changed: {policy.changes}
            </>
          )}
        </p>
      )}
      <div ref={box} className="policy-text" tabIndex={0} role="document" aria-label={`${policy.title}, full text`}>
        {/* Links open in the system browser through main's allowlist, never inside the app. */}
        <PolicyMarkdown markdown={policy.markdown} onOpen={(href) => void desktop.open(href, 'the link in your browser')} />
        <p className="policy-end">End of the {policy.title}.</p>
      </div>
      {policy.state !== 'done' && (
        <div className="actions">
          <button
            type="button"
            className={lead ? 'button primary' : 'button secondary'}
            disabled={!readToEnd || busy}
            aria-describedby={`${titleId}-why`}
            onClick={onDone}
          >
            {policy.action === 'accept' ? `I accept the ${policy.title}` : `I have read the ${policy.title}`}
          </button>
          {!readToEnd && (
            <span id={`${titleId}-why`} className="hint">
              Scroll to the end of the text first.
            </span>
          )}
        </div>
      )}
    </section>
  )
}
