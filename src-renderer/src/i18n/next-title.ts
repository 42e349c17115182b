import type { Guide, GuideItem } from '../../../src-shared/guide-schema'
import type { Msg } from '../../../src-shared/message'
import type { NextAction } from '../../../src-shared/snapshot-schema'

export type Titled = Pick<NextAction, 'title' | 'sectionId' | 'itemId'>

// The next action's title: main's message, or for a checklist item the item's own words in the guide (its action,
// else its label), in the language on screen. Components take it from useNextTitle (state/use-say.ts).
export function nextTitle(say: (message: Msg) => string, guide: Guide | null, action: Titled): string {
  if (action.title) return say(action.title)
  const item = guide?.sections.find((s) => s.id === action.sectionId)?.items.find((i) => i.id === action.itemId)
  return item ? itemTitle(item) : ''
}

// A checklist item's title as a task: its action, else its label.
export const itemTitle = (item: GuideItem): string => item.action ?? item.label
