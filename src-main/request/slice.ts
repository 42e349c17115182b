import { z } from 'zod'
import { requestEvents } from './events'
import type { requestEvidence } from '../../src-shared/evidence/request'
import { day, say, time } from '../../src-shared/message'
import { summaryWords } from '../../src-shared/messages/progress-summary'
import { timelineWords } from '../../src-shared/messages/timeline-events'
import { DaySchema, ProofSchema, proofOf, slice } from '../kit/slice'
import type { EvidenceRules, Proof } from '../kit/slice'
import type { EventOf } from '../kit/events'

export interface RequestState {
  details: EventOf<'request-sent'>['data']['details'] | null
  sent: Proof | null
  emailOn: string | null
  emailReceived: Proof | null
}

export const requestSlice = slice<RequestState>({
  initial: { details: null, sent: null, emailOn: null, emailReceived: null },
  schema: z.strictObject({
    details: requestEvents['request-sent'].shape.details.nullable(),
    sent: ProofSchema.nullable(),
    emailOn: DaySchema.nullable(),
    emailReceived: ProofSchema.nullable(),
  }),
  rules: 1,
  apply(s, e) {
    switch (e.type) {
      case 'request-sent':
        return { ...s, details: e.data.details, sent: proofOf(e) }
      case 'registration-email-received':
        return { ...s, emailOn: e.data.on, emailReceived: proofOf(e) }
      // A new invitation is asked for from the start; the details stay, to fill the new request.
      case 'invitation-renewal-started':
        return { ...s, sent: null, emailOn: null, emailReceived: null }
      default:
        return s
    }
  },
  evidence: {
    // An item for some audiences only (the officer's details) is proved only by a request that carried them.
    'request-sent': (s, item) => (item.audiences && !s.details?.officerName ? null : s.sent),
    'registration-email-received': (s) => s.emailReceived,
  } satisfies EvidenceRules<RequestState, typeof requestEvidence>,
  summary: (s) => ({
    request: [
      s.sent ? say(summaryWords.requestSent, { when: time(s.sent.at) }) : null,
      s.emailOn ? say(summaryWords.registrationEmail, { day: day(s.emailOn) }) : null,
    ],
  }),
  describe(e) {
    if (e.type === 'request-sent') return say(timelineWords.requestSent)
    if (e.type === 'registration-email-received') return say(timelineWords.registrationEmail, { day: day(e.data.on) })
    return null
  },
})
