import type { Handlers } from '../../src-shared/contract'
import { say } from '../../src-shared/message'
import { onboardingRefusals as refuse } from '../../src-shared/messages/refusals-onboarding'
import { requestRules } from '../../src-shared/request'
import { AppFailure } from '../errors'
import { saveForm } from '../kit/forms'
import type { DraftKeeper } from '../kit/forms'
import { pastDay } from '../kit/deadlines'
import type { RecordService } from '../kit/record'

export function requestHandlers(record: RecordService, drafts: DraftKeeper | null): Pick<Handlers, 'request:send' | 'request:email-received'> {
  return {
    'request:send': (input) => saveForm(record, drafts, 'request', requestRules, input, (details) => ({ type: 'request-sent', data: { details } })),
    'request:email-received'({ on }) {
      if (!record.state().request.sent) throw new AppFailure('not-allowed', say(refuse.sendFirst))
      return record.commit({
        type: 'registration-email-received',
        data: { on: pastDay('registration-email', on, record.clock.now(), record.timeZone) },
      })
    },
  }
}
