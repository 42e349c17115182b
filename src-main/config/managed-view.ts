import type { ManagedSetting } from '../../src-shared/contract'
import type { SettingOrigins } from './config-file'
import { declaredPolicies } from './policy-layer'
import type { Settings } from './settings'

// The helpdesk guide's read-only "Managed settings" view: every declared setting, the value in effect and where it came
// from. The declarations are loaded when the view is first opened (config:managed), not with main's start.

const DEFAULT_SOURCE = { kind: 'default', where: null } as const

type Shown = ManagedSetting['value']

function shown(value: unknown): Shown {
  if (value === undefined || value === null) return null
  if (Array.isArray(value)) return value.map(String)
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  return null
}

/** One row per declared setting, in the declarations' order. */
export async function managedSettings(settings: Settings, policyTextsDir: string | null, origins: SettingOrigins): Promise<ManagedSetting[]> {
  const root: Record<string, unknown> = { ...settings, policyTextsDir }
  return (await declaredPolicies()).map(({ place, policy }) => {
    const [key, leaf] = place.split('.') as [string, string | undefined]
    const group = root[key]
    const value = leaf === undefined ? group : group && typeof group === 'object' ? (group as Record<string, unknown>)[leaf] : null
    const source = Object.hasOwn(origins, place) ? origins[place]! : DEFAULT_SOURCE
    return { setting: place, policy, value: shown(value), source }
  })
}
