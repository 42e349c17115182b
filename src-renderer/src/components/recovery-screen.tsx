import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { head } from '../state/app-store'
import { useEffect, useRef } from 'react'
import type { RecoveryNotice } from '../../../src-shared/snapshot-schema'
import { useApp } from '../state/store-context'
import { useSay } from '../state/use-say'
import { HelpContact } from './help-contact'
import { ownMsg } from '../i18n/sayable'
import './recovery-screen.css'

// What happened, in plain words; the path is shown once, with Copy and Show in folder.
const whatHappened: Record<RecoveryNotice['reason'], MessageDescriptor> = {
  unreadable: msg`Your saved progress could not be read. The file is damaged. A crash or a full disk can do this.`,
  invalid: msg`Your saved progress is in a form this app cannot read. It may come from another app, or from a newer version of this app.`,
  'broken-chain': msg`Your saved progress was changed outside the app. So the app cannot trust it any more.`,
}

export function RecoveryScreen({ notice }: { notice: RecoveryNotice }) {
  const { i18n } = useLingui()
  const run = useApp((s) => s.run)
  const acknowledge = () => run((api) => api.ledger.acknowledgeRecovery(), { done: ownMsg(msg`A new checklist has started.`), reached: head })
  const copy = () =>
    run((api) => api.clipboard.write({ text: notice.movedTo }), {
      done: ownMsg(msg`Copied where the old file is. Paste it into your email to the helpdesk.`),
    })
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
          <Trans>We could not open your saved progress</Trans>
        </h1>
        <p>{i18n._(whatHappened[notice.reason])}</p>
        <p>
          <Trans>The app did not delete anything. It put the old file aside, here:</Trans>
        </p>
        <div className="path-row">
          <p className="path" data-testid="recovery-path">
            {notice.movedTo}
          </p>
          <button type="button" className="button small secondary" disabled={pending} onClick={() => void copy()}>
            <Trans>Copy</Trans>
          </button>
          <button type="button" className="button small secondary" disabled={pending} onClick={() => void show()}>
            <Trans>Show in folder</Trans>
          </button>
        </div>
        <h2 className="recovery-next">
          <Trans>What to do now</Trans>
        </h2>
        <ul>
          <li>
            <Trans>If you need your old progress, send that file to your helpdesk.</Trans>
          </li>
          <li>
            <Trans>If not, start a new checklist and do the steps again. The old file stays where it is.</Trans>
          </li>
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
            <Trans>Start a new checklist</Trans>
          </button>
        </div>
        {/* After the one thing to do, so it stays in the window: who to ask if the old progress matters. */}
        <h2 className="recovery-next">
          <Trans>Your helpdesk</Trans>
        </h2>
        <HelpContact />
      </section>
    </main>
  )
}
