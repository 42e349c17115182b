import { say } from '../../src-shared/message'
import type { Msg } from '../../src-shared/message'
import { configNotices as notice } from '../../src-shared/messages/config'
import type { PolicyLayer, PolicySource } from './config-file'
import type { AnyPolicyLeaf, PolicyType } from './policy-declaration'

// The policy stores' values mapped onto the configuration through the declarations (setting-policies.ts): each policy
// name to its place in config.json and its type. The declarations are loaded with import() when a store was read (Windows
// and macOS) or the Managed settings view is opened, so a Linux start never loads them.

/** One declared policy: its place in the configuration (`deadlines.registerDays`), its name and its type. */
export interface DeclaredPolicy {
  place: string
  policy: string
  type: PolicyType
}

const isLeaf = (entry: AnyPolicyLeaf | { policies: Record<string, AnyPolicyLeaf> }): entry is AnyPolicyLeaf => 'policy' in entry

/** Every declared policy, in the declarations' order. */
export async function declaredPolicies(): Promise<DeclaredPolicy[]> {
  const out: DeclaredPolicy[] = []
  const { policies } = await import('./setting-policies')
  const table: Record<string, AnyPolicyLeaf | { policies: Record<string, AnyPolicyLeaf> }> = policies
  for (const [field, declared] of Object.entries(table)) {
    if (isLeaf(declared)) out.push({ place: field, policy: declared.policy, type: declared.type })
    else for (const [key, leaf] of Object.entries(declared.policies)) out.push({ place: `${field}.${key}`, policy: leaf.policy, type: leaf.type })
  }
  return out
}

/** What a store holds for one policy: nothing, a value of the declared type (as the configuration writes it), or another type. */
export type StoreLookup = { state: 'absent' } | { state: 'set'; value: unknown } | { state: 'wrong-type'; found: string; expected: string }

/**
 * The store's values by place. A value of the wrong type is left out with a notice naming the policy, so the setting
 * keeps the value it has without it; whether a value of the right type is a good value is applyConfig's question.
 */
export async function policyLayer(source: PolicySource, lookup: (declared: DeclaredPolicy) => StoreLookup): Promise<PolicyLayer> {
  const values = new Map<string, { policy: string; value: unknown }>()
  const found: Msg[] = []
  for (const declared of await declaredPolicies()) {
    const got = lookup(declared)
    if (got.state === 'set') values.set(declared.place, { policy: declared.policy, value: got.value })
    else if (got.state === 'wrong-type')
      found.push(say(notice.policyWrongType, { policy: declared.policy, where: source.where, found: got.found, expected: got.expected }))
  }
  return { source, values, notices: found }
}

/** A store that could not be used: its notice, and no values. */
export const unusableLayer = (source: PolicySource, why: Msg): PolicyLayer => ({ source, values: new Map(), notices: [why] })
