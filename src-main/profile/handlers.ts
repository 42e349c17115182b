import type { Handlers } from '../../src-shared/contract'
import { profileRules } from '../../src-shared/profile'
import { AppFailure, checkInput } from '../errors'
import type { RecordService } from '../registry/record'
import { pastDay } from './deadlines'

type ProfileChannels = 'profile:save' | 'invitation:renew' | 'seed:email-expired' | 'seed:service-requested'

export function profileHandlers(record: RecordService): Pick<Handlers, ProfileChannels> {
  return {
    'profile:save'(input) {
      const profile = checkInput(profileRules(record.settings.refusedEmailDomains), input)
      const onboardingEmailOn = profile.onboardingEmailOn
        ? pastDay('onboarding-email-date', profile.onboardingEmailOn, record.clock.now(), record.timeZone)
        : null
      return record.commit({ type: 'profile-saved', data: { ...profile, onboardingEmailOn } })
    },
    // R5, R16: the remedy for an expired invitation, recorded only when a deadline really passed.
    'invitation:renew'() {
      const due = record.snapshot().deadlines?.active
      if (!due || due.state !== 'expired') throw new AppFailure('not-allowed', 'Your invitation has not expired, so there is no need for a new one.')
      return record.commit({ type: 'invitation-renewal-started', data: { expiredOn: due.due, kind: due.kind } })
    },
    // R17: the separate SEED onboarding email can expire at any step.
    'seed:email-expired'() {
      const { profile } = record.state().profile
      if (profile?.seed !== 'yes') {
        throw new AppFailure(
          'not-allowed',
          'This is for SEED users. If you received a SEED onboarding email, first answer Yes to “Is SEED provisioned for you?” in Before you start. Nothing was changed.',
        )
      }
      return record.commit({ type: 'seed-email-expired', data: {} })
    },
    'seed:service-requested'() {
      const { seedEmail } = record.state().profile
      if (!seedEmail.expiredAt)
        throw new AppFailure(
          'not-allowed',
          'Your SEED onboarding email has not been reported as expired, so no service request is needed. Nothing was changed.',
        )
      if (seedEmail.requestedAt) return record.snapshot()
      return record.commit({ type: 'seed-service-requested', data: {} })
    },
  }
}
