import { useApp } from '../state/store-context'

// Steps that depend on the audience ask for the profile first, with a way straight there.
export function NeedProfile() {
  const select = useApp((s) => s.select)
  const profileId = useApp((s) => s.guide?.sections.find((x) => x.role === 'profile')?.id ?? '')
  return (
    <div className="tool callout callout-info">
      <p>Tell us who you are first, so this step shows the right fields for you.</p>
      <button type="button" className="button secondary" onClick={() => select(profileId)}>
        Go to Before you start
      </button>
    </div>
  )
}
