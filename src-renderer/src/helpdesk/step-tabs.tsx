import { Trans, useLingui } from '@lingui/react/macro'
import { useRef } from 'react'
import type { KeyboardEvent, ReactNode } from 'react'
import type { GuideSection } from '../../../src-shared/guide-schema'
import { useSectionNames } from '../steps/words'

export const tabId = (section: GuideSection) => `runbook-tab-${section.id}`
export const panelId = (section: GuideSection) => `runbook-panel-${section.id}`

interface Props {
  sections: readonly GuideSection[]
  selectedId: string
  /** The step the decoded user is on, marked on its tab so the agent can always find it again. */
  userAt: string | null
  onSelect(sectionId: string): void
  panel(section: GuideSection): ReactNode
}

// WAI-ARIA tabs: one tab per guide section; arrows, Home and End move between them. Every panel is rendered so the runbook prints whole.
export function StepTabs({ sections, selectedId, userAt, onSelect, panel }: Props) {
  const tabs = useRef(new Map<string, HTMLButtonElement>())
  const { t } = useLingui()
  const names = useSectionNames()
  const move = (e: KeyboardEvent) => {
    const at = sections.findIndex((s) => s.id === selectedId)
    const last = sections.length - 1
    const to = { ArrowRight: at === last ? 0 : at + 1, ArrowLeft: at === 0 ? last : at - 1, Home: 0, End: last }[e.key]
    if (to === undefined) return
    e.preventDefault()
    const next = sections[to]!
    onSelect(next.id)
    tabs.current.get(next.id)?.focus()
  }
  return (
    <>
      <div className="step-tabs no-print" role="tablist" aria-label={t`Steps of the guide`} onKeyDown={move}>
        {sections.map((section) => {
          const selected = section.id === selectedId
          return (
            <button
              key={section.id}
              ref={(el) => {
                if (el) tabs.current.set(section.id, el)
                else tabs.current.delete(section.id)
              }}
              type="button"
              role="tab"
              id={tabId(section)}
              aria-selected={selected}
              aria-controls={panelId(section)}
              tabIndex={selected ? 0 : -1}
              className="step-tab"
              onClick={() => onSelect(section.id)}
            >
              {names.shortName(section)}
              {userAt === section.id && (
                <span className="step-tab-here">
                  {' '}
                  <Trans>User is here</Trans>
                </span>
              )}
            </button>
          )
        })}
      </div>
      {sections.map((section) => (
        <div
          key={section.id}
          role="tabpanel"
          id={panelId(section)}
          aria-labelledby={tabId(section)}
          hidden={section.id !== selectedId}
          tabIndex={0}
          className="runbook-step"
        >
          {panel(section)}
        </div>
      ))}
    </>
  )
}
