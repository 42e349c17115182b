import { inner, say, section } from '../../src-shared/message'
import type { Msg, MsgValue } from '../../src-shared/message'
import type { GuideSection } from '../../src-shared/guide-schema'
import type { Audience, SeedAnswer } from '../../src-shared/profile'
import { audienceWords, seedWords, stepWords } from '../../src-shared/messages/progress-steps'

// Main names a step by its place in the guide; its title is the renderer's to say, from the guide in the user's language.

// "Step 2", or the title for a part with no number: short enough for a sentence.
export const stepShort = (s: GuideSection): MsgValue => (s.kind === 'step' ? inner(say(stepWords.short, { number: s.number ?? 0 })) : section(s.role))

// "Step 2: Complete the registration", or the title alone for a part with no number.
export const stepName = (s: GuideSection): Msg =>
  s.kind === 'step' ? say(stepWords.name, { number: s.number ?? 0, title: section(s.role) }) : say(stepWords.unnumbered, { title: section(s.role) })

export const audienceValue = (audience: Audience): MsgValue => inner(say(audienceWords[audience]))
export const seedValue = (seed: SeedAnswer): MsgValue => inner(say(seedWords[seed]))
