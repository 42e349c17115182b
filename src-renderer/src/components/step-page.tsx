import { keepSnapshot } from '../state/app-store'
import { Suspense, useEffect, useRef, useState } from 'react'
import { useApp } from '../state/store-context'
import { Checklist, SECTION_REASON_ID } from './checklist'
import { CollapsedTool } from './collapsed-tool'
import { NextAction, firstOpenItem } from './next-action'
import { NoticeRegion } from './notice-region'
import { sectionEyebrow, statusText } from '../../../src-shared/labels'
import { stepTools } from './step-tools'
import { noteApplies } from '../../../src-shared/applies'
import { humanText } from '../format'
import { Troubleshooting } from './troubleshooting'

export function StepPage() {
  const guide = useApp((s) => s.guide)
  const snapshot = useApp((s) => s.snapshot)
  const selectedId = useApp((s) => s.selectedId)
  const pending = useApp((s) => s.pending)
  const select = useApp((s) => s.select)
  const run = useApp((s) => s.run)
  const heading = useRef<HTMLHeadingElement>(null)
  const firstRender = useRef(true)
  const status = snapshot?.sections.find((p) => p.id === selectedId)?.status
  // A step already finished when the user arrives is folded; one they finish here, or open with Change, stays open until they leave.
  const [visit, setVisit] = useState({ sectionId: selectedId, open: status !== 'done' })
  if (visit.sectionId !== selectedId) setVisit({ sectionId: selectedId, open: status !== 'done' })
  else if (!visit.open && status !== undefined && status !== 'done') setVisit({ sectionId: selectedId, open: true })

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
  const action = snapshot.nextAction
  const actionHere = action.sectionId === section.id
  // The tool leads (its main button is the primary) only while the next action is its own work, not a box to confirm.
  const attestHere = actionHere && action.kind === 'item' && firstOpenItem(progress)?.how === 'attest'
  const toolLeads = actionHere && !attestHere && action.kind !== 'seed-request'
  const collapsed = progress.status === 'done' && !actionHere && section.role !== 'finish' && !(visit.sectionId === section.id && visit.open)
  // The card explains an expired invitation or SEED email where the remedy is; the status row does not repeat it.
  const reason = progress.reason && !(actionHere && (action.kind === 'renew' || action.kind === 'seed-request')) ? progress.reason : null
  const toolId = `tool-${section.id}`

  return (
    <main id="main" className="step-page">
      <NoticeRegion />
      <NextAction here={section} progress={progress} reasonShown={reason !== null} />
      <p className="eyebrow">{sectionEyebrow(section)}</p>
      <h1 ref={heading} tabIndex={-1}>
        {section.title}
      </h1>
      <p className="summary">{section.summary}</p>
      <div className="status-row">
        <p className={`status-pill status-${progress.status}`} data-testid="section-status">
          {/* An expired step needs its remedy, however much of it was done before: a count there reads as "finished". */}
          {progress.status === 'action-needed'
            ? statusText[progress.status]
            : `${statusText[progress.status]} · ${progress.doneCount} of ${progress.totalCount} done`}
        </p>
        {reason && (
          <p className="status-reason" id={SECTION_REASON_ID} data-testid="section-reason">
            {humanText(reason)}
          </p>
        )}
      </div>
      {section.notes
        .filter((note) => noteApplies(note, snapshot.profile))
        .map((note) => (
          <div key={note.text} className={`callout callout-${note.tone}`} role="note">
            <strong>{note.tone === 'warning' ? 'Important: ' : 'Note: '}</strong>
            {note.text}
          </div>
        ))}
      {Tool && collapsed && (
        <CollapsedTool section={section} progress={progress} controls={toolId} onChange={() => setVisit({ sectionId: section.id, open: true })} />
      )}
      {Tool && (
        <div id={toolId} className="tool-slot" data-quiet={toolLeads ? undefined : ''} hidden={collapsed}>
          {/* Keyed with its tool: a step left while the next one loads is unmounted, never kept hidden with what was typed. */}
          <Suspense key={`${section.id}-${snapshot.invitation.renewals}`} fallback={<p className="tool">Loading…</p>}>
            <Tool />
          </Suspense>
        </div>
      )}
      <Checklist section={section} progress={progress} />
      {progress.status === 'done' && (
        <p className="reopen">
          Need to do this step again?{' '}
          <button
            type="button"
            className="button small secondary"
            disabled={pending}
            onClick={() =>
              void run((api) => api.checklist.reopen({ role: section.role }), {
                done: `Reopened “${section.title}”. Do the items again as you redo them.`,
                keep: keepSnapshot,
              })
            }
          >
            Reopen this step
          </button>
        </p>
      )}
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
          <button type="button" className="button secondary" onClick={() => select(next.id)}>
            {/* "Next: Next steps" says nothing; the last section is the finish, as the stepper calls it. */}
            Next: {next.kind === 'next' ? sectionEyebrow(next) : next.title} →
          </button>
        )}
      </div>
    </main>
  )
}
