import type { GuideItem } from './guide-schema'
import type { Audience } from './profile'

// With no profile yet every item shows; after that, only the items for this audience and SEED choice.
export function applies(item: GuideItem, profile: { audience: Audience; seedProvisioned: boolean } | null): boolean {
  if (!profile) return true
  if (item.audiences && !item.audiences.includes(profile.audience)) return false
  return !item.seedOnly || profile.seedProvisioned
}
