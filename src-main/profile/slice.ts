import { z } from 'zod'
import { profileEvents } from './events'
import type { profileEvidence } from '../../src-shared/evidence/profile'
import { day, say, time } from '../../src-shared/message'
import { summaryWords } from '../../src-shared/messages/progress-summary'
import { timelineWords } from '../../src-shared/messages/timeline-events'
import type { Audience, SeedAnswer } from '../../src-shared/profile'
import { DaySchema, ProofSchema, proofOf, slice } from '../kit/slice'
import type { EvidenceRules, Proof } from '../kit/slice'
import { audienceValue, seedValue } from '../kit/step-words'

export interface ProfileState {
  profile: { audience: Audience; seed: SeedAnswer; orgEmail: string; onboardingEmailOn: string | null } | null
  saved: Proof | null
  // When the day the TechPass onboarding email came was recorded, typed in the details: only that date proves it.
  dateKnown: Proof | null
  /** The day the deadlines count from: the first invitation date known, or the new one after a renewal. */
  invitedOn: string | null
  renewing: boolean
  renewals: number
  seedEmail: { expiredAt: string | null; requestedAt: string | null }
}

const initial: ProfileState = {
  profile: null,
  saved: null,
  dateKnown: null,
  invitedOn: null,
  renewing: false,
  renewals: 0,
  seedEmail: { expiredAt: null, requestedAt: null },
}

export const profileSlice = slice<ProfileState>({
  initial,
  schema: z.strictObject({
    profile: profileEvents['profile-saved'].nullable(),
    saved: ProofSchema.nullable(),
    dateKnown: ProofSchema.nullable(),
    invitedOn: DaySchema.nullable(),
    renewing: z.boolean(),
    renewals: z.number().int().min(0),
    seedEmail: z.strictObject({ expiredAt: z.string().max(40).nullable(), requestedAt: z.string().max(40).nullable() }),
  }),
  rules: 1,
  apply(s, e) {
    switch (e.type) {
      case 'profile-saved': {
        const date = e.data.onboardingEmailOn
        const changedDate = date !== (s.profile?.onboardingEmailOn ?? null)
        return {
          ...s,
          profile: e.data,
          saved: proofOf(e),
          dateKnown: date ? proofOf(e) : null,
          invitedOn: date && (changedDate || s.invitedOn === null) ? date : s.invitedOn,
        }
      }
      case 'registration-email-received':
        // The first date known starts the deadlines; after a renewal, the new invitation restarts them.
        return {
          ...s,
          invitedOn: s.invitedOn === null || s.renewing ? e.data.on : s.invitedOn,
          renewing: false,
        }
      case 'invitation-renewal-started':
        return { ...s, renewing: true, renewals: s.renewals + 1 }
      case 'seed-email-expired':
        return { ...s, seedEmail: { expiredAt: e.at, requestedAt: null } }
      case 'seed-service-requested':
        return { ...s, seedEmail: { ...s.seedEmail, requestedAt: e.at } }
      default:
        return s
    }
  },
  evidence: {
    'profile-saved': (s) => s.saved,
    'onboarding-date-known': (s) => s.dateKnown,
  } satisfies EvidenceRules<ProfileState, typeof profileEvidence>,
  summary: (s) => ({
    profile: [
      s.profile ? say(summaryWords.who, { audience: audienceValue(s.profile.audience), seed: seedValue(s.profile.seed) }) : null,
      s.profile?.onboardingEmailOn ? say(summaryWords.onboardingEmail, { day: day(s.profile.onboardingEmailOn) }) : null,
    ],
    request: [s.renewals > 0 ? say(summaryWords.renewals, { count: s.renewals }) : null],
    finish: [
      s.seedEmail.expiredAt ? say(summaryWords.seedEmailExpired, { when: time(s.seedEmail.expiredAt) }) : null,
      s.seedEmail.requestedAt ? say(summaryWords.seedServiceRequested, { when: time(s.seedEmail.requestedAt) }) : null,
    ],
  }),
  describe(e) {
    switch (e.type) {
      case 'profile-saved': {
        const who = { audience: audienceValue(e.data.audience), seed: seedValue(e.data.seed) }
        return e.data.onboardingEmailOn
          ? say(timelineWords.profileSavedWithDate, { ...who, day: day(e.data.onboardingEmailOn) })
          : say(timelineWords.profileSaved, who)
      }
      case 'invitation-renewal-started':
        return say(e.data.kind === 'register' ? timelineWords.linkExpired : timelineWords.activationEnded, { day: day(e.data.expiredOn) })
      case 'seed-email-expired':
        return say(timelineWords.seedEmailExpired)
      case 'seed-service-requested':
        return say(timelineWords.seedServiceRequested)
      default:
        return null
    }
  },
})
