import { useState } from 'react'
import type { GuideItem, GuideSection } from '../../../src-shared/guide-schema'
import { humanDate } from '../format'
import { keepSnapshot } from '../state/app-store'
import { useApp } from '../state/store-context'

// After its deadline, a thing done in time is confirmed with the day it was done.
export function LateConfirm({ section, item, id, primary }: { section: GuideSection; item: GuideItem; id: string; primary?: boolean }) {
  const run = useApp((s) => s.run)
  const pending = useApp((s) => s.pending)
  const today = useApp((s) => s.snapshot?.today ?? '')
  const [on, setOn] = useState('')
  return (
    <form
      className="late-confirm"
      onSubmit={(e) => {
        e.preventDefault()
        void run((api) => api.checklist.confirm({ role: section.role, item: item.id, done: true, on: on || null }), {
          done: `Saved: “${item.label}” is confirmed.`,
          keep: keepSnapshot,
        })
      }}
    >
      <label htmlFor={id}>The deadline has passed. If you did this on or before the deadline, enter the day you did it:</label>
      <div className="late-row">
        <input id={id} type="date" value={on} max={today} aria-describedby={`${id}-day`} onChange={(e) => setOn(e.currentTarget.value)} />
        <button type="submit" className={primary ? 'button primary' : 'button small secondary'} disabled={pending}>
          Confirm with this date
        </button>
      </div>
      {/* The picker writes the day in the system's short form; this says it in the app's one format. */}
      <span id={`${id}-day`} className="hint" aria-live="polite">
        {on ? `You chose ${humanDate(on)}.` : ''}
      </span>
    </form>
  )
}
