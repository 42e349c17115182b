import { proofOf, slice } from '../registry/slice'
import type { Proof } from '../registry/slice'

// What the user did in the rehearsal lives here, in the record; mfa.json keeps only the key and the counters.
export interface MfaSliceState {
  enrolled: Proof | null
  storage: 'encrypted' | 'memory-only' | null
  verified: Proof | null
  driftSeconds: number | null
  numberMatching: Proof | null
}

const initial: MfaSliceState = { enrolled: null, storage: null, verified: null, driftSeconds: null, numberMatching: null }

export const mfaSlice = slice<MfaSliceState>({
  initial,
  apply(s, e) {
    switch (e.type) {
      case 'mfa-enrolled':
        // A new practice key starts the rehearsal again.
        return { ...initial, enrolled: proofOf(e), storage: e.data.storage }
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
  evidence: { 'mfa-verified': (s) => s.verified },
  // The practice is done in Step 3, before the real QR code opens, so its lines belong there.
  summary: (s, ctx) => ({
    'sign-in': [
      s.verified
        ? `MFA rehearsed: a practice code was verified on ${ctx.when(s.verified.at)}`
        : s.enrolled
          ? `MFA practice started on ${ctx.when(s.enrolled.at)}`
          : null,
      s.numberMatching ? `Number matching practised on ${ctx.when(s.numberMatching.at)}` : null,
    ],
  }),
  describe(e) {
    switch (e.type) {
      case 'mfa-enrolled':
        return `Created a practice MFA QR code (key ${e.data.storage === 'encrypted' ? 'encrypted by the operating system' : 'kept in memory only'})`
      case 'mfa-verified':
        return 'Verified a practice MFA code'
      case 'mfa-drift-seen':
        return `A practice code showed the phone clock about ${Math.abs(e.data.seconds)} seconds ${e.data.seconds > 0 ? 'fast' : 'slow'}`
      case 'number-matching-practised':
        return 'Practised number matching'
      default:
        return null
    }
  },
})
