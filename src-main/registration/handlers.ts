import type { Handlers } from '../../src-shared/contract'
import { registrationRules } from '../../src-shared/request'
import type { RecordService } from '../registry/record'
import { checkFormInput } from '../request/handlers'

export function registrationHandlers(record: RecordService): Pick<Handlers, 'registration:save'> {
  return {
    async 'registration:save'(input) {
      const fields = await checkFormInput(record, registrationRules, input)
      return record.commit({ type: 'registration-saved', data: { fields } })
    },
  }
}
