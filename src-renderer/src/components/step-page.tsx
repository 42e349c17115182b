import { useEffect, useRef } from 'react'
import { itemKey } from '../../../src-shared/snapshot-schema'
import { useApp } from '../state/store-context'
import { sectionEyebrow, statusText } from './section-label'

export function StepPage() {
  const guide = useApp((s) => s.guide)
  const snapshot = useApp((s) => s.snapshot)
  const selectedId = useApp((s) => s.selectedId)
  const pending = useApp((s) => s.pending)
  const notice = useApp((s) => s.notice)
  const select = useApp((s) => s.select)
  const toggle = useApp((s) => s.toggle)
  const heading = useRef<HTMLHeadingElement>(null)
  const firstRender = useRef(true)

  // Focus follows navigation so keyboard and screen-reader users land on the new step.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    heading.current?.focus()
  }, [selectedId])

  if (!guide || !snapshot) return null
  const index = guide.sections.findIndex((s) => s.id === selectedId)
  const section = guide.sections[index]
  if (!section) return null
  const progress = snapshot.sections.find((p) => p.id === section.id)
  const previous = guide.sections[index - 1]
  const next = guide.sections[index + 1]

  return (
    <main id="main" className="step-page">
      <p className="eyebrow">{sectionEyebrow(section)}</p>
      <h1 ref={heading} tabIndex={-1}>
        {section.title}
      </h1>
      <p className="summary">{section.summary}</p>
      {progress && (
        <p className={`status-pill status-${progress.status}`} data-testid="section-status">
          {statusText[progress.status]} · {progress.doneCount} of {progress.totalCount} done
        </p>
      )}
      {section.notes.map((note) => (
        <div key={note.text} className={`callout callout-${note.tone}`} role="note">
          <strong>{note.tone === 'warning' ? 'Important: ' : 'Note: '}</strong>
          {note.text}
        </div>
      ))}
      <fieldset className="checklist">
        <legend>Tick each item when you have done it</legend>
        {section.items.map((item) => {
          const id = `item-${section.id}-${item.id}`
          const state = snapshot.items[itemKey(section.id, item.id)]
          return (
            <div key={item.id} className={`check-item${state?.done ? ' is-done' : ''}`}>
              <input
                id={id}
                type="checkbox"
                checked={state?.done ?? false}
                disabled={pending}
                aria-describedby={item.detail ? `${id}-detail` : undefined}
                onChange={(e) => void toggle(section.id, item.id, e.currentTarget.checked)}
              />
              <label htmlFor={id}>
                <span className="item-label">{item.label}</span>
                {item.detail && (
                  <span id={`${id}-detail`} className="item-detail">
                    {item.detail}
                  </span>
                )}
              </label>
            </div>
          )
        })}
      </fieldset>
      <p
        className={`notice ${notice?.tone === 'error' ? 'notice-error' : ''}`}
        role={notice?.tone === 'error' ? 'alert' : 'status'}
        aria-live="polite"
      >
        {notice?.text ?? ''}
      </p>
      <div className="pager">
        {previous ? (
          <button type="button" className="button secondary" onClick={() => select(previous.id)}>
            ← Back: {previous.title}
          </button>
        ) : (
          <span />
        )}
        {next && (
          <button type="button" className="button primary" onClick={() => select(next.id)}>
            Next: {next.title} →
          </button>
        )}
      </div>
    </main>
  )
}
