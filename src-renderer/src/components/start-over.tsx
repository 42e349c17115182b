import { useRef } from 'react'
import { useApp } from '../state/store-context'

// "Start over" archives the ledger file beside itself; it never deletes it.
export function StartOver() {
  const dialog = useRef<HTMLDialogElement>(null)
  const api = useApp((s) => s.api)
  const say = useApp((s) => s.say)
  const receive = useApp((s) => s.receive)
  const select = useApp((s) => s.select)
  const confirm = async () => {
    dialog.current?.close()
    const r = await api.ledger.startOver()
    if (!r.ok) return say({ tone: 'error', text: r.error.message })
    receive(r.value.snapshot)
    select('prerequisites')
    say({ tone: 'status', text: r.value.archivedTo ? `Started over. Your old progress is kept in ${r.value.archivedTo}.` : 'Started over.' })
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
