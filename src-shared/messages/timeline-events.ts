import { msg } from '@lingui/core/macro'

// One line per event of the record, for the helpdesk's timeline: what the user did, in the agent's words.
export const timelineWords = {
  itemConfirmed: msg({
    id: 'timeline.item-confirmed',
    message: 'Confirmed “{item}” ({step})',
    comment: '{item} is a checklist item; {step} is where it is, such as "Step 2".',
  }),
  itemConfirmedOn: msg({
    id: 'timeline.item-confirmed-on',
    message: 'Confirmed “{item}” ({step}), done on {day}',
    comment: '{item} is a checklist item; {step} is where it is, such as "Step 2".',
  }),
  itemWithdrawn: msg({ id: 'timeline.item-withdrawn', message: 'Took back “{item}” ({step})', comment: '{item} is a checklist item; {step} is where it is.' }),
  sectionReopened: msg({ id: 'timeline.section-reopened', message: 'Reopened {step}' }),
  mfaEnrolledEncrypted: msg({
    id: 'timeline.mfa-practice-created-encrypted',
    message: 'Created a practice MFA QR code (key encrypted by the operating system)',
  }),
  mfaEnrolledMemory: msg({ id: 'timeline.mfa-practice-created-memory', message: 'Created a practice MFA QR code (key kept in memory only)' }),
  mfaVerified: msg({ id: 'timeline.mfa-practice-verified', message: 'Verified a practice MFA code' }),
  driftFast: msg({
    id: 'timeline.mfa-clock-fast',
    message: 'A practice code showed the phone clock about {seconds, plural, one {# second} other {# seconds}} fast',
  }),
  driftSlow: msg({
    id: 'timeline.mfa-clock-slow',
    message: 'A practice code showed the phone clock about {seconds, plural, one {# second} other {# seconds}} slow',
  }),
  numberMatching: msg({ id: 'timeline.number-matching-practised', message: 'Practised number matching' }),
  policyRead: msg({
    id: 'timeline.policy-read',
    message: 'Read the {policy} to the end, version {version}',
    comment: '{policy} is the name of a policy document; it stays in English.',
  }),
  policyAccepted: msg({
    id: 'timeline.policy-accepted',
    message: 'Accepted the {policy}, version {version}',
    comment: '{policy} is the name of a policy document; it stays in English.',
  }),
  profileSaved: msg({ id: 'timeline.profile-saved', message: 'Saved who they are: {audience}; {seed}' }),
  profileSavedWithDate: msg({
    id: 'timeline.profile-saved-with-date',
    message: 'Saved who they are: {audience}; {seed}; TechPass onboarding email received {day}',
  }),
  linkExpired: msg({ id: 'timeline.registration-link-expired', message: 'Registration link expired ({day}); asked for a new invitation' }),
  activationEnded: msg({ id: 'timeline.activation-time-ended', message: 'Time to activate the account ended ({day}); asked for a new invitation' }),
  seedEmailExpired: msg({ id: 'timeline.seed-email-expired', message: 'Said the SEED onboarding email expired' }),
  seedServiceRequested: msg({ id: 'timeline.seed-service-requested', message: 'Submitted a service request for a new SEED onboarding email' }),
  requestSent: msg({ id: 'timeline.request-sent', message: 'Recorded the account request as sent' }),
  registrationEmail: msg({ id: 'timeline.registration-email-received', message: 'Registration email received on {day}' }),
  registrationSaved: msg({ id: 'timeline.registration-prepared', message: 'Saved the registration details' }),
  recoveryAcknowledged: msg({ id: 'timeline.recovery-acknowledged', message: 'Started a new checklist after a damaged progress file was moved aside' }),
  startedOver: msg({ id: 'timeline.started-over', message: 'Started over; the previous record was kept' }),
  migrated: msg({ id: 'timeline.brought-forward', message: 'Brought forward from an earlier version of the assistant' }),
  other: msg({ id: 'timeline.other-event', message: 'Event “{type}”', comment: '{type} is the name of an event in the record, in English.' }),
}
