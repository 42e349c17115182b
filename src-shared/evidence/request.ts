import { evidenceOf } from './declare'

// The evidence the request domain (Step 1, src-main/request) records, and what the user does for it (declare.ts says how they are written).
export const requestEvidence = evidenceOf({
  'request-sent': {
    how: /*i18n*/ {
      id: 'evidence.how.request-sent',
      message: 'The assistant marks this done when you click “I have sent the request”.',
      comment: 'Quote the button exactly as it is translated in Step 1',
    },
    cannotTick: /*i18n*/ {
      id: 'checklist.cannot-tick.request-sent',
      message: 'You cannot tick “{item}” yourself. The assistant ticks it when you click “I have sent the request”. Nothing was changed.',
    },
  },
  'registration-email-received': {
    how: /*i18n*/ {
      id: 'evidence.how.registration-email-received',
      message: 'The assistant marks this done when you enter the date the registration email arrived.',
    },
    cannotTick: /*i18n*/ {
      id: 'checklist.cannot-tick.registration-email-received',
      message: 'You cannot tick “{item}” yourself. The assistant ticks it when you enter the day the registration email came. Nothing was changed.',
    },
  },
})
