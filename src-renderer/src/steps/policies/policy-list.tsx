import { useEffect, useState } from 'react'
import type { Policies } from '../../../../src-shared/policy-schema'
import { useApp } from '../../state/store-context'
import { NeedProfile } from '../need-profile'
import { PolicyCard } from './policy-card'

// R14, R15: the policies this user must accept, with the MDM AUP only when SEED is provisioned.
export default function PolicyList() {
  const api = useApp((s) => s.api)
  const say = useApp((s) => s.say)
  const profile = useApp((s) => s.snapshot?.profile ?? null)
  const eventCount = useApp((s) => s.snapshot?.eventCount ?? 0)
  const [policies, setPolicies] = useState<Policies | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let live = true
    void api.policy.list().then((r) => {
      if (!live) return
      if (r.ok) setPolicies(r.value)
      else setError(r.error.message)
    })
    return () => {
      live = false
    }
  }, [api, eventCount])

  if (!profile) return <NeedProfile />
  if (error) return <p className="tool notice-error" role="alert">{error}</p>
  if (!policies) return <p className="tool">Loading the policies…</p>
  const accept = async (id: string, version: string, sha256: string, title: string) => {
    setBusy(true)
    const r = await api.policy.accept({ id, version, sha256 })
    setBusy(false)
    if (r.ok) {
      setPolicies(r.value)
      say({ tone: 'status', text: `Saved: you accepted the ${title}, version ${version}.` })
    } else say({ tone: 'error', text: r.error.message })
  }
  return (
    <div className="tool">
      <h2>Read and accept</h2>
      {policies.problems.length > 0 && (
        <div className="callout callout-warning" role="alert" data-testid="policy-problems">
          <strong>Some policy texts could not be loaded, so they cannot be accepted yet.</strong> Tell your helpdesk or administrator:
          <ul>
            {policies.problems.map((p) => (
              <li key={p.file}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      {policies.policies.map((p) => (
        <PolicyCard key={p.id} policy={p} busy={busy} onAccept={() => void accept(p.id, p.version, p.sha256, p.title)} />
      ))}
    </div>
  )
}
