import type { AppState } from '../../state/app-store'
import { useApp } from '../../state/store-context'

// When the practice code was accepted, as the checklist counts it (a reopened Step 3 counts it again only when redone).
const practisedAt = (s: AppState): string | null => {
  for (const section of s.guide?.sections ?? []) {
    const item = section.items.find((i) => i.done.by === 'evidence' && i.done.evidence === 'mfa-verified')
    if (!item) continue
    return s.snapshot?.sections.find((p) => p.id === section.id)?.items.find((i) => i.id === item.id)?.doneAt ?? null
  }
  return null
}

export const usePractisedAt = (): string | null => useApp(practisedAt)

// The section the practice lives in, found by its evidence rather than by an id.
export const usePracticeSectionId = (): string | null =>
  useApp((s) => s.guide?.sections.find((section) => section.items.some((i) => i.done.by === 'evidence' && i.done.evidence === 'mfa-verified'))?.id ?? null)
