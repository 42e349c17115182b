import { Trans, useLingui } from '@lingui/react/macro'
import { useLayoutEffect, useRef, useState } from 'react'
import type { RefObject } from 'react'
import { noteApplies } from '../../../src-shared/applies'
import type { GuideItem, GuideSection } from '../../../src-shared/guide-schema'
import type { ItemProgress, SectionProgress } from '../../../src-shared/snapshot-schema'
import { head } from '../state/app-store'
import { useApp } from '../state/store-context'
import { DeadlineLine } from './deadline'
import { sectionShortName } from '../words/labels'
import { NoteText } from './note-text'
import { TaskHead, TaskPicture } from './task-head'
import { LateConfirm } from './late-confirm'
import { LookBack } from './task-look-back'
import { NoticeRegion } from './notice-region'
import { OfficialEnglish } from './official-english'
import { TaskAid, taskTools } from './task-tools'
import { Welcome } from './welcome'
import { useNextTitle, useSay } from '../state/use-say'
import { msg } from '@lingui/core/macro'
import { ownMsg } from '../i18n/sayable'
import { buttonWords } from '../words/task-buttons'
import './task-view.css'

interface Props {
  section: GuideSection
  progress: SectionProgress
  item: GuideItem
  state: ItemProgress
  heading: RefObject<HTMLHeadingElement>
}

// One task at a time: the engine's next item with its instruction, its tool or confirmation, its picture and one
// primary button. The step's whole page is one click away.
export function TaskView({ section, progress, item, state, heading }: Props) {
  const { i18n } = useLingui()
  const action = useApp((s) => s.snapshot?.nextAction)
  const sayText = useSay()
  const titleOf = useNextTitle()
  const title = (action && titleOf(action)) || item.label
  const profile = useApp((s) => s.snapshot?.profile ?? null)
  const renewals = useApp((s) => s.snapshot?.invitation.renewals ?? 0)
  const setOverview = useApp((s) => s.setOverview)
  const number = progress.items.indexOf(state) + 1
  // Back and Next inside the step: an earlier task of it is shown again, read only, and Next returns to this one.
  const [back, setBack] = useState(0)
  const moved = useRef(false)
  useLayoutEffect(() => {
    if (moved.current) heading.current?.focus()
    moved.current = true
  }, [back, heading])
  const earlier = back > 0 ? section.items.find((i) => i.id === progress.items[number - 1 - back]?.id) : undefined
  if (earlier)
    return <LookBack section={section} progress={progress} item={earlier} number={number - back} heading={heading} onMove={(by) => setBack(back - by)} />
  const Tool = item.done.by === 'evidence' ? taskTools[item.done.evidence] : null
  const step = sectionShortName(i18n, section)
  return (
    <main id="main" className="step-page task-page pin-main" data-testid="task">
      <NoticeRegion />
      <Welcome />
      {/* The task is the next action: named as one, for people and for tests alike. */}
      <TaskHead section={section} number={number} of={progress.items.length} title={title} item={item} heading={heading} testId="next-action">
        <DeadlineLine />
      </TaskHead>
      <OfficialEnglish section={section} itemIds={progress.items.map((i) => i.id)} current={item.id} />
      {section.notes
        .filter((note) => noteApplies(note, profile))
        .map((note) => (
          <p key={note.text} className={`callout callout-${note.tone}`} role="note">
            <NoteText note={note} />
          </p>
        ))}
      {state.blockedBy && (
        <p className="item-blocked" id="task-blocked">
          {sayText(state.blockedBy)}
        </p>
      )}
      {Tool ? (
        // Keyed with its task: a task left while the next one loads is unmounted, never kept hidden with what was typed.
        <Tool key={`${item.id}-${renewals}`} item={item} />
      ) : (
        <div className="task-body">
          {/* What the task needs first (a link to open, an optional practice), then what the screen there looks like. */}
          {item.aid && (
            <div data-quiet="">
              <TaskAid aid={item.aid} />
            </div>
          )}
          <TaskPicture item={item} />
          {state.needsDate ? (
            <LateConfirm section={section} item={item} id={`late-${item.id}`} primary />
          ) : (
            <Confirm section={section} item={item} blocked={state.blockedBy !== null} />
          )}
        </div>
      )}
      <div className="task-more">
        {number > 1 && (
          <button type="button" className="button secondary small" onClick={() => setBack(1)}>
            <Trans comment="A button: go one task back">Back</Trans>
          </button>
        )}
        <button type="button" className="button secondary small" onClick={() => setOverview(true)}>
          <Trans comment="{step} is a step, such as Step 2">See all of {step}</Trans>
        </button>
      </div>
    </main>
  )
}

// Something done outside the app is confirmed only here, where its instruction is on screen.
function Confirm({ section, item, blocked }: { section: GuideSection; item: GuideItem; blocked: boolean }) {
  // The notice names the item from the guide on screen when it is drawn, so it follows a language switch.
  const label = { item: `${section.role}/${item.id}` }
  const { i18n } = useLingui()
  const run = useApp((s) => s.run)
  const pending = useApp((s) => s.pending)
  return (
    <div className="actions task-actions">
      <button
        type="button"
        className="button primary"
        disabled={pending || blocked}
        aria-describedby={blocked ? 'task-title task-blocked' : 'task-title'}
        onClick={() =>
          void run((api) => api.checklist.confirm({ role: section.role, item: item.id, done: true, on: null }), {
            done: ownMsg(msg`Saved: “${label}” is confirmed.`),
            reached: head,
          })
        }
      >
        {i18n._(buttonWords.doneThis)}
      </button>
    </div>
  )
}
