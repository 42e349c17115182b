import type { EvidenceName, GuideSection } from './guide-schema'
import type { Audience, SeedAnswer } from './profile'
import type { SectionStatus } from './snapshot-schema'

// The one place sections and states get their names, for the app, the printed summary and the helpdesk.
export const sectionEyebrow = (section: GuideSection): string =>
  section.kind === 'step' ? `Step ${section.number ?? ''}`.trim() : section.kind === 'next' ? 'Finish' : 'Before you start'

// "Step 2: Complete the registration", or the title alone for sections that are not numbered steps.
export const sectionName = (section: GuideSection): string => (section.kind === 'step' ? `${sectionEyebrow(section)}: ${section.title}` : section.title)

// "Step 2", or the title: short enough for a sentence.
export const sectionShortName = (section: GuideSection): string => (section.kind === 'step' ? sectionEyebrow(section) : section.title)

export const statusText: Record<SectionStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  'action-needed': 'Action needed',
  locked: 'Waiting',
}

export const audienceLabel: Record<Audience, string> = {
  vendor: 'Vendor',
  'offshore-odc': 'Offshore user in an offshore development centre (ODC)',
  'offshore-non-odc': 'Offshore user not in an ODC',
}

export const seedLabel: Record<SeedAnswer, string> = {
  yes: 'SEED provisioned',
  no: 'SEED not provisioned',
  unknown: 'SEED not known yet',
}

// What the user does in the assistant that marks an evidence item done: for its checklist row and for the refusal to tick it.
export const evidenceHow: Record<EvidenceName, string> = {
  'profile-saved': 'when you save your details in Before you start',
  'onboarding-date-known': 'when you enter the date the TechPass onboarding email arrived',
  'request-sent': 'when you click “I have sent the request”',
  'registration-email-received': 'when you enter the date the registration email arrived',
  'registration-saved': 'when you save the registration details',
  'mfa-verified': 'when the assistant accepts a code from your practice entry',
  'policies-read': 'when you read each policy to the end and say so',
  'policies-accepted': 'when you accept the policy in the assistant',
}
