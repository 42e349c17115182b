import type { Handlers } from '../../src-shared/contract'
import { registrationRules } from '../../src-shared/request'
import { checkInput } from '../errors'
import type { RecordService } from '../kit/record'
import { loadPhoneParser, needProfile } from '../request/handlers'

export function registrationHandlers(record: RecordService): Pick<Handlers, 'registration:save'> {
  return {
    async 'registration:save'(input) {
      const parsePhone = await loadPhoneParser()
      const profile = needProfile(record)
      const fields = checkInput(registrationRules(profile.audience, record.settings.refusedEmailDomains, parsePhone), input)
      return record.commit({ type: 'registration-saved', data: { fields } })
    },
  }
}
