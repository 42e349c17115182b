import { msg } from '@lingui/core/macro'
import type { MessageDescriptor } from '@lingui/core'
import { Trans, useLingui } from '@lingui/react/macro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { PolicyView } from '../../../../src-shared/policy-schema'
import { useApp } from '../../state/store-context'
import { humanDate, humanTime } from '../../format'
import { useDesktop } from '../use-desktop'
import { PolicyMarkdown } from './policy-markdown'
import { ownMsg } from '../../i18n/sayable'
import './policies.css'

const badge = (p: PolicyView): MessageDescriptor => {
  const accept = p.action === 'accept'
  if (p.state === 'done')
    return accept ? msg({ message: 'Accepted', comment: 'A policy’s state.' }) : msg({ message: 'Read', comment: 'A policy’s state: it was read.' })
  if (p.state === 'stale') return accept ? msg`Updated: accept it again` : msg`Updated: read it again`
  return accept ? msg`Not accepted yet` : msg`Not read yet`
}

// `lead`: the first policy still to do holds the step's primary button; the others wait their turn.
export function PolicyCard({ policy, sample, lead, onDone }: { policy: PolicyView; sample: boolean; lead: boolean; onDone: () => void }) {
  const busy = useApp((s) => s.pending)
  const box = useRef<HTMLDivElement>(null)
  const [readToEnd, setReadToEnd] = useState(false)
  const desktop = useDesktop()
  const { i18n, t } = useLingui()
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
  const accept = policy.action === 'accept'
  // The policy's own words (title, version, what changed) are in its official language, English.
  const title = policy.title
  const version = policy.version
  const effective = humanDate(policy.effective)
  const when = policy.record && policy.state === 'done' ? humanTime(policy.record.at) : null
  const earlier = policy.record?.version ?? ''
  const changes = policy.changes
  return (
    <section className={`policy policy-${policy.state}`} aria-labelledby={titleId} data-testid={`policy-${policy.id}`}>
      <header className="policy-head">
        <h3 id={titleId}>{sample ? t`${title} (sample)` : title}</h3>
        <span className={`badge badge-${policy.state}`}>{i18n._(badge(policy))}</span>
      </header>
      <p className="hint">
        <Trans>
          Version {version}, in effect from {effective}.
        </Trans>
        {when && ' '}
        {when && (accept ? <Trans>You accepted it on {when}.</Trans> : <Trans>You read it on {when}.</Trans>)}
      </p>
      {policy.state === 'stale' && policy.record && (
        <p className="callout callout-warning" data-testid={`policy-${policy.id}-changed`}>
          {policy.record.version === policy.version ? (
            // Same version number, other words: the file's "what changed" is about an earlier version, so it is not quoted.
            <strong>
              {accept ? (
                <Trans>The words of version {version} changed since you accepted it. Read and accept it again.</Trans>
              ) : (
                <Trans>The words of version {version} changed since you read it. Read it again.</Trans>
              )}
            </strong>
          ) : (
            <>
              <strong>
                {accept ? (
                  <Trans>
                    This is version {version}. You accepted version {earlier}.
                  </Trans>
                ) : (
                  <Trans>
                    This is version {version}. You read version {earlier}.
                  </Trans>
                )}
              </strong>{' '}
              <Trans comment="{changes} is the policy’s own note, in English.">What changed: {changes}</Trans>
            </>
          )}
        </p>
      )}
      {i18n.locale !== 'en' && (
        <p className="hint" data-testid={`policy-${policy.id}-official-language`}>
          <Trans>This policy is shown in English, its official language.</Trans>
        </p>
      )}
      <div ref={box} className="policy-text" tabIndex={0} role="document" aria-label={t`${title}, full text`}>
        {/* Links open in the system browser through main's allowlist, never inside the app. */}
        <div lang="en">
          <PolicyMarkdown markdown={policy.markdown} onOpen={(href) => void desktop.open(href, { done: ownMsg(msg`Opened the link in your browser.`) })} />
        </div>
        <p className="policy-end">
          <Trans>End of the {title}.</Trans>
        </p>
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
            {accept ? <Trans>I accept the {title}</Trans> : <Trans>I have read the {title}</Trans>}
          </button>
          {!readToEnd && (
            <span id={`${titleId}-why`} className="hint">
              <Trans>Scroll to the end of the text first.</Trans>
            </span>
          )}
        </div>
      )}
    </section>
  )
}
