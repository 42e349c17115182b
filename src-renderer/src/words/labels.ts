import type { I18n, MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { evidence } from '../../../src-shared/evidence'
import type { EvidenceName, GuideSection } from '../../../src-shared/guide-schema'
import type { Audience, SeedAnswer } from '../../../src-shared/profile'
import type { SectionStatus } from '../../../src-shared/snapshot-schema'

// The one place the screen names sections, states and answers, in the language on screen. Section titles come from
// the guide (data, translated beside guide.json); only the words around them are catalog messages.

export const statusWords: Record<SectionStatus, MessageDescriptor> = {
  'not-started': msg({ message: 'Not started', comment: 'The status of a step, in the list of steps and on the step' }),
  'in-progress': msg({ message: 'In progress', comment: 'The status of a step, in the list of steps and on the step' }),
  done: msg({ message: 'Done', comment: 'The status of a step, in the list of steps and on the step' }),
  'action-needed': msg({ message: 'Action needed', comment: 'The status of a step, in the list of steps and on the step' }),
  locked: msg({ message: 'Waiting', comment: 'The status of a step that cannot start yet (it waits for an earlier step)' }),
}

// "Step 2", "Before you start" or "Finish": the small line above a section's title.
export function sectionEyebrow(i18n: I18n, section: GuideSection): string {
  if (section.kind === 'next') return i18n._(msg({ message: 'Finish', comment: 'The name of the last part of the checklist' }))
  if (section.kind !== 'step') return i18n._(msg`Before you start`)
  const number = section.number ?? ''
  return i18n._(msg({ message: `Step ${number}`, comment: 'A numbered step of the checklist, such as "Step 2"' })).trim()
}

// "Step 2: Complete the registration", or the title alone for sections that are not numbered steps.
export function sectionName(i18n: I18n, section: GuideSection): string {
  if (section.kind !== 'step') return section.title
  const number = section.number ?? ''
  const title = section.title
  return i18n._(msg({ message: `Step ${number}: ${title}`, comment: 'A numbered step and its title, such as "Step 2: Complete the registration"' }))
}

// "Step 2", or the title: short enough for a sentence.
export const sectionShortName = (i18n: I18n, section: GuideSection): string => (section.kind === 'step' ? sectionEyebrow(i18n, section) : section.title)

export const audienceWords: Record<Audience, MessageDescriptor> = {
  vendor: msg`Vendor`,
  'offshore-odc': msg`Offshore user in an offshore development centre (ODC)`,
  'offshore-non-odc': msg`Offshore user not in an ODC`,
}

export const seedWords: Record<SeedAnswer, MessageDescriptor> = {
  yes: msg({ message: 'SEED is set up for you', comment: 'SEED is a security program for offshore users; keep the name SEED' }),
  no: msg({ message: 'SEED is not set up for you', comment: 'SEED is a security program for offshore users; keep the name SEED' }),
  unknown: msg({ message: 'Not known yet if SEED is set up for you', comment: 'SEED is a security program for offshore users; keep the name SEED' }),
}

// What the user does in the assistant that marks an evidence item done, for its row in the checklist, in the words its
// domain declares (src-shared/evidence/). `section` is the title of the section where the user's details are saved.
export const evidenceHow = (i18n: I18n, name: EvidenceName, section: string): string => i18n._(evidence[name].how.id, { section })
