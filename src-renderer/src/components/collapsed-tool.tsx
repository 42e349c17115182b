import type { I18n } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import type { GuideSection, SectionRole } from '../../../src-shared/guide-schema'
import type { SectionProgress, Snapshot } from '../../../src-shared/snapshot-schema'
import { humanDate, humanDayOf } from '../format'
import { useApp } from '../state/store-context'
import { audienceWords, seedWords } from '../words/labels'
import './collapsed-tool.css'

// What a finished section's tool recorded, in one line.
function summaryOf(i18n: I18n, role: SectionRole, s: Snapshot): string {
  switch (role) {
    case 'profile': {
      if (!s.profile) return i18n._(msg`Your details are saved`)
      // The facts saved, side by side (not a sentence): who they are, SEED, and their email address.
      return [i18n._(audienceWords[s.profile.audience]), i18n._(seedWords[s.profile.seed]), s.profile.orgEmail].join(' · ')
    }
    case 'request': {
      if (!s.request.registrationEmailOn) return i18n._(msg`Request sent`)
      const day = humanDate(s.request.registrationEmailOn)
      return i18n._(msg`Request sent · registration email arrived on ${day}`)
    }
    case 'registration': {
      if (!s.registration.fields) return i18n._(msg`Registration details saved`)
      const username = s.registration.fields.username
      return i18n._(msg`Registration details saved for ${username}`)
    }
    case 'sign-in':
      return i18n._(msg`Practice code accepted, and you signed in to the Docs portal`)
    case 'mfa':
      return i18n._(msg`MFA set up on TechPass: Authenticator installed, QR code scanned, number matching confirmed`)
    case 'password':
      return i18n._(msg`Initial password reset on TechPass`)
    case 'policies':
      return i18n._(msg`Policies read and accepted`)
    case 'finish':
      return i18n._(msg({ message: 'Finished', comment: 'The last part of the checklist is done' }))
  }
}

// "practice verified on …" for Step 3 (the MFA practice is its first item), else the day the section was finished:
// a quiet badge, not a second status.
function badgeOf(i18n: I18n, role: SectionRole, s: Snapshot, progress: SectionProgress): string | null {
  if (role === 'sign-in' && s.mfa.verifiedAt) {
    const day = humanDayOf(s.mfa.verifiedAt)
    return i18n._(msg`practice verified on ${day}`)
  }
  const last = progress.items
    .map((i) => i.doneAt)
    .filter((at): at is string => at !== null)
    .sort()
    .at(-1)
  if (!last) return null
  const day = humanDayOf(last)
  return i18n._(msg`done on ${day}`)
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
  const { i18n } = useLingui()
  const snapshot = useApp((s) => s.snapshot)
  if (!snapshot) return null
  const badge = badgeOf(i18n, section.role, snapshot, progress)
  const id = `collapsed-${section.id}`
  return (
    <div className="tool-summary" data-testid="tool-summary">
      <span className="check-mark done" aria-hidden="true" />
      <p id={id}>
        {summaryOf(i18n, section.role, snapshot)}
        {badge && <span className="badge badge-quiet">{badge}</span>}
      </p>
      <button type="button" className="button small secondary" aria-expanded="false" aria-controls={controls} aria-describedby={id} onClick={onChange}>
        <Trans comment="A button that opens a finished step's form again, to change what was saved">Change</Trans>
      </button>
    </div>
  )
}
