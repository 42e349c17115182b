import type { Handlers } from '../../src-shared/contract'
import { registrationRules } from '../../src-shared/request'
import { saveForm } from '../kit/forms'
import type { DraftKeeper } from '../kit/forms'
import type { RecordService } from '../kit/record'

export function registrationHandlers(record: RecordService, drafts: DraftKeeper | null): Pick<Handlers, 'registration:save'> {
  return {
    'registration:save': (input) =>
      saveForm(record, drafts, 'registration', registrationRules, input, (fields) => ({ type: 'registration-saved', data: { fields } })),
  }
}
