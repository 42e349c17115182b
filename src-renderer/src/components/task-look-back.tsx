import { Trans } from '@lingui/react/macro'
import type { RefObject } from 'react'
import type { GuideItem, GuideSection } from '../../../src-shared/guide-schema'
import type { SectionProgress } from '../../../src-shared/snapshot-schema'
import { humanTime } from '../format'
import { TaskHead, TaskPicture } from './task-head'
import { NoticeRegion } from './notice-region'

interface Props {
  section: GuideSection
  progress: SectionProgress
  item: GuideItem
  /** Its place in the step, counted from 1. */
  number: number
  heading: RefObject<HTMLHeadingElement>
  /** -1 goes one task further back, +1 one task forward (back to the current task at the end). */
  onMove(by: -1 | 1): void
}

// An earlier task of the step, shown again as it was (its instruction and picture) and said to be done: nothing here
// changes what was recorded; Next goes forward again.
export function LookBack({ section, progress, item, number, heading, onMove }: Props) {
  const state = progress.items[number - 1]
  const doneAt = humanTime(state?.doneAt ?? '')
  return (
    <main id="main" className="step-page task-page pin-main" data-testid="task-look-back">
      <NoticeRegion />
      <TaskHead section={section} number={number} of={progress.items.length} title={item.action ?? item.label} item={item} heading={heading}>
        {state?.done && (
          <p className="badge badge-quiet">
            <Trans>Done on {doneAt}</Trans>
          </p>
        )}
      </TaskHead>
      <div className="task-body">
        <TaskPicture item={item} />
      </div>
      <div className="actions task-actions">
        <button type="button" className="button primary" onClick={() => onMove(1)}>
          <Trans comment="A button: go one task forward">Next</Trans>
        </button>
      </div>
      {number > 1 && (
        <div className="task-more">
          <button type="button" className="button secondary small" onClick={() => onMove(-1)}>
            <Trans comment="A button: go one task back">Back</Trans>
          </button>
        </div>
      )}
    </main>
  )
}
