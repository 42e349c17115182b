import { keepSnapshot } from '../state/app-store'
import { Suspense, useEffect, useRef } from 'react'
import { useApp } from '../state/store-context'
import { Checklist, SECTION_REASON_ID } from './checklist'
import { DeadlineBanner } from './deadline-banner'
import { NextAction } from './next-action'
import { sectionEyebrow, statusText } from '../../../src-shared/labels'
import { stepTools } from './step-tools'
import { noteApplies } from '../../../src-shared/applies'
import { Troubleshooting } from './troubleshooting'

export function StepPage() {
  const guide = useApp((s) => s.guide)
  const snapshot = useApp((s) => s.snapshot)
  const selectedId = useApp((s) => s.selectedId)
  const pending = useApp((s) => s.pending)
  const notice = useApp((s) => s.notice)
  const select = useApp((s) => s.select)
  const run = useApp((s) => s.run)
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
  const progress = snapshot.sections.find((p) => p.id === selectedId)
  if (!section || !progress) return null
  const previous = guide.sections[index - 1]
  const next = guide.sections[index + 1]
  const Tool = stepTools[section.role]

  return (
    <main id="main" className="step-page">
      <DeadlineBanner />
      <NextAction />
      <p className="eyebrow">{sectionEyebrow(section)}</p>
      <h1 ref={heading} tabIndex={-1}>
        {section.title}
      </h1>
      <p className="summary">{section.summary}</p>
      <div className="status-row">
        <p className={`status-pill status-${progress.status}`} data-testid="section-status">
          {statusText[progress.status]} · {progress.doneCount} of {progress.totalCount} done
        </p>
        {progress.reason && (
          <p className="status-reason" id={SECTION_REASON_ID} data-testid="section-reason">
            {progress.reason}
          </p>
        )}
        {progress.status === 'done' && (
          <button
            type="button"
            className="button small secondary"
            disabled={pending}
            onClick={() => void run((api) => api.checklist.reopen({ role: section.role }), { done: `Reopened “${section.title}”. Do the items again as you redo them.`, keep: keepSnapshot })}
          >
            Reopen this step
          </button>
        )}
      </div>
      {section.notes.filter((note) => noteApplies(note, snapshot.profile)).map((note) => (
        <div key={note.text} className={`callout callout-${note.tone}`} role="note">
          <strong>{note.tone === 'warning' ? 'Important: ' : 'Note: '}</strong>
          {note.text}
        </div>
      ))}
      {Tool && (
        // Keyed with its tool: a step left while the next one loads is unmounted, never kept hidden with what was typed.
        <Suspense key={`${section.id}-${snapshot.invitation.renewals}`} fallback={<p className="tool">Loading…</p>}>
          <Tool />
        </Suspense>
      )}
      <Checklist section={section} progress={progress} />
      <p
        className={`notice ${notice?.tone === 'error' ? 'notice-error' : ''}`}
        role={notice?.tone === 'error' ? 'alert' : 'status'}
        aria-live="polite"
        data-testid="notice"
      >
        {notice?.text ?? ''}
      </p>
      <Troubleshooting section={section} />
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
