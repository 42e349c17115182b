import { msg } from '@lingui/core/macro'

// Refusals of the first steps: who you are, SEED, the request, the registration (src-main/profile, request, registration).
// {section} is a section's title from the guide, in the user's language.
export const onboardingRefusals = {
  invitationNotExpired: msg({ id: 'profile.invitation-not-expired', message: 'Your invitation has not expired. You do not need a new one.' }),
  notSeedUser: msg({
    id: 'profile.not-seed-user',
    message: 'This is only for SEED users. If you got a SEED onboarding email, first answer Yes to the SEED question in “{section}”. Nothing was changed.',
  }),
  seedEmailNotExpired: msg({
    id: 'profile.seed-email-not-expired',
    message: 'You have not said that your SEED onboarding email expired, so you do not need a service request. Nothing was changed.',
  }),
  profileFirst: msg({ id: 'request.profile-first', message: 'First tell us who you are in “{section}”. Then come back to this step.' }),
  sendFirst: msg({ id: 'request.send-first', message: 'Send your request first. The registration email comes after it.' }),
  // The form checks each field as it is typed; main checks again before it saves. {fields} lists the fields' names.
  checkFields: msg({
    id: 'input.check-fields',
    message: 'Some details are not right: {fields}. Check {count, plural, one {it} other {them}} in the form, then try again. Nothing was saved.',
  }),
  notSaved: msg({ id: 'input.not-saved', message: 'Some details are not right. Check the form, then try again. Nothing was saved.' }),
}

// The names of the form fields main checks, as the forms label them.
export const fieldNames = {
  audience: msg({ id: 'input.field.audience', message: 'Who you are' }),
  seed: msg({ id: 'input.field.seed', message: 'SEED' }),
  orgEmail: msg({ id: 'input.field.org-email', message: 'Organisational email' }),
  onboardingEmailOn: msg({ id: 'input.field.onboarding-email-on', message: 'Date the TechPass onboarding email arrived' }),
  mobile: msg({ id: 'input.field.mobile', message: 'Mobile number' }),
  projectName: msg({ id: 'input.field.project-name', message: 'Project name' }),
  officerName: msg({ id: 'input.field.officer-name', message: 'Reporting officer’s name' }),
  officerEmail: msg({ id: 'input.field.officer-email', message: 'Reporting officer’s email' }),
  companyAddress: msg({ id: 'input.field.company-address', message: 'Company address' }),
  username: msg({ id: 'input.field.username', message: 'Username' }),
  firstName: msg({ id: 'input.field.first-name', message: 'First name' }),
  lastName: msg({ id: 'input.field.last-name', message: 'Last name' }),
  department: msg({ id: 'input.field.department', message: 'Department' }),
}

// A day the user typed: which day it is decides the words. {day} is the day as typed, shown in the user's format.
export const dateRefusals = {
  notReal: {
    'onboarding-email': msg({
      id: 'date.not-real.onboarding-email',
      message: 'The date the TechPass onboarding email arrived is not a real date. Check the day and the month. Nothing was saved.',
    }),
    'registration-email': msg({
      id: 'date.not-real.registration-email',
      message: 'The date the registration email arrived is not a real date. Check the day and the month. Nothing was saved.',
    }),
    'done-on': msg({
      id: 'date.not-real.done-on',
      message: 'The date you did it is not a real date. Check the day and the month. Nothing was changed.',
    }),
  },
  future: {
    'onboarding-email': msg({
      id: 'date.future.onboarding-email',
      message: 'The date the TechPass onboarding email arrived is in the future. Enter the day it really came. Nothing was saved.',
    }),
    'registration-email': msg({
      id: 'date.future.registration-email',
      message: 'The date the registration email arrived is in the future. Enter the day it really came. Nothing was saved.',
    }),
    'done-on': msg({
      id: 'date.future.done-on',
      message: 'The date you did it is in the future. Enter the day you really did it. Nothing was changed.',
    }),
  },
  longAgo: {
    'onboarding-email': msg({
      id: 'date.long-ago.onboarding-email',
      message: 'The date the TechPass onboarding email arrived is more than a year ago. Check the year. Nothing was saved.',
    }),
    'registration-email': msg({
      id: 'date.long-ago.registration-email',
      message: 'The date the registration email arrived is more than a year ago. Check the year. Nothing was saved.',
    }),
    'done-on': msg({ id: 'date.long-ago.done-on', message: 'The date you did it is more than a year ago. Check the year. Nothing was changed.' }),
  },
}
