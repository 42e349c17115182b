import type { Guide } from '../../../src-shared/guide-schema'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import { stepTools } from './step-tools'
import { TaskAid, taskTools } from './task-tools'

type Part = { preload(): Promise<unknown> }

// What the first screen shows for the step it opens on: the step's tool, and its current task's tool or aid.
export function firstScreenParts(guide: Guide, snapshot: Snapshot): Part[] {
  const section = guide.sections.find((s) => s.id === (snapshot.currentSectionId ?? guide.sections[0]?.id))
  if (!section) return []
  const action = snapshot.nextAction
  const item = action.sectionId === section.id && action.itemId ? section.items.find((i) => i.id === action.itemId) : undefined
  const parts: Part[] = [stepTools[section.role]]
  if (item?.done.by === 'evidence') parts.push(taskTools[item.done.evidence])
  if (item?.aid) parts.push(TaskAid)
  return parts
}

/** Started with the start-up reads, as soon as the guide and the snapshot say where the user is. */
export function preloadFirstScreen(guide: Guide, snapshot: Snapshot): void {
  // A failure here is said where the part is drawn.
  for (const part of firstScreenParts(guide, snapshot)) part.preload().catch(() => undefined)
}

/** Every step's and task's tool, fetched when the browser is idle after the first screen: no first visit waits. */
export const preloadEveryToolWhenIdle = (): (() => void) => preloadWhenIdle([...Object.values(stepTools), ...Object.values(taskTools), TaskAid])

/** Starts loading parts when the browser has nothing else to do (a timeout where requestIdleCallback is missing). */
export function preloadWhenIdle(parts: Iterable<Part>): () => void {
  const start = () => {
    // A failure here is said where the part is drawn, if it ever is.
    for (const part of parts) part.preload().catch(() => undefined)
  }
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(start, { timeout: 2000 })
    return () => window.cancelIdleCallback(id)
  }
  const id = window.setTimeout(start, 200)
  return () => window.clearTimeout(id)
}
