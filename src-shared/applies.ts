import type { GuideItem, GuideNote, GuideSection } from './guide-schema'
import type { Audience, SeedAnswer } from './profile'

type Who = { audience: Audience; seed: SeedAnswer } | null

// With no profile yet every item shows; after that, only the items for this audience. A SEED-only item
// shows while SEED is "yes" or not known yet (then it waits for the answer), and is gone once SEED is "no".
export function applies(item: GuideItem, profile: Who): boolean {
  if (!profile) return true
  if (item.audiences && !item.audiences.includes(profile.audience)) return false
  return !item.seedOnly || profile.seed !== 'no'
}

// A note for some audiences only is shown to them alone, and to nobody before the audience is known.
export const noteApplies = (note: GuideNote, profile: Who): boolean => !note.audiences || (profile !== null && note.audiences.includes(profile.audience))

// A SEED-only problem (the SEED onboarding email) is offered only to a user with SEED, as its Need help button is.
export const troubleApplies = (trouble: GuideSection['troubleshooting'][number], profile: Who): boolean => !trouble.seedOnly || profile?.seed === 'yes'
