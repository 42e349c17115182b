import { Trans } from '@lingui/react/macro'
import { useRef, useState } from 'react'
import { useApp, useAppStore } from '../state/store-context'
import { head } from '../state/app-store'
import { savedAs } from '../state/save-notice'
import { HelpContact } from './help-contact'
import { SeedRequestBeside } from './seed-request'
import { msg } from '@lingui/core/macro'
import { ownMsg } from '../i18n/sayable'
import '../forms/forms.css'
import './support-box.css'

// For the user: whom to ask and the code to read them, a support bundle to send them, and a printable summary.
export function SupportBox() {
  const run = useApp((s) => s.run)
  const store = useAppStore()
  const seedUser = useApp((s) => s.snapshot?.profile?.seed === 'yes')
  const seedExpired = useApp((s) => s.snapshot?.seedEmail.expiredAt !== null && s.snapshot?.seedEmail.requestedAt === null)
  // R17 behind R5: the SEED request is due but another remedy is the next action, so it is offered here.
  const seedBeside = useApp((s) => s.snapshot?.seedEmail.due === true && s.snapshot.nextAction.kind !== 'seed-request')
  const dialog = useRef<HTMLDialogElement>(null)
  const [redact, setRedact] = useState(true)
  const exportBundle = async () => {
    dialog.current?.close()
    await run((api) => api.support.export({ redact }), { done: savedAs('bundle') })
  }
  // Said where the remedy really is: in the next action when it is the next thing, else in this box. Said once the store
  // shows the new record (run() waits for it).
  const seedReported = () =>
    store.getState().snapshot?.nextAction.kind === 'seed-request'
      ? ownMsg(msg`Saved. Your next action shows how to get a new SEED onboarding email.`)
      : ownMsg(msg`Saved. To get a new SEED onboarding email, open the service request page under “Need help?”.`)
  return (
    <aside className="support-box" aria-labelledby="support-title" data-testid="support-box">
      <h2 id="support-title" tabIndex={-1}>
        <Trans>Need help?</Trans>
      </h2>
      <HelpContact />
      <div className="support-actions">
        <button type="button" className="button small secondary" onClick={() => dialog.current?.showModal()}>
          <Trans>Save a support bundle…</Trans>
        </button>
        <button
          type="button"
          className="button small secondary"
          onClick={() => void run((api) => api.print.pdf({ kind: 'summary' }), { done: savedAs('summary') })}
        >
          <Trans>Print my summary…</Trans>
        </button>
        {seedUser && !seedExpired && (
          <button
            type="button"
            className="button small secondary"
            onClick={() => void run((api) => api.seed.emailExpired(), { done: seedReported, reached: head })}
          >
            <Trans>My SEED onboarding email expired</Trans>
          </button>
        )}
      </div>
      {seedBeside && <SeedRequestBeside />}
      <dialog ref={dialog} className="dialog" aria-labelledby="bundle-dialog-title">
        <h2 id="bundle-dialog-title">
          <Trans>Save a support bundle</Trans>
        </h2>
        <p>
          <Trans>A file for the helpdesk with your progress. It never contains passwords or your MFA key.</Trans>
        </p>
        <label className="choice-option">
          <input type="checkbox" checked={redact} onChange={(e) => setRedact(e.currentTarget.checked)} />
          <Trans>Remove my personal data (names, emails, phone numbers, addresses)</Trans>
        </label>
        <div className="actions">
          <button type="button" className="button secondary" onClick={() => dialog.current?.close()}>
            <Trans>Cancel</Trans>
          </button>
          <button type="button" className="button primary" onClick={() => void exportBundle()}>
            <Trans>Save…</Trans>
          </button>
        </div>
      </dialog>
    </aside>
  )
}
