import { msg } from '@lingui/core/macro'
import type { MessageDescriptor } from '@lingui/core'
import { useLingui } from '@lingui/react/macro'
import type { GuideSection } from '../../../src-shared/guide-schema'
import type { SeedAnswer } from '../../../src-shared/profile'

// Who the user is: one list, in words/labels.ts, for the form, the helpdesk and the printed summary.
export { audienceWords } from '../words/labels'

// The user's SEED answer, in a heading or a list. SEED: the managed laptop set-up for government systems.
export const seedWords: Record<SeedAnswer, MessageDescriptor> = {
  yes: msg({ message: 'SEED provisioned', comment: 'SEED: the managed laptop set-up for government systems. Keep the name SEED.' }),
  no: msg({ message: 'SEED not provisioned', comment: 'SEED: the managed laptop set-up for government systems. Keep the name SEED.' }),
  unknown: msg({ message: 'SEED not known yet', comment: 'SEED: the managed laptop set-up for government systems. Keep the name SEED.' }),
}

// How the steps are named on screen: "Step 2", "Step 2: Complete the registration", or the title of a part with no number.
export function useSectionNames() {
  const { t } = useLingui()
  const eyebrow = (section: GuideSection): string => {
    const number = section.number ?? ''
    if (section.kind === 'step') return t`Step ${number}`
    return section.kind === 'next' ? t({ message: 'Finish', comment: 'The last part of the checklist, after the numbered steps.' }) : t`Before you start`
  }
  const name = (section: GuideSection): string => {
    const number = section.number ?? ''
    const title = section.title
    return section.kind === 'step' ? t`Step ${number}: ${title}` : title
  }
  const shortName = (section: GuideSection): string => (section.kind === 'step' ? eyebrow(section) : section.title)
  return { eyebrow, name, shortName }
}
