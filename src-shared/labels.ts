import type { GuideSection } from './guide-schema'
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
