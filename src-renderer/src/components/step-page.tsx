import type { I18n } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import type { GuideSection } from '../../../src-shared/guide-schema'
import type { SectionProgress } from '../../../src-shared/snapshot-schema'
import { head } from '../state/app-store'
import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { ComponentType } from 'react'
import { useApp } from '../state/store-context'
// The page's own stylesheet before its parts' (a task's rules, task-view.css, come after the step's)
import './step-page.css'
import { Checklist, SECTION_REASON_ID } from './checklist'
import { CollapsedTool } from './collapsed-tool'
import { NextAction } from './next-action'
import { NoticeRegion } from './notice-region'
import { OfficialEnglish } from './official-english'
import { sectionEyebrow, statusWords } from '../words/labels'
import { NoteText } from './note-text'
import { stepTools } from './step-tools'
import { noteApplies } from '../../../src-shared/applies'
import { Troubleshooting } from './troubleshooting'
import { TaskView } from './task-view'
import { RunButton } from '../forms/run-button'
import { useSay } from '../state/use-say'
import { ownMsg } from '../i18n/sayable'

// The step's status, with how many of its tasks are done. An expired step needs its remedy, however much of it was
// done before: a count there reads as "finished".
function statusPill(i18n: I18n, progress: SectionProgress): string {
  const status = i18n._(statusWords[progress.status])
  // "Done" says it all: "Done · 3 of 3 done" said it twice.
  if (progress.status === 'action-needed' || progress.status === 'done') return status
  const done = progress.doneCount
  const total = progress.totalCount
  return i18n._(
    msg({
      message: `${status} · ${done} of ${total} done`,
      comment: 'A step’s status and how many of its tasks are done, such as "In progress · 2 of 3 done"',
    }),
  )
}

export function StepPage() {
  const { i18n } = useLingui()
  const guide = useApp((s) => s.guide)
  const snapshot = useApp((s) => s.snapshot)
  const selectedId = useApp((s) => s.selectedId)
  const overview = useApp((s) => s.overview)
  const sayText = useSay()
  const heading = useRef<HTMLHeadingElement>(null)
  const firstRender = useRef(true)
  const status = snapshot?.sections.find((p) => p.id === selectedId)?.status
  // A step already finished when the user arrives is folded; one they finish here, or open with Change, stays open until they leave.
  const [visit, setVisit] = useState({ sectionId: selectedId, open: status !== 'done' })
  if (visit.sectionId !== selectedId) setVisit({ sectionId: selectedId, open: status !== 'done' })
  else if (!visit.open && status !== undefined && status !== 'done') setVisit({ sectionId: selectedId, open: true })

  // The step's current task, unless the user asked to see the whole step.
  const action = snapshot?.nextAction
  const section = guide?.sections.find((s) => s.id === selectedId)
  const progress = snapshot?.sections.find((p) => p.id === selectedId)
  const taskItem = !overview && action?.sectionId === selectedId && action.itemId ? section?.items.find((i) => i.id === action.itemId) : undefined
  const taskState = taskItem ? progress?.items.find((i) => i.id === taskItem.id) : undefined
  const task = taskItem && taskState ? { item: taskItem, state: taskState } : null
  const taskId = task ? task.item.id : null

  // When the last task of a step is done, the next task appears: the view follows the work to its step.
  const follow = useApp((s) => s.follow)
  const taskShownIn = useRef<string | null>(null)
  useEffect(() => {
    if (taskId !== null) {
      taskShownIn.current = selectedId
      return
    }
    if (taskShownIn.current === selectedId && action && action.itemId !== null && action.sectionId !== selectedId) follow(action.sectionId)
    taskShownIn.current = null
  }, [taskId, selectedId, action, follow])

  // Focus follows the user to the new step, the next task or the other view, so keyboard and screen-reader users land on it.
  // A layout effect: focus is in place before the screen is painted, never a frame late.
  const place = `${selectedId}|${taskId ?? 'all'}`
  useLayoutEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    heading.current?.focus()
  }, [place])

  if (!guide || !snapshot || !section || !progress || !action) return null
  if (task) return <TaskView key={task.item.id} section={section} progress={progress} item={task.item} state={task.state} heading={heading} />
  const Tool = stepTools[section.role]
  const actionHere = action.sectionId === section.id
  // The tool leads (its main button is the primary) only when its work is the next action and no task stands for it:
  // a step seen whole while it has a task is an overview, and the card's "Back to your task" leads.
  const toolLeads = actionHere && action.itemId === null && action.kind !== 'seed-request'
  const collapsed = progress.status === 'done' && !actionHere && section.role !== 'finish' && !(visit.sectionId === section.id && visit.open)
  // The card explains an expired invitation or SEED email where the remedy is; the status row does not repeat it.
  const reason = progress.reason && !(actionHere && (action.kind === 'renew' || action.kind === 'seed-request')) ? progress.reason : null
  const toolId = `tool-${section.id}`

  // Everything is done: the finished moment is the whole screen.
  const finished = action.kind === 'done' && actionHere
  // The next action is this step's own work with no task (a new invitation, the SEED answer, the finish): its main
  // button is pinned in view like a task's.
  const pinned = actionHere && action.itemId === null
  return (
    <main id="main" className={pinned ? 'step-page pin-main' : 'step-page'}>
      <NoticeRegion />
      {!finished && <NextAction here={section} reasonShown={reason !== null} />}
      <p className="eyebrow">{sectionEyebrow(i18n, section)}</p>
      <h1 ref={heading} tabIndex={-1}>
        {section.title}
      </h1>
      {!finished && <p className="summary">{section.summary}</p>}
      {!finished && <OfficialEnglish section={section} itemIds={progress.items.map((i) => i.id)} />}
      <div className="status-row" hidden={finished}>
        <p className={`status-pill status-${progress.status}`} data-testid="section-status">
          {statusPill(i18n, progress)}
        </p>
        {reason && (
          <p className="status-reason" id={SECTION_REASON_ID} data-testid="section-reason">
            {sayText(reason)}
          </p>
        )}
      </div>
      {section.notes
        .filter((note) => noteApplies(note, snapshot.profile))
        .map((note) => (
          <div key={note.text} className={`callout callout-${note.tone}`} role="note">
            <NoteText note={note} />
          </div>
        ))}
      {Tool && collapsed && (
        <CollapsedTool section={section} progress={progress} controls={toolId} onChange={() => setVisit({ sectionId: section.id, open: true })} />
      )}
      {Tool && <ToolSlot Tool={Tool} id={toolId} toolKey={`${section.id}-${snapshot.invitation.renewals}`} quiet={!toolLeads} hidden={collapsed} />}
      <Checklist section={section} progress={progress} />
      {progress.status === 'done' && <ReopenStep section={section} />}
      <Troubleshooting section={section} />
      <Pager section={section} />
    </main>
  )
}

