import { Trans, useLingui } from '@lingui/react/macro'
import { memo } from 'react'
import type { GuideItem, GuideSection } from '../../../src-shared/guide-schema'
import type { Msg } from '../../../src-shared/message'
import type { ItemProgress, SectionProgress } from '../../../src-shared/snapshot-schema'
import { humanDate, humanTime } from '../format'
import { head } from '../state/app-store'
import { useApp } from '../state/store-context'
import { illustrationUrl } from './illustrations'
import { evidenceHow } from '../words/labels'
import { LateConfirm } from './late-confirm'
import { useSay } from '../state/use-say'
import { msg } from '@lingui/core/macro'
import { ownMsg } from '../i18n/sayable'
import './checklist.css'

/** The element that says why a whole section waits (in the step page's status row). */
export const SECTION_REASON_ID = 'section-reason'

// Evidence items show what the assistant recorded; only things done outside the app are confirmed by hand.
export function Checklist({ section, progress }: { section: GuideSection; progress: SectionProgress }) {
  // A reason the whole section waits for is said once, by the section; its items point to it instead of repeating it.
  const own = (state: ItemProgress) => (state.blockedBy !== null && sameMessage(state.blockedBy, progress.reason) ? null : state.blockedBy)
  return (
    <section className="checklist" aria-labelledby={`checklist-${section.id}`}>
      <h2 id={`checklist-${section.id}`} className="checklist-title">
        <Trans>Checklist</Trans>
      </h2>
      <ol className="check-items">
        {progress.items.map((state, index) => {
          const item = section.items.find((i) => i.id === state.id)
          if (!item) return null
          return (
            <li key={item.id} className={`check-item${state.done ? ' is-done' : ''}${state.blockedBy ? ' is-blocked' : ''}`}>
              {state.how === 'evidence' ? (
                <EvidenceRow item={item} state={state} blockedBy={own(state)} />
              ) : (
                <AttestRow
                  section={section}
                  item={item}
                  state={state}
                  blockedBy={own(state)}
                  // Pictured sub-steps are numbered among themselves, as the guide numbers them (the practice comes before them).
                  number={
                    section.kind === 'step' && item.illustration
                      ? progress.items.slice(0, index + 1).filter((p) => section.items.find((i) => i.id === p.id)?.illustration).length
                      : null
                  }
                />
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
}

// Main sends the same reason to a step and to each of its items: the same id and values.
const sameMessage = (a: Msg, b: Msg | null) => b !== null && JSON.stringify(a) === JSON.stringify(b)

// Rows are memoised: the store keeps an unchanged item's progress as the same object, so ticking one item redraws that row.
const EvidenceRow = memo(function EvidenceRow({ item, state, blockedBy }: { item: GuideItem; state: ItemProgress; blockedBy: Msg | null }) {
  const { i18n, t } = useLingui()
  const sayText = useSay()
  // Where the user's details are saved, named as the guide names it in the language on screen.
  const profileTitle = useApp((s) => s.guide?.sections.find((x) => x.role === 'profile')?.title ?? '')
  const id = `item-${item.id}`
  const doneAt = state.done && state.doneAt ? humanTime(state.doneAt) : null
  return (
    <div className="check-row" data-testid={id}>
      <span className={`check-mark${state.done ? ' done' : ''}`} aria-hidden="true" />
      <div className="check-body">
        <span className="item-label" id={`${id}-label`}>
          {item.label}
        </span>
        <span className="item-state">
          {doneAt
            ? t`Done on ${doneAt}`
            : blockedBy
              ? sayText(blockedBy)
              : (item.detail ?? (item.done.by === 'evidence' ? evidenceHow(i18n, item.done.evidence, profileTitle) : null))}
        </span>
      </div>
    </div>
  )
})

type AttestProps = { section: GuideSection; item: GuideItem; state: ItemProgress; blockedBy: Msg | null; number: number | null }

const AttestRow = memo(function AttestRow({ section, item, state, blockedBy, number }: AttestProps) {
  const { t } = useLingui()
  const run = useApp((s) => s.run)
  const pending = useApp((s) => s.pending)
  const sayText = useSay()
  const id = `item-${item.id}`
  // The notice names the item from the guide on screen when it is drawn, so it follows a language switch.
  const label = { item: `${section.role}/${item.id}` }
  const confirm = (done: boolean) =>
    run((api) => api.checklist.confirm({ role: section.role, item: item.id, done, on: null }), {
      done: done ? ownMsg(msg`Saved: “${label}” is confirmed.`) : ownMsg(msg`Saved: “${label}” is not confirmed any more.`),
      reached: head,
    })
  // A late confirmation gives the day it was done; else the moment it was confirmed.
  const confirmedOn = state.on ? humanDate(state.on) : null
  const confirmedAt = humanTime(state.doneAt ?? '')
  const picture = item.illustration ? illustrationUrl(item.illustration.file) : undefined
  const why = state.done || !state.blockedBy ? null : blockedBy ? `${id}-blocked` : SECTION_REASON_ID
  const describedBy = [item.detail ? `${id}-detail` : null, why].filter(Boolean).join(' ') || undefined
  return (
    <div className="check-row">
      {state.needsDate && !state.done ? (
        <span className="check-mark" aria-hidden="true" />
      ) : (
        <input
          id={id}
          type="checkbox"
          checked={state.done}
          disabled={pending || (!state.done && state.blockedBy !== null)}
          aria-describedby={describedBy}
          onChange={(e) => void confirm(e.currentTarget.checked)}
        />
      )}
      <div className="check-body">
        <label htmlFor={id}>
          {number !== null && <span className="sub-number">{number}. </span>}
          <span className="item-label">{item.label}</span>
        </label>
        {item.detail && (
          <span id={`${id}-detail`} className="item-detail">
            {item.detail}
          </span>
        )}
        {state.done && <span className="item-state">{confirmedOn ? t`Confirmed as done on ${confirmedOn}` : t`Confirmed on ${confirmedAt}`}</span>}
        {!state.done && blockedBy && (
          <span id={`${id}-blocked`} className="item-blocked">
            {sayText(blockedBy)}
          </span>
        )}
        {state.needsDate && !state.done && <LateConfirm section={section} item={item} id={id} />}
        {picture && item.illustration && <img className="illustration" src={picture} alt={item.illustration.alt} />}
      </div>
    </div>
  )
})
