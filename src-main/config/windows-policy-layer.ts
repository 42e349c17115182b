import { say } from '../../src-shared/message'
import { configNotices as notice } from '../../src-shared/messages/config'
import type { PolicyLayer, PolicySource } from './config-file'
import { policyLayer, unusableLayer } from './policy-layer'
import type { DeclaredPolicy, StoreLookup } from './policy-layer'
import { POLICY_KEY } from './policy-declaration'
import type { RegistryPolicies, SpawnTool } from './registry-policies'

// Windows: the policy key the ADMX templates write (HKLM\SOFTWARE\Policies\GovTech\TechPass Onboarding Assistant), read
// with one reg.exe (registry-policies.ts, loaded with import() on Windows only). Only administrators can write it, so no
// ownership proof is needed.

type PolicyValue = (typeof import('./registry-policies'))['policyValue']

const SOURCE: PolicySource = { kind: 'windows-policy', where: POLICY_KEY }

// The registry type each declared type is written as (the generated ADMX): text in REG_SZ, a number or an on/off in
// REG_DWORD, a list in REG_MULTI_SZ.
function lookupIn(policyValue: PolicyValue, values: RegistryPolicies['values'], declared: DeclaredPolicy): StoreLookup {
  const { policy, type } = declared
  const regType = type === 'list' ? 'REG_MULTI_SZ' : type === 'dword' || type === 'boolean' ? 'REG_DWORD' : 'REG_SZ'
  const got = policyValue(values, policy, regType)
  if (got.state === 'absent') return got
  if (got.state === 'wrong-type') return { state: 'wrong-type', found: got.found, expected: regType }
  // The ADMX writes 1 for on and 0 for off; any other number is left as it is, and the schema says it must be true or false.
  if (type === 'boolean' && (got.value === 0 || got.value === 1)) return { state: 'set', value: got.value === 1 }
  return { state: 'set', value: got.value }
}

/**
 * The Windows policies, or null when the key does not exist (no policy is set). reg.exe failing for another reason (or
 * printing what it never prints) is a notice, and no policy applies; the file and the defaults still do.
 */
export async function windowsPolicyLayer(spawn?: SpawnTool): Promise<PolicyLayer | null> {
  const { policyValue, readRegistryPolicies } = await import('./registry-policies')
  const read = readRegistryPolicies(POLICY_KEY, spawn)
  if (!read.ok) return unusableLayer(SOURCE, say(notice.storeUnreadable, { where: POLICY_KEY }))
  if (!read.value.present) return null
  const { values } = read.value
  return policyLayer(SOURCE, (declared) => lookupIn(policyValue, values, declared))
}
