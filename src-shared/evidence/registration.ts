import { evidenceOf } from './declare'

// The evidence the registration domain (Step 2, src-main/registration) records, and what the user does for it (declare.ts says how they are written).
export const registrationEvidence = evidenceOf({
  'registration-saved': {
    how: /*i18n*/ { id: 'evidence.how.registration-saved', message: 'The assistant marks this done when you save the registration details.' },
    cannotTick: /*i18n*/ {
      id: 'checklist.cannot-tick.registration-saved',
      message: 'You cannot tick “{item}” yourself. The assistant ticks it when you save your registration details. Nothing was changed.',
    },
  },
})
