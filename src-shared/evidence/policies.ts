import { evidenceOf } from './declare'

// The evidence the policies domain (src-main/policies) records, and what the user does for it (declare.ts says how they are written).
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
