import type { Handlers } from '../../src-shared/contract'
import { say, section } from '../../src-shared/message'
import { onboardingRefusals as refuse } from '../../src-shared/messages/refusals-onboarding'
import { profileRules } from '../../src-shared/profile'
import { AppFailure, checkInput } from '../errors'
import type { RecordService } from '../kit/record'
import { pastDay } from '../kit/deadlines'

type ProfileChannels = 'profile:save' | 'invitation:renew' | 'seed:email-expired' | 'seed:service-requested'

export function profileHandlers(record: RecordService): Pick<Handlers, ProfileChannels> {
  return {
    'profile:save'(input) {
      const profile = checkInput(profileRules(record.settings.refusedEmailDomains), input)
      const onboardingEmailOn = profile.onboardingEmailOn ? pastDay('onboarding-email', profile.onboardingEmailOn, record.clock.now(), record.timeZone) : null
      return record.commit({ type: 'profile-saved', data: { ...profile, onboardingEmailOn } })
    },
    // R5, R16: the remedy for an expired invitation, recorded only when a deadline really passed.
    'invitation:renew'() {
      const due = record.snapshot().deadlines?.active
      if (!due || due.state !== 'expired') throw new AppFailure('not-allowed', say(refuse.invitationNotExpired))
      return record.commit({ type: 'invitation-renewal-started', data: { expiredOn: due.due, kind: due.kind } })
    },
    // R17: the separate SEED onboarding email can expire at any step.
    'seed:email-expired'() {
      const { profile } = record.state().profile
      if (profile?.seed !== 'yes') {
        throw new AppFailure('not-allowed', say(refuse.notSeedUser, { section: section('profile') }))
      }
      return record.commit({ type: 'seed-email-expired', data: {} })
    },
    'seed:service-requested'() {
      const { seedEmail } = record.state().profile
      if (!seedEmail.expiredAt) throw new AppFailure('not-allowed', say(refuse.seedEmailNotExpired))
      if (seedEmail.requestedAt) return record.head()
      return record.commit({ type: 'seed-service-requested', data: {} })
    },
  }
}
