import { evidenceOf } from './declare'

// What The registration domain (Step 2, src-main/registration) records that proves a guide item, and what the user does for it. Plain catalog entries
// marked for extraction (/*i18n*/), not msg macros: the guide schema imports these names, and the build reads the contract.
export const registrationEvidence = evidenceOf({
  'registration-saved': {
    how: /*i18n*/ { id: 'evidence.how.registration-saved', message: 'The assistant marks this done when you save the registration details.' },
    cannotTick: /*i18n*/ {
      id: 'checklist.cannot-tick.registration-saved',
      message: 'You cannot tick “{item}” yourself. The assistant ticks it when you save your registration details. Nothing was changed.',
    },
  },
})
