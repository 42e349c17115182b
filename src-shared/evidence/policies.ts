import { evidenceOf } from './declare'

// What The policies domain (src-main/policies) records that proves a guide item, and what the user does for it. Plain catalog entries
// marked for extraction (/*i18n*/), not msg macros: the guide schema imports these names, and the build reads the contract.
export const policiesEvidence = evidenceOf({
  'policies-read': {
    how: /*i18n*/ { id: 'evidence.how.policies-read', message: 'The assistant marks this done when you read each policy to the end and say so.' },
    cannotTick: /*i18n*/ {
      id: 'checklist.cannot-tick.policies-read',
      message: 'You cannot tick “{item}” yourself. The assistant ticks it when you read each policy to the end. Nothing was changed.',
    },
  },
  'policies-accepted': {
    how: /*i18n*/ { id: 'evidence.how.policies-accepted', message: 'The assistant marks this done when you accept the policy in the assistant.' },
    cannotTick: /*i18n*/ {
      id: 'checklist.cannot-tick.policies-accepted',
      message: 'You cannot tick “{item}” yourself. The assistant ticks it when you accept the policy in the assistant. Nothing was changed.',
    },
  },
})
