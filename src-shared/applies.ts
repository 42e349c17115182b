import type { GuideItem, GuideNote } from './guide-schema'

// An item or a troubleshooting entry: for some audiences, or for SEED users only.
type Scoped = Pick<GuideItem, 'audiences' | 'seedOnly'>
import type { Audience, SeedAnswer } from './profile'

type Who = { audience: Audience; seed: SeedAnswer } | null

// With no profile yet everything shows; after that, only what is for this audience. A SEED-only item or problem
// shows while SEED is "yes" or not known yet (an item then waits for the answer), and is gone once SEED is "no".
export function applies(item: Scoped, profile: Who): boolean {
  if (!profile) return true
  if (item.audiences && !item.audiences.includes(profile.audience)) return false
  return !item.seedOnly || profile.seed !== 'no'
}

// A note for some audiences only is shown to them alone, and to nobody before the audience is known.
export const noteApplies = (note: GuideNote, profile: Who): boolean => !note.audiences || (profile !== null && note.audiences.includes(profile.audience))
