import type { NextAction } from '../../../src-shared/snapshot-schema'
import { sayWith } from './say'
import type { SayContext } from './say'

// The next action's title: main's message, or for a checklist item the item's own words in the guide (its action,
// else its label), in the language on screen.
export function nextTitle(ctx: SayContext, action: Pick<NextAction, 'title' | 'sectionId' | 'itemId'>): string {
  if (action.title) return sayWith(ctx, action.title)
  const item = ctx.guide?.sections.find((s) => s.id === action.sectionId)?.items.find((i) => i.id === action.itemId)
  return item ? (item.action ?? item.label) : ''
}
