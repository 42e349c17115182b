import { evidenceOf } from './declare'

// The evidence the MFA rehearsal (src-main/mfa) records, and what the user does for it (declare.ts says how they are written).
export const mfaEvidence = evidenceOf({
  'mfa-verified': {
    how: /*i18n*/ { id: 'evidence.how.mfa-verified', message: 'The assistant marks this done when it accepts a code from your practice entry.' },
    cannotTick: /*i18n*/ {
      id: 'checklist.cannot-tick.mfa-verified',
      message: 'You cannot tick “{item}” yourself. The assistant ticks it when it accepts a code from your practice entry. Nothing was changed.',
    },
  },
})
