import { useState } from 'react'
import type { GuideSection } from '../../../src-shared/guide-schema'
import type { SectionProgress } from '../../../src-shared/snapshot-schema'
import { useApp } from '../state/store-context'
import { illustrationUrl } from './illustrations'

export function Checklist({ section, progress }: { section: GuideSection; progress: SectionProgress }) {
  const change = useApp((s) => s.change)
  // The tick shows at once while main records it; if saving fails it springs back and the error is announced.
  const [optimistic, setOptimistic] = useState<Record<string, boolean>>({})
  const toggle = async (itemId: string, done: boolean) => {
    setOptimistic((o) => ({ ...o, [itemId]: done }))
    await change((api) => api.ledger.record({ sectionId: section.id, itemId, done }), done ? 'Saved: marked as done.' : 'Saved: marked as not done.')
    setOptimistic(({ [itemId]: _, ...rest }) => rest)
  }
  return (
    <fieldset className="checklist">
      <legend>Tick each item when you have done it</legend>
      {progress.items.map((state, index) => {
        const item = section.items.find((i) => i.id === state.id)
        if (!item) return null
        const id = `item-${section.id}-${item.id}`
        const picture = item.illustration ? illustrationUrl(item.illustration.file) : undefined
        return (
          <div key={item.id} className={`check-item${state.done ? ' is-done' : ''}`}>
            <input
              id={id}
              type="checkbox"
              checked={optimistic[item.id] ?? state.done}
              // Policy items follow the acceptances below them and cannot be ticked by hand (R14, R15).
              disabled={Boolean(item.policies)}
              aria-describedby={item.detail ? `${id}-detail` : undefined}
              onChange={(e) => void toggle(item.id, e.currentTarget.checked)}
            />
            <div className="check-body">
              <label htmlFor={id}>
                {section.kind === 'step' && item.illustration && <span className="sub-number">{index + 1}. </span>}
                <span className="item-label">{item.label}</span>
              </label>
              {item.detail && (
                <span id={`${id}-detail`} className="item-detail">
                  {item.detail}
                </span>
              )}
              {state.done && state.auto && <span className="auto-tag">Ticked for you when you did this in the assistant</span>}
              {picture && item.illustration && <img className="illustration" src={picture} alt={item.illustration.alt} />}
            </div>
          </div>
        )
      })}
    </fieldset>
  )
}
