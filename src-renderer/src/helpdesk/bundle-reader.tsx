import { Trans, useLingui } from '@lingui/react/macro'
import { useState } from 'react'
import type { BundleView } from '../../../src-shared/bundle-view'
import type { Msg } from '../../../src-shared/message'
import { decodeStatus } from '../../../src-shared/status-code'
import type { StatusFields } from '../../../src-shared/status-code'
import { humanTime } from '../format'
import { useNextTitle, useSay } from '../state/use-say'
import { useApp } from '../state/store-context'

// Read-only: a user's exported support bundle, replayed on today's date. Nothing from it is saved here.
// Its status code opens the runbook at the user's step, exactly as if the user had read it out.
export function BundleReader({ onDecoded }: { onDecoded(status: StatusFields): void }) {
  const run = useApp((s) => s.run)
  const busy = useApp((s) => s.pending)
  const [view, setView] = useState<BundleView | null>(null)
  const [error, setError] = useState<Msg | null>(null)
  const sayText = useSay()
  const { t } = useLingui()
  const titleOf = useNextTitle()
  const open = async () => {
    // A file that cannot be read is said here, in the reader, and what was shown before is cleared.
    const opened = await run((api) => api.support.import(), {
      failed: (message) => {
        setError(message)
        setView(null)
      },
    })
    if (opened?.opened) {
      setError(null)
      setView(opened.view)
      const status = opened.view ? decodeStatus(opened.view.statusCode) : null
      if (status?.ok) onDecoded(status.value)
    }
  }
  return (
    <section className="tool" aria-labelledby="bundle-title">
      <h2 id="bundle-title">
        <Trans>Read a support bundle</Trans>
      </h2>
      <p>
        <Trans comment="“Save a support bundle” is the name of a button in this app: use the same words as that button.">
          Open the .json file a user saved with “Save a support bundle”. It is shown here and not stored.
        </Trans>
      </p>
      <button type="button" className="button secondary no-print" disabled={busy} onClick={() => void open()}>
        <Trans>Open a support bundle…</Trans>
      </button>
      {error && (
        <p className="notice notice-error" role="alert" data-testid="bundle-error">
          {sayText(error)}
        </p>
      )}
      {view && (
        <div className="bundle" data-testid="bundle-view">
          <p className="callout callout-info" role="status" data-testid="bundle-integrity">
            <strong>{sayText(view.integrity.verdict)}</strong>
          </p>
          <details className="bundle-details" data-testid="bundle-integrity-details">
            <summary>
              <Trans>How this file was checked</Trans>
            </summary>
            <p>{sayText(view.integrity.detail)}</p>
            <dl className="decoded">
              <dt>
                <Trans>File</Trans>
              </dt>
              <dd className="bundle-file">{view.file}</dd>
              <dt>
                <Trans comment="When the file was saved.">Saved</Trans>
              </dt>
              <dd>{humanTime(view.exportedAt)}</dd>
              <dt>
                <Trans>App version</Trans>
              </dt>
              <dd>{view.appVersion}</dd>
              <dt>
                <Trans>Personal data</Trans>
              </dt>
              <dd>{view.redacted ? <Trans>Removed before saving</Trans> : <Trans>Included</Trans>}</dd>
            </dl>
          </details>
          <dl className="decoded">
            <dt>
              <Trans>Who</Trans>
            </dt>
            <dd>{view.who ? sayText(view.who) : t`Not chosen yet`}</dd>
            <dt>
              <Trans>Current step</Trans>
            </dt>
            <dd data-testid="bundle-current-step">{sayText(view.currentStep)}</dd>
            <dt>
              <Trans>Next action</Trans>
            </dt>
            <dd data-testid="bundle-next-action">
              <strong>{titleOf(view.nextAction)}</strong> {sayText(view.nextAction.detail)}
            </dd>
            <dt>
              <Trans>Deadline today</Trans>
            </dt>
            <dd data-testid="bundle-deadline">{view.deadline ? sayText(view.deadline.text) : <Trans>No deadline yet</Trans>}</dd>
            <dt>
              <Trans>Status code</Trans>
            </dt>
            <dd className="mono">{view.statusCode}</dd>
          </dl>
          <h3>
            <Trans>Timeline</Trans>
          </h3>
          <ol className="timeline" data-testid="bundle-timeline">
            {view.timeline.map((t) => (
              <li key={t.seq}>
                <span className="timeline-at">{humanTime(t.at)}</span> {sayText(t.text)}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  )
}
