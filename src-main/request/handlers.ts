import type { z } from 'zod'
import type { Handlers } from '../../src-shared/contract'
import type { PhoneParser } from '../../src-shared/fields'
import { say, section } from '../../src-shared/message'
import { onboardingRefusals as refuse } from '../../src-shared/messages/refusals-onboarding'
import type { Audience } from '../../src-shared/profile'
import { requestRules } from '../../src-shared/request'
import { AppFailure, checkInput } from '../errors'
import { pastDay } from '../profile/deadlines'
import type { RecordService } from '../registry/record'

// The phone rules (libphonenumber-js and its metadata) load with the first form saved, not at start-up.
let phoneParser: Promise<PhoneParser> | undefined
const loadPhoneParser = (): Promise<PhoneParser> =>
  (phoneParser ??= import('libphonenumber-js/mobile').then(
    ({ parsePhoneNumberFromString }) =>
      (text: string) =>
        parsePhoneNumberFromString(text),
  ))

const needProfile = (record: RecordService) => {
  const { profile } = record.state().profile
  if (!profile) throw new AppFailure('not-allowed', say(refuse.profileFirst, { section: section('profile') }))
  return profile
}

// Step 1's request and Step 2's registration form: refused until the profile is saved, then checked with the rules
// for the user's audience, the refused email domains and the phone rules.
type FormRules<S extends z.ZodType> = (audience: Audience, refused: readonly string[], parsePhone: PhoneParser) => S
export async function checkFormInput<S extends z.ZodType>(record: RecordService, rules: FormRules<S>, input: unknown): Promise<z.output<S>> {
  const parsePhone = await loadPhoneParser()
  const profile = needProfile(record)
  return checkInput(rules(profile.audience, record.settings.refusedEmailDomains, parsePhone), input)
}

export function requestHandlers(record: RecordService): Pick<Handlers, 'request:send' | 'request:email-received'> {
  return {
    async 'request:send'(input) {
      const details = await checkFormInput(record, requestRules, input)
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
