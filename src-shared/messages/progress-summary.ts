import { msg } from '@lingui/core/macro'

// The completion record: what shows each step was done, with when. {when} is a time, {day} a calendar day.
export const summaryWords = {
  who: msg({ id: 'summary.who', message: '{audience}; {seed}', comment: 'Who the user is, then their SEED answer, such as "Vendor; SEED not provisioned".' }),
  onboardingEmail: msg({ id: 'summary.onboarding-email-received', message: 'TechPass onboarding email received on {day}' }),
  renewals: msg({ id: 'summary.new-invitations', message: 'You asked for a new invitation {count, plural, one {# time} other {# times}}' }),
  seedEmailExpired: msg({ id: 'summary.seed-email-expired', message: 'SEED onboarding email expired (reported {when})' }),
  seedServiceRequested: msg({ id: 'summary.seed-service-request-sent', message: 'Service request for a new SEED email submitted on {when}' }),
  requestSent: msg({ id: 'summary.request-sent', message: 'Request sent on {when}' }),
  registrationEmail: msg({ id: 'summary.registration-email-received', message: 'Registration email received on {day}' }),
  registrationSaved: msg({ id: 'summary.registration-prepared', message: 'Registration details saved on {when}' }),
  mfaVerified: msg({ id: 'summary.mfa-practice-verified', message: 'MFA rehearsed: a practice code was verified on {when}' }),
  mfaStarted: msg({ id: 'summary.mfa-practice-started', message: 'MFA practice started on {when}' }),
  numberMatching: msg({ id: 'summary.number-matching-practised', message: 'Number matching practised on {when}' }),
  policyRead: msg({
    id: 'summary.policy-read',
    message: '{policy} version {version} read on {when} (text fingerprint {fingerprint})',
    comment: '{policy} is the name of a policy document; it stays in English.',
  }),
  policyAccepted: msg({
    id: 'summary.policy-accepted',
    message: '{policy} version {version} accepted on {when} (text fingerprint {fingerprint})',
    comment: '{policy} is the name of a policy document; it stays in English.',
  }),
  itemDoneOn: msg({ id: 'summary.item-done-on', message: '{item}: confirmed as done on {day}', comment: '{item} is a checklist item.' }),
  itemConfirmed: msg({ id: 'summary.item-confirmed', message: '{item}: confirmed on {when}', comment: '{item} is a checklist item.' }),
}
