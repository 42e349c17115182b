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
export const itemScript = (item: GuideItem): string => item.agentText ?? `The user's checklist says: “${item.label}”`
export const noteScript = (note: GuideNote): string => note.agentText ?? `The user's screen says: “${note.text}”`
export const sectionScript = (section: GuideSection): string => section.agentText ?? section.summary
export const fixScript = (t: GuideSection['troubleshooting'][number]): string => t.agentText ?? t.fix

// A SEED-only step while the user does not know their SEED answer: it applies only if the answer turns out to be yes.
export const waitsForSeed = (item: GuideItem, branch: Branch): boolean => Boolean(item.seedOnly) && branchProfile(branch).seed === 'unknown'

const deadlineText: Record<StatusFields['deadline'], string> = {
  none: 'no deadline yet',
  fine: 'on track',
  soon: 'due soon (2 days or less)',
  'last-day': 'last day today',
  expired: 'expired',
  renewing: 'waiting for a new invitation',
}

// A finished user has no deadline because every step is done, not because none has started yet.
export const deadlineWords = (status: StatusFields): string =>
  status.finished && status.deadline === 'none' ? 'no deadline: every step is done' : deadlineText[status.deadline]
