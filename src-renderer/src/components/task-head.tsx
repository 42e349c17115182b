import { Trans, useLingui } from '@lingui/react/macro'
import type { ReactNode, RefObject } from 'react'
import type { GuideItem, GuideSection } from '../../../src-shared/guide-schema'
import { illustrationUrl } from './illustrations'
import { sectionName } from '../words/labels'

interface HeadProps {
  section: GuideSection
  /** The task's place in its step, counted from 1, and how many the step has. */
  number: number
  of: number
  title: string
  item: GuideItem
  heading: RefObject<HTMLHeadingElement>
  testId?: string
  children?: ReactNode
}

// Where a task is, what it is called (the screen's heading, which takes focus), and the guide's instruction for it.
export function TaskHead({ section, number, of, title, item, heading, testId, children }: HeadProps) {
  const { i18n } = useLingui()
  const step = sectionName(i18n, section)
  const total = of
  return (
    <section className="task-head" aria-labelledby="task-title" data-testid={testId}>
      <p className="eyebrow">
        <Trans comment="Where a task is: its step, then its place among the step's tasks">
          {step} · Task {number} of {total}
        </Trans>
      </p>
      <h1 ref={heading} tabIndex={-1} id="task-title">
        {title}
      </h1>
      {item.detail && <p className="task-instruction">{item.detail}</p>}
      {children}
    </section>
  )
}

// What the screen on TechPass looks like for this task, drawn for the project.
export function TaskPicture({ item }: { item: GuideItem }) {
  const picture = item.illustration ? illustrationUrl(item.illustration.file) : undefined
  return picture && item.illustration ? <img className="illustration" src={picture} alt={item.illustration.alt} /> : null
}
