import { useState } from 'react'
import { seedLabel } from '../../../src-shared/labels'
import type { BundleView } from '../../../src-shared/bundle-view'
import { decodeStatus } from '../../../src-shared/status-code'
import type { StatusFields } from '../../../src-shared/status-code'
import { humanText } from '../format'
import type { Msg } from '../../../src-shared/message'
import { useSay } from '../i18n/use-say'
import { useApp } from '../state/store-context'

// Read-only: a user's exported support bundle, replayed on today's date. Nothing from it is saved here.
// Its status code opens the runbook at the user's step, exactly as if the user had read it out.
export function BundleReader({ onDecoded }: { onDecoded(status: StatusFields): void }) {
  const api = useApp((s) => s.api)
  const [view, setView] = useState<BundleView | null>(null)
  const [error, setError] = useState<Msg | null>(null)
  const sayText = useSay()
  const [busy, setBusy] = useState(false)
  const open = async () => {
    setBusy(true)
    const r = await api.support.import()
    setBusy(false)
    if (!r.ok) {
      setError(r.error.message)
      setView(null)
    } else if (r.value.opened) {
      setError(null)
      setView(r.value.view)
      const status = r.value.view ? decodeStatus(r.value.view.statusCode) : null
      if (status?.ok) onDecoded(status.value)
    }
  }
  return (
    <section className="tool" aria-labelledby="bundle-title">
      <h2 id="bundle-title">Read a support bundle</h2>
      <p>Open the .json file a user saved with “Save a support bundle”. It is shown here and not stored.</p>
      <button type="button" className="button secondary no-print" disabled={busy} onClick={() => void open()}>
        Open a support bundle…
      </button>
      {error && (
        <p className="notice notice-error" role="alert" data-testid="bundle-error">
          {sayText(error)}
        </p>
      )}
      {view && (
        <div className="bundle" data-testid="bundle-view">
          <p className="callout callout-info" role="status" data-testid="bundle-integrity">
            <strong>{view.integrity.verdict}</strong>
          </p>
          <details className="bundle-details" data-testid="bundle-integrity-details">
            <summary>How this file was checked</summary>
            <p>{view.integrity.detail}</p>
            <dl className="decoded">
              <dt>File</dt>
              <dd className="bundle-file">{view.file}</dd>
              <dt>Saved</dt>
              <dd>{humanText(view.exportedAt)}</dd>
              <dt>App version</dt>
              <dd>{view.appVersion}</dd>
              <dt>Personal data</dt>
              <dd>{view.redacted ? 'Removed before saving' : 'Included'}</dd>
            </dl>
          </details>
          <dl className="decoded">
            <dt>Who</dt>
            <dd>{view.audience ? `${view.audience}; ${seedLabel[view.seed ?? 'unknown']}` : 'Not chosen yet'}</dd>
            <dt>Current step</dt>
            <dd data-testid="bundle-current-step">{view.currentStep}</dd>
            <dt>Next action</dt>
            <dd>{humanText(view.nextAction)}</dd>
            <dt>Deadline today</dt>
            <dd data-testid="bundle-deadline">{view.deadline ? humanText(view.deadline.text) : 'No deadline yet'}</dd>
            <dt>Status code</dt>
            <dd className="mono">{view.statusCode}</dd>
          </dl>
          <h3>Timeline</h3>
          <ol className="timeline" data-testid="bundle-timeline">
            {view.timeline.map((t) => (
              <li key={t.seq}>
                <span className="timeline-at">{humanText(t.at)}</span> {humanText(t.text)}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  )
}
