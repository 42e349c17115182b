import { Trans } from '@lingui/react/macro'
import { useApp } from '../state/store-context'

// Steps that depend on the audience ask for the profile first, with a way straight there.
export function NeedProfile() {
  const select = useApp((s) => s.select)
  const profileId = useApp((s) => s.guide?.sections.find((x) => x.role === 'profile')?.id ?? '')
  return (
    <div className="tool callout callout-info">
      <p>
        <Trans>First tell us who you are. Then this step shows the right fields for you.</Trans>
      </p>
      <button type="button" className="button secondary" onClick={() => select(profileId)}>
        <Trans>Go to Before you start</Trans>
      </button>
    </div>
  )
}
