// What the form checks say (src-shared/fields.ts, profile.ts, request.ts), in the one catalog.
// The renderer says them in the user's language by id; main checks input with the same schemas and, where it has no
// catalog, says them in English from `message`. So these are plain catalog entries marked /*i18n*/ (extracted by
// `lingui extract`, kept whole at run time), not the msg macro, whose English is dropped from production builds.
export type FieldText = { id: string; message: string; comment?: string }
export type FieldValue = string | number | FieldText
// Says a check's text: in English by default, in the user's language when the renderer passes its own.
export type Say = (text: FieldText, values?: Record<string, FieldValue>) => string

// The fields, as a sentence names them after "your" or "the".
export const fieldNames = {
  'org-email': /*i18n*/ { id: 'field.name.org-email', message: 'work email', comment: 'A form field, named inside a sentence: "Enter your …".' },
  mobile: /*i18n*/ { id: 'field.name.mobile', message: 'mobile number', comment: 'A form field, named inside a sentence: "Enter your …".' },
  'project-name': /*i18n*/ { id: 'field.name.project-name', message: 'project name', comment: 'A form field, named inside a sentence: "Enter your …".' },
  'officer-name': /*i18n*/ {
    id: 'field.name.officer-name',
    message: "reporting officer's name",
    comment: 'A form field, named inside a sentence: "Enter your …".',
  },
  'officer-email': /*i18n*/ {
    id: 'field.name.officer-email',
    message: "reporting officer's email",
    comment: 'A form field, named inside a sentence: "Enter your …".',
  },
  'company-address': /*i18n*/ {
    id: 'field.name.company-address',
    message: 'company address',
    comment: 'A form field, named inside a sentence: "Enter your …".',
  },
  username: /*i18n*/ { id: 'field.name.username', message: 'username', comment: 'A form field, named inside a sentence: "Enter your …".' },
  'first-name': /*i18n*/ { id: 'field.name.first-name', message: 'first name', comment: 'A form field, named inside a sentence: "Enter your …".' },
  'last-name': /*i18n*/ { id: 'field.name.last-name', message: 'last name', comment: 'A form field, named inside a sentence: "Enter your …".' },
  department: /*i18n*/ { id: 'field.name.department', message: 'department', comment: 'A form field, named inside a sentence: "Enter your …".' },
  'onboarding-email-date': /*i18n*/ {
    id: 'field.name.onboarding-email-date',
    message: 'date the TechPass onboarding email arrived',
    comment: 'A date field, named inside a sentence: "Enter the …". "TechPass onboarding email" is the email’s name.',
  },
  'registration-email-date': /*i18n*/ {
    id: 'field.name.registration-email-date',
    message: 'date the registration email arrived',
    comment: 'A date field, named inside a sentence: "Enter the …".',
  },
  'done-date': /*i18n*/ { id: 'field.name.done-date', message: 'date you did it', comment: 'A date field, named inside a sentence: "Enter the …".' },
  'policy-effective-date': /*i18n*/ {
    id: 'field.name.policy-effective-date',
    message: 'effective date',
    comment: 'The day a policy text takes effect, in an administrator’s file: "Enter the …".',
  },
} satisfies Record<string, FieldText>
export type FieldName = keyof typeof fieldNames

// What is wrong with a field; {field} is one of the names above.
export const fieldProblems = {
  required: /*i18n*/ { id: 'field.required', message: 'Enter your {field}.', comment: '{field} is the name of a form field, such as "project name".' },
  tooLong: /*i18n*/ {
    id: 'field.too-long',
    message: 'Your {field} is too long. Use at most {max} characters.',
    comment: '{field} is the name of a form field; {max} is a number, 40 or more.',
  },
  hidden: /*i18n*/ {
    id: 'field.hidden-characters',
    message: 'Your {field} has hidden characters. They often come with copy and paste. Type it again by hand.',
    comment: 'Hidden characters: invisible control characters inside the text.',
  },
  noDomain: /*i18n*/ {
    id: 'field.email-no-domain',
    message: 'Your {field} needs a domain after the @, for example name@company.com.',
    comment: 'The domain is the part of an email address after the @.',
  },
  notEmail: /*i18n*/ {
    id: 'field.email-invalid',
    message: 'Your {field} is not a correct email address. Check it. It should look like name@company.com.',
  },
  personalEmail: /*i18n*/ {
    id: 'field.email-personal',
    message: 'Your {field} is a personal email address ({domain}). TechPass needs the email address your organisation gave you.',
    comment: '{domain} is the part after the @, such as gmail.com.',
  },
  refusedEmail: /*i18n*/ {
    id: 'field.email-refused',
    message: 'Your {field} is a LiteMail address, or another address that TechPass does not accept. Use your standard work email address.',
    comment: 'LiteMail is the name of an email service: keep it in English.',
  },
  noCountryCode: /*i18n*/ {
    id: 'field.phone-no-country-code',
    message: 'Start your {field} with the country code, for example +65 for Singapore or +91 for India.',
  },
  badPhone: /*i18n*/ {
    id: 'field.phone-invalid',
    message: 'Your {field} is not a correct number for that country code. Check the digits.',
  },
  dateRequired: /*i18n*/ { id: 'field.date-required', message: 'Enter the {field}.', comment: '{field} is a date field, such as "date you did it".' },
  dateFormat: /*i18n*/ {
    id: 'field.date-format',
    message: 'Enter the {field} as a date, for example 2026-11-20.',
    comment: '{field} is a date field. Keep the example date as it is: year-month-day.',
  },
  notRealDate: /*i18n*/ { id: 'field.date-not-real', message: 'The {field} is not a real date. Check the day and month.' },
  username: /*i18n*/ {
    id: 'field.username-characters',
    message: 'Your username can have only letters, numbers, dots (.), hyphens (-) and underscores (_).',
  },
} satisfies Record<string, FieldText>

// Who the user is and SEED (the managed laptop set-up for government systems), in Before you start.
export const profileTexts = {
  audienceRequired: /*i18n*/ {
    id: 'profile.audience-required',
    message: 'Choose who you are: a vendor, an offshore user in an ODC, or an offshore user not in an ODC.',
    comment: 'ODC: offshore development centre.',
  },
  seedRequired: /*i18n*/ {
    id: 'profile.seed-required',
    message: 'Answer the SEED question: Yes, No, or I don’t know.',
    comment: 'SEED: the managed laptop set-up for government systems. Keep the name SEED.',
  },
  seedForced: /*i18n*/ {
    id: 'profile.seed-forced',
    message: 'Offshore users who are not in an offshore development centre (ODC) must have SEED.',
    comment: 'SEED: the managed laptop set-up for government systems. Keep the name SEED.',
  },
  seedChooseYes: /*i18n*/ {
    id: 'profile.seed-choose-yes',
    message: 'Offshore users who are not in an ODC must have SEED. Choose Yes.',
    comment: 'SEED: the managed laptop set-up for government systems. ODC: offshore development centre.',
  },
} satisfies Record<string, FieldText>

// English, from the entry itself: for main, the unit tests and anything else without a catalog.
export const inEnglish: Say = (text, values) =>
  text.message.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values?.[key]
    if (value === undefined) return whole
    return typeof value === 'object' ? inEnglish(value) : String(value)
  })
