import { useRef } from 'react'
import { ARCHIVE_NAME_PATTERN } from '../../../src-shared/data-files'
import { keepMfa } from '../state/app-store'
import { useApp } from '../state/store-context'

// "Start over" archives the ledger file beside itself; it never deletes it. Destructive, so it looks it and asks first.
export function StartOver() {
  const dialog = useRef<HTMLDialogElement>(null)
  const run = useApp((s) => s.run)
  const select = useApp((s) => s.select)
  const say = useApp((s) => s.say)
  const folder = useApp((s) => s.info?.dataDir ?? '')
  const confirm = async () => {
    dialog.current?.close()
    const done = await run((api) => api.ledger.startOver(), { keep: (v) => ({ snapshot: v.snapshot }) })
    if (!done) return
    // The MFA practice follows the record, which is new now: read its status again so the practice starts fresh.
    await run((api) => api.mfa.status(), { keep: keepMfa })
    // Said after moving to the first step, which clears the old step's notice, so the archive's path stays on screen.
    select(done.snapshot.currentSectionId ?? done.snapshot.sections[0]?.id ?? '')
    say({ tone: 'status', text: done.archivedTo ? `Started over. Your old progress is kept in ${done.archivedTo}.` : 'Started over.' })
  }
  return (
    <span className="start-over">
      <button type="button" className="button small danger-outline" onClick={() => dialog.current?.showModal()}>
        Start over
      </button>
      <dialog ref={dialog} className="dialog dialog-danger" aria-labelledby="start-over-title" aria-describedby="start-over-what">
        <h2 id="start-over-title">Start over?</h2>
        <div id="start-over-what">
          <p>All your steps start again from the beginning, with an empty checklist.</p>
          <p>
            Nothing is deleted. Your progress so far is moved into an archive file, <span className="mono">{ARCHIVE_NAME_PATTERN}</span>, in this folder:
          </p>
          <p className="path" data-testid="start-over-folder">
            {folder}
          </p>
          <p>What you typed into a form but did not save is cleared.</p>
        </div>
        <div className="actions">
          <button type="button" className="button secondary" autoFocus onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="button" className="button danger" onClick={() => void confirm()}>
            Archive and start over
          </button>
        </div>
      </dialog>
    </span>
  )
}