// The parts of the step page below draw only from props that a save leaves alone (the guide's section, the tool and its
// key) and read what changes from the store themselves: a save re-renders the page, not them (memo), and `pending`
// re-renders the one button that is disabled by it, not the page.

const ToolSlot = memo(function ToolSlot({
  Tool,
  id,
  toolKey,
  quiet,
  hidden,
}: {
  Tool: ComponentType
  id: string
  toolKey: string
  quiet: boolean
  hidden: boolean
}) {
  return (
    <div id={id} className="tool-slot" data-quiet={quiet ? '' : undefined} hidden={hidden}>
      {/* Keyed with its tool: a step left while the next one loads is unmounted, never kept hidden with what was typed. */}
      <Tool key={toolKey} />
    </div>
  )
})

const ReopenStep = memo(function ReopenStep({ section }: { section: GuideSection }) {
  // Named in the notice from the guide on screen when it is drawn, so it follows a language switch.
  const title = { section: section.role }
  return (
    <p className="reopen">
      <Trans>Need to do this step again?</Trans>{' '}
      <RunButton
        className="button small secondary"
        call={(api) => api.checklist.reopen({ role: section.role })}
        outcome={{ done: ownMsg(msg`Reopened “${title}”. Do each item again, and mark it done again.`), reached: head }}
      >
        <Trans>Reopen this step</Trans>
      </RunButton>
    </p>
  )
})

const Pager = memo(function Pager({ section }: { section: GuideSection }) {
  const { i18n } = useLingui()
  const guide = useApp((s) => s.guide)
  const select = useApp((s) => s.select)
  const index = guide ? guide.sections.indexOf(section) : -1
  const previous = guide?.sections[index - 1]
  const next = guide?.sections[index + 1]
  const previousTitle = previous?.title
  const nextName = next && (next.kind === 'next' ? sectionEyebrow(i18n, next) : next.title)
  return (
    <div className="pager">
      {previous ? (
        <button type="button" className="button secondary" onClick={() => select(previous.id)}>
          <Trans comment="A button to the step before, with its title">← Back: {previousTitle}</Trans>
        </button>
      ) : (
        <span />
      )}
      {next && (
        <button type="button" className="button secondary" onClick={() => select(next.id)}>
          {/* "Next: Next steps" says nothing; the last section is the finish, as the stepper calls it. */}
          <Trans comment="A button to the next step, with its name">Next: {nextName} →</Trans>
        </button>
      )}
    </div>
  )
})
