import { audienceLabel, seedLabel } from '../../src-shared/labels'
import type { Audience, SeedAnswer } from '../../src-shared/profile'
import { proofOf, slice } from '../registry/slice'
import type { Proof } from '../registry/slice'

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
  },
  summary: (s, ctx) => ({
    profile: [
      s.profile ? `${audienceLabel[s.profile.audience]}; ${seedLabel[s.profile.seed]}` : null,
      s.profile?.onboardingEmailOn ? `TechPass onboarding email received on ${s.profile.onboardingEmailOn}` : null,
    ],
    request: [s.renewals > 0 ? `New invitation requested ${s.renewals} ${s.renewals === 1 ? 'time' : 'times'}` : null],
    finish: [
      s.seedEmail.expiredAt ? `SEED onboarding email expired (reported ${ctx.when(s.seedEmail.expiredAt)})` : null,
      s.seedEmail.requestedAt ? `Service request for a new SEED email submitted on ${ctx.when(s.seedEmail.requestedAt)}` : null,
    ],
  }),
  describe(e) {
    switch (e.type) {
      case 'profile-saved':
        return `Saved who they are: ${audienceLabel[e.data.audience]}; ${seedLabel[e.data.seed]}${e.data.onboardingEmailOn ? `; TechPass onboarding email received ${e.data.onboardingEmailOn}` : ''}`
      case 'invitation-renewal-started':
        return e.data.kind === 'register'
          ? `Registration link expired (${e.data.expiredOn}); asked for a new invitation`
          : `Time to activate the account ended (${e.data.expiredOn}); asked for a new invitation`
      case 'seed-email-expired':
        return 'Said the SEED onboarding email expired'
      case 'seed-service-requested':
        return 'Submitted a service request for a new SEED onboarding email'
      default:
        return null
    }
  },
})
