import type { GuideSection, SectionRole } from '../../../src-shared/guide-schema'
import { audienceLabel, seedLabel } from '../../../src-shared/labels'
import type { SectionProgress, Snapshot } from '../../../src-shared/snapshot-schema'
import { humanDate, humanDayOf } from '../format'
import { useApp } from '../state/store-context'

// What a finished section's tool recorded, in one line.
function summaryOf(role: SectionRole, s: Snapshot): string {
  switch (role) {
    case 'profile':
      return s.profile ? `${audienceLabel[s.profile.audience]} · ${seedLabel[s.profile.seed]} · ${s.profile.orgEmail}` : 'Your details are saved'
    case 'request':
      return s.request.registrationEmailOn ? `Request sent · registration email arrived on ${humanDate(s.request.registrationEmailOn)}` : 'Request sent'
    case 'registration':
      return s.registration.fields ? `Registration details saved for ${s.registration.fields.username}` : 'Registration details saved'
    case 'sign-in':
      return 'Practice code accepted, and you signed in to the Docs portal'
    case 'mfa':
      return 'MFA set up on TechPass: Authenticator installed, QR code scanned, number matching confirmed'
    case 'password':
      return 'Initial password reset on TechPass'
    case 'policies':
      return 'Policies read and accepted'
    case 'finish':
      return 'Finished'
  }
}

// "practice verified on …" for Step 3 (the MFA practice is its first item), else the day the section was finished:
// a quiet badge, not a second status.
function badgeOf(role: SectionRole, s: Snapshot, progress: SectionProgress): string | null {
  if (role === 'sign-in' && s.mfa.verifiedAt) return `practice verified on ${humanDayOf(s.mfa.verifiedAt)}`
  const last = progress.items
    .map((i) => i.doneAt)
    .filter((at): at is string => at !== null)
    .sort()
    .at(-1)
  return last ? `done on ${humanDayOf(last)}` : null
}

interface Props {
  section: GuideSection
  progress: SectionProgress
  /** The id of the hidden tool that Change opens again. */
  controls: string
  onChange(): void
}

// A finished section's tool folds to one line; Change opens the same form again with everything in it.
export function CollapsedTool({ section, progress, controls, onChange }: Props) {
  const snapshot = useApp((s) => s.snapshot)
  if (!snapshot) return null
  const badge = badgeOf(section.role, snapshot, progress)
  const id = `collapsed-${section.id}`
  return (
    <div className="tool-summary" data-testid="tool-summary">
      <span className="check-mark done" aria-hidden="true" />
      <p id={id}>
        {summaryOf(section.role, snapshot)}
        {badge && <span className="badge badge-quiet">{badge}</span>}
      </p>
      <button type="button" className="button small secondary" aria-expanded="false" aria-controls={controls} aria-describedby={id} onClick={onChange}>
        Change
      </button>
    </div>
  )
}
