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

// Settles when what the first screen shows has loaded (or failed): nothing else is fetched before it.
let firstScreen: Promise<unknown> = Promise.resolve()

/** Started with the start-up reads, as soon as the guide and the snapshot say where the user is. */
export function preloadFirstScreen(guide: Guide, snapshot: Snapshot): void {
  // A failure here is said where the part is drawn.
  firstScreen = Promise.allSettled(firstScreenParts(guide, snapshot).map((part) => part.preload()))
}

/** Settles when the first screen's parts have loaded or failed (at once when none were asked for). */
export const firstScreenLoaded = (): Promise<unknown> => firstScreen

/**
 * Every step's and task's tool, fetched when the browser is idle after the first screen's own parts have arrived (their
 * replies are then not queued behind twenty others): no first visit waits. Returns a function that cancels it.
 */
export function preloadEveryToolWhenIdle(): () => void {
  let cancel: (() => void) | null = null
  let stopped = false
  void firstScreen.then(() => {
    if (!stopped) cancel = preloadWhenIdle([...Object.values(stepTools), ...Object.values(taskTools), TaskAid])
  })
  return () => {
    stopped = true
    cancel?.()
  }
}

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
