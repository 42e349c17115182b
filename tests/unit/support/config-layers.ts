import type { ConfigLayers, PolicyLayer, PolicySource } from '../../../src-main/config/config-file'

/** A system file's settings as applyConfig receives them, with no policy store. */
export const fileOnly = (raw: object, where = '/etc/techpass-onboarding-assistant/config.json'): ConfigLayers => ({
  file: { source: { kind: 'system-file', where }, raw },
  policy: null,
  notices: [],
})

/** A policy store holding these values by place (`deadlines.registerDays`), named as the declarations name them. */
export function storeOf(source: PolicySource, values: Record<string, { policy: string; value: unknown }>): PolicyLayer {
  return { source, values: new Map(Object.entries(values)), notices: [] }
}
