import type { Handlers } from '../../src-shared/contract'
import type { PhoneParser } from '../../src-shared/fields'
import { say, section } from '../../src-shared/message'
import { onboardingRefusals as refuse } from '../../src-shared/messages/refusals-onboarding'
import { requestRules } from '../../src-shared/request'
import { AppFailure, checkInput } from '../errors'
import { pastDay } from '../kit/deadlines'
import type { RecordService } from '../kit/record'

// The phone rules (libphonenumber-js and its metadata) load with the first form saved, not at start-up.
let phoneParser: Promise<PhoneParser> | undefined
export const loadPhoneParser = (): Promise<PhoneParser> =>
  (phoneParser ??= import('libphonenumber-js/mobile').then(
    ({ parsePhoneNumberFromString }) =>
      (text: string) =>
        parsePhoneNumberFromString(text),
  ))

export const needProfile = (record: RecordService) => {
  const { profile } = record.state().profile
  if (!profile) throw new AppFailure('not-allowed', say(refuse.profileFirst, { section: section('profile') }))
  return profile
}

export function requestHandlers(record: RecordService): Pick<Handlers, 'request:send' | 'request:email-received'> {
  return {
    async 'request:send'(input) {
      const parsePhone = await loadPhoneParser()
      const profile = needProfile(record)
      const details = checkInput(requestRules(profile.audience, record.settings.refusedEmailDomains, parsePhone), input)
      return record.commit({ type: 'request-sent', data: { details } })
    },
    'request:email-received'({ on }) {
      if (!record.state().request.sent) throw new AppFailure('not-allowed', say(refuse.sendFirst))
      return record.commit({
        type: 'registration-email-received',
        data: { on: pastDay('registration-email', on, record.clock.now(), record.timeZone) },
      })
    },
  }
}
