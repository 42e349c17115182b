import { msg } from '@lingui/core/macro'

// R5 and R16: which time limit ended. The registration link is named only once its email arrived.
export const expiryWords = {
  invitation: msg({
    id: 'progress.invitation-expired',
    message: 'Your invitation has expired. The {days, plural, one {# day} other {# days}} to register after your TechPass onboarding email ended on {due}.',
  }),
  link: msg({ id: 'progress.registration-link-expired', message: 'Your registration link stopped working after {due}.' }),
  activate: msg({ id: 'progress.activation-time-ended', message: 'The {days, plural, one {# day} other {# days}} to activate your account ended on {due}.' }),
  invitationAndActivate: msg({
    id: 'progress.invitation-and-activation-expired',
    message:
      'Your invitation has expired. The {registerDays, plural, one {# day} other {# days}} to register after your TechPass onboarding email ended on {registerDue}. The {activateDays, plural, one {# day} other {# days}} to activate your account also ended on {activateDue}.',
  }),
  linkAndActivate: msg({
    id: 'progress.link-and-activation-expired',
    message:
      'Your registration link stopped working after {registerDue}. The {activateDays, plural, one {# day} other {# days}} to activate your account also ended on {activateDue}.',
  }),
}

// Why an item or a step waits, said on the item or once for the step.
export const waitWords = {
  seedUnknown: msg({ id: 'progress.blocked-seed-unknown', message: 'First ask your project manager if you have SEED.' }),
  first: msg({ id: 'progress.blocked-first', message: 'Do this first: {item}.', comment: '{item} is a checklist item.' }),
  firstElsewhere: msg({
    id: 'progress.blocked-first-in-step',
    message: 'Do this first: {item} ({step}).',
    comment: '{item} is a checklist item; {step} is where it is, such as "Step 4".',
  }),
  locked: msg({
    id: 'progress.locked-request-new-invitation',
    message: '{expired} Request a new invitation first.',
    comment: '{expired} is a sentence that says which time limit ended.',
  }),
  renewIn: msg({
    id: 'progress.action-needed-new-invitation',
    message: '{expired} Request a new invitation in {step}.',
    comment: '{expired} is a sentence that says which time limit ended; {step} is "Step 1".',
  }),
  seedEmailExpired: msg({
    id: 'progress.action-needed-seed-email',
    message: 'Your SEED onboarding email has expired. Send a service request to get a new one.',
  }),
}
