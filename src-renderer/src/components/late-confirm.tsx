import { Trans, useLingui } from '@lingui/react/macro'
import { useState } from 'react'
import type { GuideItem, GuideSection } from '../../../src-shared/guide-schema'
import { humanDate } from '../format'
import { head } from '../state/app-store'
import { useApp } from '../state/store-context'
import { msg } from '@lingui/core/macro'
import { ownMsg } from '../i18n/sayable'
import '../forms/forms.css'
import './late-confirm.css'

// After its deadline, a thing done in time is confirmed with the day it was done.
export function LateConfirm({ section, item, id, primary }: { section: GuideSection; item: GuideItem; id: string; primary?: boolean }) {
  const { t } = useLingui()
  const run = useApp((s) => s.run)
  const pending = useApp((s) => s.pending)
  const today = useApp((s) => s.snapshot?.today ?? '')
  const [on, setOn] = useState('')
  // The notice names the item from the guide on screen when it is drawn, so it follows a language switch.
  const label = { item: `${section.role}/${item.id}` }
  const chosenDay = on ? humanDate(on) : null
  return (
    <form
      className="late-confirm"
      onSubmit={(e) => {
        e.preventDefault()
        void run((api) => api.checklist.confirm({ role: section.role, item: item.id, done: true, on: on || null }), {
          done: ownMsg(msg`Saved: “${label}” is confirmed.`),
          reached: head,
        })
      }}
    >
      <label htmlFor={id}>
        <Trans>The deadline has passed. If you did this on or before the deadline, enter the day you did it:</Trans>
      </label>
      <div className="late-row">
        <input id={id} type="date" value={on} max={today} aria-describedby={`${id}-day`} onChange={(e) => setOn(e.currentTarget.value)} />
        <button type="submit" className={primary ? 'button primary' : 'button small secondary'} disabled={pending}>
          <Trans>Confirm with this date</Trans>
        </button>
      </div>
      {/* The picker writes the day in the system's short form; this says it in the app's one format. */}
      <span id={`${id}-day`} className="hint" aria-live="polite">
        {chosenDay ? t`You chose ${chosenDay}.` : ''}
      </span>
    </form>
  )
}
