import { Trans, useLingui } from '@lingui/react/macro'
import { useRef } from 'react'
import { ARCHIVED_LABEL, asideFileName, LEDGER_FILE } from '../../../src-shared/data-files'
import { keepMfa } from '../state/app-store'
import { useApp, useAppStore } from '../state/store-context'
import { msg } from '@lingui/core/macro'
import { ownMsg } from '../i18n/sayable'
import './start-over.css'

// "Start over" archives the ledger file beside itself; it never deletes it. Destructive, so it looks it and asks first.
export function StartOver() {
  const { t } = useLingui()
  const dialog = useRef<HTMLDialogElement>(null)
  const run = useApp((s) => s.run)
  const select = useApp((s) => s.select)
  const say = useApp((s) => s.say)
  const store = useAppStore()
  const folder = useApp((s) => s.info?.dataDir ?? '')
  // The archive's name as the app really writes it, with the part that changes described in the language on screen.
  const pattern = asideFileName(
    LEDGER_FILE,
    ARCHIVED_LABEL,
    t({ message: '<date and time>', comment: 'Stands for the date and time in a file name; keep the < >' }),
  )
  const confirm = async () => {
    dialog.current?.close()
    const done = await run((api) => api.ledger.startOver(), { reached: (v) => v.head })
    if (!done) return
    const started = store.getState().snapshot
    // The MFA practice follows the record, which is new now: read its status again so the practice starts fresh.
    await run((api) => api.mfa.status(), { keep: keepMfa })
    // Said after moving to the first step, which clears the old step's notice, so the archive's path stays on screen.
    select(started?.currentSectionId ?? started?.sections[0]?.id ?? '')
    const archive = done.archivedTo
    say({ tone: 'status', text: archive ? ownMsg(msg`Started over. Your old progress is kept in ${archive}.`) : ownMsg(msg`Started over.`) })
  }
  return (
    <span className="start-over">
      <button type="button" className="button small danger-outline" onClick={() => dialog.current?.showModal()}>
        <Trans>Start over</Trans>
      </button>
      <dialog ref={dialog} className="dialog dialog-danger" aria-labelledby="start-over-title" aria-describedby="start-over-what">
        <h2 id="start-over-title">
          <Trans>Start over?</Trans>
        </h2>
        <div id="start-over-what">
          <p>
            <Trans>All your steps start again from the beginning, with an empty checklist.</Trans>
          </p>
          <p>
            <Trans>
              Nothing is deleted. Your progress so far is moved into an archive file, <span className="mono">{pattern}</span>, in this folder:
            </Trans>
          </p>
          <p className="path" data-testid="start-over-folder">
            {folder}
          </p>
          <p>
            <Trans>What you typed into a form but did not save is cleared.</Trans>
          </p>
        </div>
        <div className="actions">
          {/* Focus starts on Cancel because it is the dialog's first control (showModal() focuses that). Not React's autoFocus:
              React focuses such a button when it mounts, in this closed dialog at launch, which forced a style
              recalculation of the whole first screen inside React's first render task. */}
          <button type="button" className="button secondary" onClick={() => dialog.current?.close()}>
            <Trans>Cancel</Trans>
          </button>
          <button type="button" className="button danger" onClick={() => void confirm()}>
            <Trans>Archive and start over</Trans>
          </button>
        </div>
      </dialog>
    </span>
  )
}
