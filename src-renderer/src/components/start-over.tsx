import { useRef } from 'react'
import { keepMfa } from '../state/app-store'
import { useApp } from '../state/store-context'

// "Start over" archives the ledger file beside itself; it never deletes it.
export function StartOver() {
  const dialog = useRef<HTMLDialogElement>(null)
  const run = useApp((s) => s.run)
  const select = useApp((s) => s.select)
  const say = useApp((s) => s.say)
  const confirm = async () => {
    dialog.current?.close()
    const done = await run((api) => api.ledger.startOver(), { keep: (v) => ({ snapshot: v.snapshot }) })
    if (!done) return
    // The MFA practice follows the record, which is new now: read its status again so Step 4 starts fresh.
    await run((api) => api.mfa.status(), { keep: keepMfa })
    // Said after moving to the first step, which clears the old step's notice, so the archive's path stays on screen.
    select(done.snapshot.currentSectionId ?? done.snapshot.sections[0]?.id ?? '')
    say({ tone: 'status', text: done.archivedTo ? `Started over. Your old progress is kept in ${done.archivedTo}.` : 'Started over.' })
  }
  return (
    <>
      <button type="button" className="button small on-dark" onClick={() => dialog.current?.showModal()}>
        Start over
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby="start-over-title">
        <h2 id="start-over-title">Start over?</h2>
        <p>Your current progress is saved in an archive file on this computer, and a new, empty checklist starts. Nothing is deleted.</p>
        <div className="actions">
          <button type="button" className="button secondary" autoFocus onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="button" className="button primary" onClick={() => void confirm()}>
            Archive and start over
          </button>
        </div>
      </dialog>
    </>
  )
}
