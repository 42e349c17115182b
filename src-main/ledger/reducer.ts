import type { Guide } from '../../src-shared/guide-schema'
import { itemKey } from '../../src-shared/snapshot-schema'
import type { RecoveryNotice, SectionStatus, Snapshot } from '../../src-shared/snapshot-schema'
import { GENESIS_HASH } from './events'
import type { LedgerEvent } from './events'

// Pure: the same events and guide always give the same snapshot.
export function reduce(guide: Guide, events: readonly LedgerEvent[], recovery: RecoveryNotice | null): Snapshot {
  const items: Snapshot['items'] = {}
  for (const event of events) {
    if (event.type === 'item-marked') {
      items[itemKey(event.data.sectionId, event.data.itemId)] = { done: event.data.done, changedAt: event.at }
    }
  }
  const sections = guide.sections.map((section) => {
    const doneCount = section.items.filter((item) => items[itemKey(section.id, item.id)]?.done).length
    const touched = section.items.some((item) => items[itemKey(section.id, item.id)] !== undefined)
    const status: SectionStatus =
      doneCount === section.items.length ? 'done' : doneCount > 0 || touched ? 'in-progress' : 'not-started'
    return { id: section.id, status, doneCount, totalCount: section.items.length }
  })
  const last = events.at(-1)
  return {
    eventCount: events.length,
    headHash: last?.hash ?? GENESIS_HASH,
    updatedAt: last?.at ?? null,
    items,
    sections,
    currentSectionId: sections.find((s) => s.status !== 'done')?.id ?? null,
    recovery,
  }
}
