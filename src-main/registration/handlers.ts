import type { Handlers } from '../../src-shared/contract'
import { registrationRules } from '../../src-shared/request'
import { checkForm, forgetDraft } from '../kit/forms'
import type { DraftKeeper } from '../kit/forms'
import type { RecordService } from '../kit/record'

export function registrationHandlers(record: RecordService, drafts: DraftKeeper | null): Pick<Handlers, 'registration:save'> {
  return {
    async 'registration:save'(input) {
      const fields = await checkForm(record, registrationRules, input)
      const head = record.commit({ type: 'registration-saved', data: { fields } })
      forgetDraft(drafts, 'registration')
      return head
    },
  }
}
