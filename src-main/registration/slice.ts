import { z } from 'zod'
import { registrationEvents } from './events'
import type { registrationEvidence } from '../../src-shared/evidence/registration'
import { say, time } from '../../src-shared/message'
import { summaryWords } from '../../src-shared/messages/progress-summary'
import { timelineWords } from '../../src-shared/messages/timeline-events'
import { ProofSchema, proofOf, slice } from '../kit/slice'
import type { EvidenceRules, Proof } from '../kit/slice'
import type { EventOf } from '../kit/events'

export interface RegistrationState {
  fields: EventOf<'registration-saved'>['data']['fields'] | null
  saved: Proof | null
}

export const registrationSlice = slice<RegistrationState>({
  initial: { fields: null, saved: null },
  schema: z.strictObject({ fields: registrationEvents['registration-saved'].shape.fields.nullable(), saved: ProofSchema.nullable() }),
  rules: 1,
  apply(s, e) {
    if (e.type === 'registration-saved') return { fields: e.data.fields, saved: proofOf(e) }
    // The new invitation's link needs the form again; the prepared values stay to copy from.
    if (e.type === 'invitation-renewal-started') return { ...s, saved: null }
    return s
  },
  // An item for some audiences only (the officer fields) is proved only by a registration that held them.
  evidence: { 'registration-saved': (s, item) => (item.audiences && !s.fields?.officerName ? null : s.saved) } satisfies EvidenceRules<
    RegistrationState,
    typeof registrationEvidence
  >,
  summary: (s) => ({ registration: [s.saved ? say(summaryWords.registrationSaved, { when: time(s.saved.at) }) : null] }),
  describe: (e) => (e.type === 'registration-saved' ? say(timelineWords.registrationSaved) : null),
})
