import { z } from 'zod'
import { calendarDate, email } from './fields'
import { guideAudiences } from './guide-schema'
import { inEnglish, profileTexts } from './messages/fields'
import type { FieldText, Say } from './messages/fields'

export const audiences = guideAudiences
// The shapes that cross IPC and go into the ledger say their refusals in English; profileRules says them in the form's language.
export const AudienceSchema = z.enum(audiences, { error: inEnglish(profileTexts.audienceRequired) })
export type Audience = z.infer<typeof AudienceSchema>

export const isOffshore = (audience: Audience): boolean => audience !== 'vendor'

// R2: SEED is mandatory for offshore users unless they belong to an ODC.
// The reason is a catalog entry: the screen that shows it says it in the user's language.
export function seedRule(audience: Audience): { forced: boolean; reason: FieldText | null } {
  return audience === 'offshore-non-odc' ? { forced: true, reason: profileTexts.seedForced } : { forced: false, reason: null }
}

// SEED is answered, never assumed: "I don't know" is an answer that holds back Step 6 until it is found out.
export const seedAnswers = ['yes', 'no', 'unknown'] as const
export const SeedAnswerSchema = z.enum(seedAnswers, { error: inEnglish(profileTexts.seedRequired) })
export type SeedAnswer = z.infer<typeof SeedAnswerSchema>

export const ProfileInputSchema = z.strictObject({
  audience: AudienceSchema,
  seed: SeedAnswerSchema,
  orgEmail: z.string().max(400),
  onboardingEmailOn: z.string().max(40).nullable(),
})

// The domain rules, with the configured refused domains; used live in the form and again in main.
// `say` words the refusals: English by default, the user's language in the renderer.
export function profileRules(refusedDomains: readonly string[], say: Say = inEnglish) {
  return ProfileInputSchema.extend({
    audience: z.enum(audiences, { error: say(profileTexts.audienceRequired) }),
    seed: z.enum(seedAnswers, { error: say(profileTexts.seedRequired) }),
    orgEmail: email('org-email', refusedDomains, say),
    onboardingEmailOn: calendarDate('onboarding-email-date', say).nullable(),
  }).refine((p) => !seedRule(p.audience).forced || p.seed === 'yes', {
    path: ['seed'],
    message: say(profileTexts.seedChooseYes),
  })
}
