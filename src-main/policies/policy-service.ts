import { applies } from '../../src-shared/applies'
import type { Guide } from '../../src-shared/guide-schema'
import type { Policies } from '../../src-shared/policy-schema'
import { AppFailure } from '../ipc/app-failure'
import type { LedgerService } from '../ledger/ledger-service'
import type { PolicyLoad } from './load-policies'

export interface PolicyService {
  list(): Policies
  accept(input: { id: string; version: string; sha256: string }): Policies
}

// R14, R15: which policies the user must accept follows the guide's Step 6 items and their SEED choice.
export function createPolicyService(load: PolicyLoad, guide: Guide, ledger: LedgerService): PolicyService {
  // Before the SEED choice is known, the MDM AUP is not offered: it is required only when SEED is provisioned (R15).
  const requiredIds = (): Set<string> => {
    const profile = ledger.state().profile
    const ids = new Set<string>()
    for (const section of guide.sections) {
      for (const item of section.items) {
        if (item.policies && applies(item, profile) && (!item.seedOnly || profile?.seedProvisioned === true)) item.policies.forEach((id) => ids.add(id))
      }
    }
    return ids
  }
  const list = (): Policies => {
    const acceptances = ledger.state().acceptances
    const required = requiredIds()
    return {
      problems: load.problems,
      policies: load.policies
        .filter((p) => required.has(p.id))
        .map((p) => {
          const a = acceptances.get(p.id)
          const state = !a ? 'not-accepted' : a.version === p.version && a.sha256 === p.sha256 ? 'accepted' : 'stale'
          return { ...p, required: true, state, acceptance: a ? { version: a.version, sha256: a.sha256, acceptedAt: a.at } : null }
        }),
    }
  }
  return {
    list,
    accept({ id, version, sha256 }) {
      const policy = load.policies.find((p) => p.id === id)
      if (!policy) throw new AppFailure('not-found', 'That policy is not one the assistant knows, so nothing was accepted.')
      if (!requiredIds().has(id)) throw new AppFailure('not-allowed', `The ${policy.title} applies only when SEED is provisioned, so nothing was accepted.`)
      if (version !== policy.version || sha256 !== policy.sha256) {
        throw new AppFailure('not-allowed', `That is not the current version of the ${policy.title} (version ${policy.version}). Read the current text, then accept it. Nothing was accepted.`)
      }
      const current = list().policies.find((p) => p.id === id)
      if (current?.state !== 'accepted') ledger.commit({ type: 'policy-accepted', data: { id: policy.id, version, sha256 } })
      return list()
    },
  }
}
