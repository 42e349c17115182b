import { evidenceOf } from './declare'

// What The MFA rehearsal (src-main/mfa) records that proves a guide item, and what the user does for it. Plain catalog entries
// marked for extraction (/*i18n*/), not msg macros: the guide schema imports these names, and the build reads the contract.
export const mfaEvidence = evidenceOf({
  'mfa-verified': {
    how: /*i18n*/ { id: 'evidence.how.mfa-verified', message: 'The assistant marks this done when it accepts a code from your practice entry.' },
    cannotTick: /*i18n*/ {
      id: 'checklist.cannot-tick.mfa-verified',
      message: 'You cannot tick “{item}” yourself. The assistant ticks it when it accepts a code from your practice entry. Nothing was changed.',
    },
  },
})
