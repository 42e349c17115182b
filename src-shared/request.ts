import { z } from 'zod'
import { email, mobile, text } from './fields'
import type { PhoneParser } from './fields'
import { fieldProblems, inEnglish } from './messages/fields'
import type { Say } from './messages/fields'
import type { Audience, SeedAnswer } from './profile'
import { isOffshore } from './profile'

const loose = z.string().max(2000)
const looseOptional = loose.optional()

// Shapes only: what may cross IPC. The rules below say what is valid for the user's audience.
export const RequestDetailsInputSchema = z.strictObject({
  orgEmail: loose,
  mobile: loose,
  projectName: loose,
  officerName: looseOptional,
  officerEmail: looseOptional,
  companyAddress: looseOptional,
})

export const RegistrationInputSchema = z.strictObject({
  username: loose,
  firstName: loose,
  lastName: loose,
  mobile: loose,
  department: loose,
  officerName: looseOptional,
  officerEmail: looseOptional,
  companyAddress: looseOptional,
})

const officerFields = (refused: readonly string[], say: Say) => ({
  officerName: text('officer-name', 120, { say }),
  officerEmail: email('officer-email', refused, say),
  companyAddress: text('company-address', 400, { multiline: true, say }),
})

// R7, R8: offshore users not in an ODC also give the offshore reporting officer and company address.
export const needsOfficerInRequest = (audience: Audience): boolean => audience === 'offshore-non-odc'
// R10: every offshore user gives the reporting officer fields on the registration form.
export const needsOfficerInRegistration = (audience: Audience): boolean => isOffshore(audience)

// `say` words the refusals: English by default, the user's language in the renderer.
export function requestRules(audience: Audience, refused: readonly string[], parsePhone: PhoneParser, say: Say = inEnglish) {
  const base = z.object({
    orgEmail: email('org-email', refused, say),
    mobile: mobile('mobile', parsePhone, say),
    projectName: text('project-name', 120, { say }),
  })
  return needsOfficerInRequest(audience) ? base.extend(officerFields(refused, say)) : base
}
// The officer fields exist only for some audiences, so both records carry them as optional.
type WithOfficer<T> = T & Partial<Record<'officerName' | 'officerEmail' | 'companyAddress', string>>

export type RequestDetails = WithOfficer<z.output<ReturnType<typeof requestRules>>>

export function registrationRules(audience: Audience, refused: readonly string[], parsePhone: PhoneParser, say: Say = inEnglish) {
  const base = z.object({
    username: text('username', 64, { say }).refine((v) => /^[A-Za-z0-9._-]+$/.test(v), say(fieldProblems.username)),
    firstName: text('first-name', 80, { say }),
    lastName: text('last-name', 80, { say }),
    mobile: mobile('mobile', parsePhone, say),
    department: text('department', 120, { say }),
  })
  return needsOfficerInRegistration(audience) ? base.extend(officerFields(refused, say)) : base
}

// The ready-to-send message for the project manager or reporting officer (R6 to R8). It stays in English whatever the
// language on screen: it goes into the TechPass account request, and whoever handles that reads English.
export function composeRequest(details: RequestDetails, audience: Audience, seed: SeedAnswer): { subject: string; body: string } {
  const what = seed === 'yes' ? 'a TechPass account and SEED provisioning' : 'a TechPass account'
  const lines = [
    'Dear project manager / reporting officer,',
    '',
    `Please request ${what} for me.`,
    '',
    `Organisational email: ${details.orgEmail}`,
    `Mobile number: ${details.mobile}`,
    `Project name: ${details.projectName}`,
  ]
  if (needsOfficerInRequest(audience)) {
    lines.push(
      `Offshore reporting officer: ${details.officerName ?? ''} (${details.officerEmail ?? ''})`,
      `Offshore company address: ${(details.companyAddress ?? '').replace(/\s*\n\s*/g, ', ')}`,
    )
  }
  // Not knowing is an answer too: the person who requests the account is the one who can say.
  if (seed === 'unknown') lines.push('', 'Please also tell me whether SEED provisioning is needed for me.')
  lines.push('', 'Thank you.')
  return { subject: `Request: ${seed === 'yes' ? 'TechPass account and SEED provisioning' : 'TechPass account'}`, body: lines.join('\n') }
}

// The message as one text, for copying or saving to a file.
export const requestText = (message: { subject: string; body: string }): string => `Subject: ${message.subject}\n\n${message.body}`
