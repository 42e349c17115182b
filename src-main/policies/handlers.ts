import { applies } from '../../src-shared/applies'
import type { Handlers } from '../../src-shared/contract'
import { say } from '../../src-shared/message'
import { policyRefusals as refuse } from '../../src-shared/messages/refusals-policies'
import type { Policies, PolicyView } from '../../src-shared/policy-schema'
import { AppFailure } from '../errors'
import type { RecordService } from '../kit/record'
import type { PolicyLoad } from './load-policies'
import { isCurrent, policyRecord } from './slice'
import type { PolicyRecord } from './slice'

type PolicyChannels = 'policy:list' | 'policy:read' | 'policy:accept'

// R14, R15: which policies apply follows the guide's items for the user's audience and SEED answer.
export function policyHandlers(record: RecordService, load: PolicyLoad, samples: boolean): Pick<Handlers, PolicyChannels> {
  const wanted = (): Map<string, PolicyView['action']> => {
    const { profile } = record.state().profile
    const out = new Map<string, PolicyView['action']>()
    for (const section of record.guide.sections) {
      for (const item of section.items) {
        if (!item.policies || item.done.by !== 'evidence' || !applies(item, profile)) continue
        // The MDM AUP is offered only once SEED is known to be provisioned (R15).
        if (item.seedOnly && profile?.seed !== 'yes') continue
        for (const id of item.policies) out.set(id, item.done.evidence === 'policies-accepted' ? 'accept' : 'read')
      }
    }
    return out
  }
  const list = (): Policies => {
    const state = record.state().policies
    // Reopening Step 6 (or a new invitation) asks for each policy again: the record says which records still count.
    const since = (r: PolicyRecord | undefined) => record.stillCounts('policies', r) ?? undefined
    const actions = wanted()
    return {
      samples,
      problems: load.problems,
      policies: load.policies.flatMap((p) => {
        const action = actions.get(p.id)
        if (!action) return []
        // The same record the checklist's evidence rests on (policyRecord), then the reopening rule the engine applies.
        const r = since(policyRecord(state, p.id, action, p))
        return [
          { ...p, action, state: !r ? 'to-do' : isCurrent(r, p) ? 'done' : 'stale', record: r ? { version: r.version, sha256: r.sha256, at: r.at } : null },
        ]
      }),
    }
  }
  const record_ = (action: PolicyView['action']) => (input: { id: string; version: string; sha256: string }) => {
    const policy = load.policies.find((p) => p.id === input.id)
    if (!policy) throw new AppFailure('not-found', say(refuse.unknown))
    const expected = wanted().get(policy.id)
    if (!expected) throw new AppFailure('not-allowed', say(refuse.seedOnly, { policy: policy.title }))
    if (expected !== action) {
      throw new AppFailure('not-allowed', say(expected === 'read' ? refuse.acceptOnTechPass : refuse.acceptHere, { policy: policy.title }))
    }
    if (input.version !== policy.version || input.sha256 !== policy.sha256) {
      throw new AppFailure('not-allowed', say(refuse.notCurrent, { policy: policy.title, version: policy.version }))
    }
    if (list().policies.find((p) => p.id === policy.id)?.state !== 'done') {
      const data = { id: policy.id, version: policy.version, sha256: policy.sha256 }
      record.commit(action === 'accept' ? { type: 'policy-accepted', data } : { type: 'policy-read', data })
    }
    return list()
  }
  return { 'policy:list': list, 'policy:read': record_('read'), 'policy:accept': record_('accept') }
}
