import { evidenceOf } from './declare'

// What The profile domain (src-main/profile) records that proves a guide item, and what the user does for it. Plain catalog entries
// marked for extraction (/*i18n*/), not msg macros: the guide schema imports these names, and the build reads the contract.
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
