import type { I18n, MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import type { Guide, GuideItem, GuideNote, GuideSection } from '../../../src-shared/guide-schema'
import { seedRule } from '../../../src-shared/profile'
import type { Audience, SeedAnswer } from '../../../src-shared/profile'
import type { StatusFields } from '../../../src-shared/status-code'

// The branch of the guide the agent is reading: who the user is, and their SEED answer as they gave it.
export interface Branch {
  audience: Audience
  seed: SeedAnswer
}

// R2: an offshore user not in an ODC always has SEED, whatever was picked before the audience changed.
export const branchProfile = (branch: Branch): Branch => (seedRule(branch.audience).forced ? { audience: branch.audience, seed: 'yes' } : branch)

// A decoded status code picks the user's branch; a code from before the user chose an audience keeps the agent's branch.
export function branchFromStatus(status: StatusFields, current: Branch): Branch {
  if (status.audience === 'none') return current
  return branchProfile({ audience: status.audience, seed: status.seed })
}

// The runbook tab for a decoded step: the section at that place in the guide, or the first one if the guide is shorter.
export const sectionForStatus = (guide: Guide, status: StatusFields): GuideSection => (guide.sections[status.sectionIndex] ?? guide.sections[0])!

// Script lines are in the agent's voice; a guide without agent wording still shows what the user's checklist says.
// The guide's texts are data; only the words around a quoted one are the runbook's own, in the language on screen.
export const itemScript = (i18n: I18n, item: GuideItem): string => {
  const label = item.label
  return item.agentText ?? i18n._(msg`The user's checklist says: “${label}”`)
}
export const noteScript = (i18n: I18n, note: GuideNote): string => {
  const text = note.text
  return note.agentText ?? i18n._(msg`The user's screen says: “${text}”`)
}
export const sectionScript = (section: GuideSection): string => section.agentText ?? section.summary
export const fixScript = (t: GuideSection['troubleshooting'][number]): string => t.agentText ?? t.fix

// A SEED-only step while the user does not know their SEED answer: it applies only if the answer turns out to be yes.
export const waitsForSeed = (item: GuideItem, branch: Branch): boolean => Boolean(item.seedOnly) && branchProfile(branch).seed === 'unknown'

// The user's deadline as the decoder says it: the status code carries its state, not its day.
const deadlineText: Record<StatusFields['deadline'], MessageDescriptor> = {
  none: msg({ message: 'No deadline yet', comment: 'The state of the user’s deadline, read from a status code.' }),
  fine: msg({ message: 'On track', comment: 'The state of the user’s deadline, read from a status code.' }),
  soon: msg({ message: 'Due soon (2 days or less)', comment: 'The state of the user’s deadline, read from a status code.' }),
  'last-day': msg({ message: 'Last day today', comment: 'The state of the user’s deadline, read from a status code.' }),
  expired: msg({ message: 'Expired', comment: 'The state of the user’s deadline, read from a status code.' }),
  renewing: msg({ message: 'Waiting for a new invitation', comment: 'The state of the user’s deadline, read from a status code.' }),
}

// A finished user has no deadline because every step is done, not because none has started yet.
export const deadlineWords = (i18n: I18n, status: StatusFields): string =>
  i18n._(status.finished && status.deadline === 'none' ? msg`No deadline: every step is done` : deadlineText[status.deadline])
