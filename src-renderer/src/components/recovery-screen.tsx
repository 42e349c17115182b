import { keepSnapshot } from '../state/app-store'
import { useEffect, useRef } from 'react'
import type { RecoveryNotice } from '../../../src-shared/snapshot-schema'
import { useApp } from '../state/store-context'
import { useSay } from '../i18n/use-say'
import { HelpContact } from './help-contact'

// What happened, in plain words; the path is shown once, with Copy and Show in folder.
const whatHappened: Record<RecoveryNotice['reason'], string> = {
  unreadable: 'Your saved progress could not be read. The file is damaged, for example by a crash or a full disk.',
  invalid: 'Your saved progress is not in a form this app can read. It may come from another app, or from a newer version of this one.',
  'broken-chain': 'Your saved progress was changed outside the app, so the app can no longer trust it.',
}

export function RecoveryScreen({ notice }: { notice: RecoveryNotice }) {
  const run = useApp((s) => s.run)
  const acknowledge = () => run((api) => api.ledger.acknowledgeRecovery(), { done: 'A new checklist has started.', keep: keepSnapshot })
  const copy = () =>
    run((api) => api.clipboard.write({ text: notice.movedTo }), { done: 'Copied where the old file is. Paste it into your email to the helpdesk.' })
  const show = () => run((api) => api.files.showInFolder({ path: notice.movedTo }))
  const pending = useApp((s) => s.pending)
  const said = useApp((s) => s.notice)
  const sayText = useSay()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <main id="main" className="centered pin-main">
      <section className="panel recovery" aria-labelledby="recovery-title">
        <h1 id="recovery-title" ref={heading} tabIndex={-1}>
          We could not open your saved progress
        </h1>
        <p>{whatHappened[notice.reason]}</p>
        <p>The app did not delete anything. It put the old file aside, here:</p>
        <div className="path-row">
          <p className="path" data-testid="recovery-path">
            {notice.movedTo}
          </p>
          <button type="button" className="button small secondary" disabled={pending} onClick={() => void copy()}>
            Copy
          </button>
          <button type="button" className="button small secondary" disabled={pending} onClick={() => void show()}>
            Show in folder
          </button>
        </div>
        <h2 className="recovery-next">What to do now</h2>
        <ul>
          <li>If you need your old progress, send that file to your helpdesk.</li>
          <li>Otherwise, start a new checklist and do the steps again. The old file stays where it is.</li>
        </ul>
        <p
          className={`notice${said?.tone === 'error' ? ' notice-error' : ''}`}
          role={said?.tone === 'error' ? 'alert' : 'status'}
          data-testid="recovery-notice"
        >
          {said ? sayText(said.text) : ''}
        </p>
        <div className="actions">
          <button type="button" className="button primary" disabled={pending} onClick={() => void acknowledge()}>
            Start a new checklist
          </button>
        </div>
        {/* After the one thing to do, so it stays in the window: who to ask if the old progress matters. */}
        <h2 className="recovery-next">Your helpdesk</h2>
        <HelpContact />
      </section>
    </main>
  )
}
