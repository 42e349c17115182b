import { evidenceOf } from './declare'

// The evidence the profile domain (src-main/profile) records, and what the user does for it (declare.ts says how they are written).
export const profileEvidence = evidenceOf({
  'profile-saved': {
    how: /*i18n*/ {
      id: 'evidence.how.profile-saved',
      message: 'The assistant marks this done when you save your details in “{section}”.',
      comment: '{section} is the title of the part where the details are saved',
    },
    cannotTick: /*i18n*/ {
      id: 'checklist.cannot-tick.profile-saved',
      message: 'You cannot tick “{item}” yourself. The assistant ticks it when you save your details. Nothing was changed.',
    },
  },
  'onboarding-date-known': {
    how: /*i18n*/ {
      id: 'evidence.how.onboarding-date-known',
      message: 'The assistant marks this done when you enter the date the TechPass onboarding email arrived.',
    },
    cannotTick: /*i18n*/ {
      id: 'checklist.cannot-tick.onboarding-date-known',
      message: 'You cannot tick “{item}” yourself. The assistant ticks it when you enter the day the TechPass onboarding email came. Nothing was changed.',
    },
  },
})
