import type { I18n } from '@lingui/core'
import { applies } from '../../../src-shared/applies'
import type { GuideSection } from '../../../src-shared/guide-schema'
import { sectionName } from '../words/labels'
import { taskButtons } from '../words/task-buttons'
import { itemTitle } from '../i18n/next-title'
import type { Branch } from './script'

// What the user reads on the app's screen for one step, in one language: the step's heading, then each task's
// heading and the buttons the user presses for it. Made by the same functions and from the same guide and messages
// as the user's screens, so the helpdesk can line up the agent's words and the user's by key.
export type ScreenLabel =
  { key: string; kind: 'step'; text: string } | { key: string; kind: 'task'; number: number; text: string } | { key: string; kind: 'button'; text: string }

export function screenLabels(i18n: I18n, section: GuideSection, profile: Branch): ScreenLabel[] {
  const labels: ScreenLabel[] = [{ key: 'step', kind: 'step', text: sectionName(i18n, section) }]
  // Tasks recorded by the same tool are one screen: the first of them is the task the user sees, and one press of
  // its button marks them all done.
  const tools = new Set<string>()
  let number = 0
  for (const item of section.items.filter((i) => applies(i, profile))) {
    if (item.done.by === 'evidence') {
      if (tools.has(item.done.evidence)) continue
      tools.add(item.done.evidence)
    }
    number += 1
    labels.push({ key: `task:${item.id}`, kind: 'task', number, text: itemTitle(item) })
    taskButtons(item).forEach((button, i) => labels.push({ key: `button:${item.id}:${i}`, kind: 'button', text: i18n._(button) }))
  }
  return labels
}
