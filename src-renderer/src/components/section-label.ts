import type { GuideSection } from '../../../src-shared/guide-schema'
import type { SectionStatus } from '../../../src-shared/snapshot-schema'

export const sectionEyebrow = (section: GuideSection): string =>
  section.kind === 'step' ? `Step ${section.number ?? ''}`.trim() : section.kind === 'next' ? 'Finish' : 'Prerequisites'

export const statusText: Record<SectionStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
}
