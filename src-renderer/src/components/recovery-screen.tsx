import { keepSnapshot } from '../state/app-store'
import { useEffect, useRef } from 'react'
import type { RecoveryNotice } from '../../../src-shared/snapshot-schema'
import { useApp } from '../state/store-context'

export function RecoveryScreen({ notice }: { notice: RecoveryNotice }) {
  const run = useApp((s) => s.run)
  const acknowledge = () => run((api) => api.ledger.acknowledgeRecovery(), { done: 'A new checklist has started.', keep: keepSnapshot })
  const pending = useApp((s) => s.pending)
  const error = useApp((s) => (s.notice?.tone === 'error' ? s.notice.text : null))
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <main id="main" className="centered">
      <section className="panel recovery" aria-labelledby="recovery-title">
        <h1 id="recovery-title" ref={heading} tabIndex={-1}>
          We could not open your saved progress
        </h1>
        <p>{notice.message}</p>
        <p className="label">The old file is kept here:</p>
        <p className="path" data-testid="recovery-path">
          {notice.movedTo}
        </p>
        <p>If you need your old progress, send this file to the helpdesk. Otherwise, start the checklist again.</p>
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
        <button type="button" className="button primary" disabled={pending} onClick={() => void acknowledge()}>
          Start a new checklist
        </button>
      </section>
    </main>
  )
}
