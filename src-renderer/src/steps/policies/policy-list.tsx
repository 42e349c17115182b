import { Trans } from '@lingui/react/macro'
import { useEffect, useState } from 'react'
import type { GuideItem } from '../../../../src-shared/guide-schema'
import type { Policies, PolicyView } from '../../../../src-shared/policy-schema'
import { useSay } from '../../state/use-say'
import { useApp } from '../../state/store-context'
import { NeedProfile } from '../need-profile'
import { PolicyCard } from './policy-card'
import { msg } from '@lingui/core/macro'
import { ownMsg } from '../../i18n/sayable'

// R14, R15: the privacy policy and terms of use are read here and accepted on TechPass; the MDM AUP (SEED only) is
// accepted here.
// A task about some of the policies shows only those: reading the privacy policy and terms of use, or the MDM AUP.
export function PolicyTask({ item }: { item?: GuideItem }) {
  return <PolicyList only={item?.policies} />
}

export function PolicyList({ only }: { only?: readonly string[] }) {
  const run = useApp((s) => s.run)
  const sayText = useSay()
  const profile = useApp((s) => s.snapshot?.profile ?? null)
  const eventCount = useApp((s) => s.snapshot?.eventCount ?? 0)
  const [policies, setPolicies] = useState<Policies | null>(null)

  useEffect(() => {
    let live = true
    void run((api) => api.policy.list()).then((value) => live && value && setPolicies(value))
    return () => {
      live = false
    }
  }, [run, eventCount])

  if (!profile) return <NeedProfile />
  if (!policies)
    return (
      <p className="tool">
        <Trans>Loading the policies…</Trans>
      </p>
    )
  const record = async (p: PolicyView) => {
    const input = { id: p.id, version: p.version, sha256: p.sha256 }
    const title = p.title
    const version = p.version
    const done =
      p.action === 'accept'
        ? ownMsg(msg`Saved: you accepted the ${title}, version ${version}.`)
        : ownMsg(msg`Saved: you read the ${title}, version ${version}.`)
    const value = await run((api) => (p.action === 'accept' ? api.policy.accept(input) : api.policy.read(input)), { done })
    if (value) setPolicies(value)
  }
  const shown = only ? policies.policies.filter((p) => only.includes(p.id)) : policies.policies
  const lead = shown.find((p) => p.state !== 'done')?.id
  return (
    <div className="tool">
      <h2>
        <Trans>Read the policies</Trans>
      </h2>
      {policies.samples && (
        <p className="callout callout-info" data-testid="policy-samples">
          <Trans>
            <strong>These are sample texts</strong> that come with the assistant, to show what to expect. They are not the official TechPass policies. Read and
            accept the official ones on the TechPass page.
          </Trans>
        </p>
      )}
      {policies.problems.length > 0 && (
        <div className="callout callout-warning" role="alert" data-testid="policy-problems">
          <Trans>
            <strong>Some policy texts could not be loaded, so you cannot read them here yet.</strong> Tell your helpdesk or administrator:
          </Trans>
          <ul>
            {policies.problems.map((p) => (
              <li key={p.file}>{sayText(p.message)}</li>
            ))}
          </ul>
        </div>
      )}
      {shown.map((p) => (
        <PolicyCard key={p.id} policy={p} sample={policies.samples} lead={p.id === lead} onDone={() => void record(p)} />
      ))}
    </div>
  )
}
