import type { I18n } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import type { GuideSection } from '../../../src-shared/guide-schema'
import type { SectionProgress } from '../../../src-shared/snapshot-schema'
import { useApp } from '../state/store-context'
import { sectionEyebrow, statusWords } from '../words/labels'
import { stepTools } from './step-tools'
import { TaskAid } from './task-tools'
import './sidebar.css'

// Counts only where they add something: "In progress · 2 of 4"; Done, Not started, Waiting and Action needed stand alone.
function statusLine(i18n: I18n, progress: SectionProgress | undefined): string {
  if (!progress) return i18n._(statusWords['not-started'])
  if (progress.status !== 'in-progress') return i18n._(statusWords[progress.status])
  const status = i18n._(statusWords['in-progress'])
  const done = progress.doneCount
  const total = progress.totalCount
  return i18n._(
    msg({ message: `${status} · ${done} of ${total}`, comment: 'A step’s status and how many of its tasks are done, such as "In progress · 2 of 4"' }),
  )
}

// The short mark a compact stepper shows (narrow windows): the step's number, or a word for the others.
function shortMark(i18n: I18n, section: GuideSection): string {
  if (section.kind === 'step') return String(section.number ?? '')
  return section.kind === 'next'
    ? i18n._(msg({ message: 'End', comment: 'A very short mark for the last part of the checklist, in a narrow list of steps' }))
    : i18n._(msg({ message: 'Start', comment: 'A very short mark for the first part of the checklist (Before you start), in a narrow list of steps' }))
}

// A step's tool, and the task aids (Step 5's password check is one), start loading before the step is opened.
const preload = (role: GuideSection['role']) => {
  stepTools[role].preload()
  TaskAid.preload()
}

// The list of sections; below about 1000 px wide it is drawn as a compact stepper (sidebar.css), with the same names.
export function Sidebar() {
  const { i18n, t } = useLingui()
  const guide = useApp((s) => s.guide)
  const snapshot = useApp((s) => s.snapshot)
  const selectedId = useApp((s) => s.selectedId)
  const select = useApp((s) => s.select)
  if (!guide || !snapshot) return null
  return (
    <nav className="sidebar" aria-label={t`Onboarding checklist`}>
      <ol className="section-list">
        {guide.sections.map((section) => {
          const progress = snapshot.sections.find((p) => p.id === section.id)
          const status = progress?.status ?? 'not-started'
          const current = section.id === selectedId
          const minutes = section.minutes
          return (
            <li key={section.id}>
              <button
                type="button"
                className={`section-link status-${status}`}
                aria-current={current ? 'step' : undefined}
                onClick={() => select(section.id)}
                // The step's tool starts loading while the pointer rests on the step or the step has focus, so it opens at once.
                onPointerEnter={() => preload(section.role)}
                onFocus={() => preload(section.role)}
              >
                <span className={`status-icon status-${status}`} aria-hidden="true" />
                <span className="step-mark" aria-hidden="true">
                  {shortMark(i18n, section)}
                </span>
                <span className="section-text">
                  <span className="eyebrow">{sectionEyebrow(i18n, section)}</span>
                  <span className="section-title">{section.title}</span>
                  <span className="section-status">
                    {statusLine(i18n, progress)}
                    {status === 'not-started' && (
                      <span className="section-minutes">
                        {' · '}
                        <Trans comment="How long a step takes, in minutes">about {minutes} min</Trans>
                      </span>
                    )}
                  </span>
                </span>
              </button>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
