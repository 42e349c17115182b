import { z } from 'zod'
import type { mfaEvidence } from '../../src-shared/evidence/mfa'
import { say, time } from '../../src-shared/message'
import { summaryWords } from '../../src-shared/messages/progress-summary'
import { timelineWords } from '../../src-shared/messages/timeline-events'
import { ProofSchema, proofOf, slice } from '../kit/slice'
import type { EvidenceRules, Proof } from '../kit/slice'

// What the user did in the rehearsal lives here, in the record; mfa.json keeps only the key and the counters.
export interface MfaSliceState {
  /** The last enrolment, with its event's hash: the practice key in mfa.json names the event it was made for. */
  enrolled: (Proof & { hash: string }) | null
  storage: 'encrypted' | 'memory-only' | null
  verified: Proof | null
  driftSeconds: number | null
  numberMatching: Proof | null
}

const initial: MfaSliceState = { enrolled: null, storage: null, verified: null, driftSeconds: null, numberMatching: null }

export const mfaSlice = slice<MfaSliceState>({
  initial,
  schema: z.strictObject({
    enrolled: z.strictObject({ ...ProofSchema.shape, hash: z.string().regex(/^[0-9a-f]{64}$/) }).nullable(),
    storage: z.enum(['encrypted', 'memory-only']).nullable(),
    verified: ProofSchema.nullable(),
    driftSeconds: z.number().int().nullable(),
    numberMatching: ProofSchema.nullable(),
  }),
  // 2: an enrolment keeps its event's hash, which the practice key in mfa.json names.
  rules: 2,
  apply(s, e) {
    switch (e.type) {
      case 'mfa-enrolled':
        // A new practice key starts the rehearsal again.
        return { ...initial, enrolled: { ...proofOf(e), hash: e.hash }, storage: e.data.storage }
      case 'mfa-verified':
        return { ...s, verified: proofOf(e), driftSeconds: null }
      case 'mfa-drift-seen':
        return { ...s, driftSeconds: e.data.seconds }
      case 'number-matching-practised':
        return { ...s, numberMatching: proofOf(e) }
      default:
        return s
    }
  },
  evidence: { 'mfa-verified': (s) => s.verified } satisfies EvidenceRules<MfaSliceState, typeof mfaEvidence>,
  // The practice is done in Step 3, before the real QR code opens, so its lines belong there.
  summary: (s) => ({
    'sign-in': [
      s.verified
        ? say(summaryWords.mfaVerified, { when: time(s.verified.at) })
        : s.enrolled
          ? say(summaryWords.mfaStarted, { when: time(s.enrolled.at) })
          : null,
      s.numberMatching ? say(summaryWords.numberMatching, { when: time(s.numberMatching.at) }) : null,
    ],
  }),
  describe(e) {
    switch (e.type) {
      case 'mfa-enrolled':
        return say(e.data.storage === 'encrypted' ? timelineWords.mfaEnrolledEncrypted : timelineWords.mfaEnrolledMemory)
      case 'mfa-verified':
        return say(timelineWords.mfaVerified)
      case 'mfa-drift-seen':
        return say(e.data.seconds > 0 ? timelineWords.driftFast : timelineWords.driftSlow, { seconds: Math.abs(e.data.seconds) })
      case 'number-matching-practised':
        return say(timelineWords.numberMatching)
      default:
        return null
    }
  },
})
