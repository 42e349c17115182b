import { z } from 'zod'
import { calendarDate, email } from './fields'
import { guideAudiences } from './guide-schema'

export const audiences = guideAudiences
export const AudienceSchema = z.enum(audiences, { error: 'Choose who you are: vendor, offshore user in an ODC, or offshore user not in an ODC.' })
export type Audience = z.infer<typeof AudienceSchema>

export const isOffshore = (audience: Audience): boolean => audience !== 'vendor'

// R2: SEED is mandatory for offshore users unless they belong to an ODC.
export function seedRule(audience: Audience): { forced: boolean; reason: string | null } {
  return audience === 'offshore-non-odc'
    ? { forced: true, reason: 'SEED provisioning is mandatory for offshore users who are not in an offshore development centre (ODC).' }
    : { forced: false, reason: null }
}

// SEED is answered, never assumed: "I don't know" is an answer that holds back Step 6 until it is found out.
export const seedAnswers = ['yes', 'no', 'unknown'] as const
export const SeedAnswerSchema = z.enum(seedAnswers, { error: 'Say whether SEED is provisioned for you: yes, no, or I don’t know.' })
export type SeedAnswer = z.infer<typeof SeedAnswerSchema>

export const ProfileInputSchema = z.strictObject({
  audience: AudienceSchema,
  seed: SeedAnswerSchema,
  orgEmail: z.string().max(400),
  onboardingEmailOn: z.string().max(40).nullable(),
})
export type ProfileInput = z.infer<typeof ProfileInputSchema>

// The domain rules, with the configured refused domains; used live in the form and again in main.
export function profileRules(refusedDomains: readonly string[]) {
  return ProfileInputSchema.extend({
    orgEmail: email('organisational email', refusedDomains),
    onboardingEmailOn: calendarDate('date the TechPass onboarding email arrived').nullable(),
  }).refine((p) => !seedRule(p.audience).forced || p.seed === 'yes', {
    path: ['seed'],
    message: 'SEED provisioning is mandatory for offshore users who are not in an ODC.',
  })
}
export type Profile = z.output<ReturnType<typeof profileRules>>
