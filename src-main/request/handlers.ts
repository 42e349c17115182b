import type { Handlers } from '../../src-shared/contract'
import type { PhoneParser } from '../../src-shared/fields'
import { requestRules } from '../../src-shared/request'
import { AppFailure, checkInput } from '../errors'
import { pastDay } from '../profile/deadlines'
import type { RecordService } from '../registry/record'

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
  if (!profile) throw new AppFailure('not-allowed', 'Tell us who you are first (Before you start), then come back to this step.')
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
      if (!record.state().request.sent) throw new AppFailure('not-allowed', 'Send your request first. The registration email comes after it.')
      return record.commit({
        type: 'registration-email-received',
        data: { on: pastDay('registration-email-date', on, record.clock.now(), record.timeZone) },
      })
    },
  }
}
