import { readFileSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { z } from 'zod'
import { PasswordPolicySchema } from '../../src-shared/password-policy'
import { summarizeIssues } from '../../src-shared/result'
import { DEFAULT_SETTINGS, withAllowlist } from './settings'
import type { Settings } from './settings'

export const CONFIG_ENV = 'TECHPASS_CONFIG'
export const MAX_CONFIG_BYTES = 256 * 1024

// Where administrators deploy the file through MDM, one place per operating system.
export function systemConfigPath(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return join(env.ProgramData ?? 'C:\\ProgramData', 'TechPass Onboarding Assistant', 'config.json')
  if (platform === 'darwin') return '/Library/Application Support/TechPass Onboarding Assistant/config.json'
  return '/etc/techpass-onboarding-assistant/config.json'
}

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// address' }).max(2048)
const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'must be a domain such as litemail.gov.sg')

// Each key is checked on its own: one bad value falls back to its default and the rest still apply.
const fields = {
  organisationName: z.string().trim().min(1).max(80),
  docsPortalUrl: httpsUrl,
  serviceRequestUrl: httpsUrl,
  loginGuideUrl: httpsUrl,
  refusedEmailDomains: z.array(domain).max(200),
  deadlines: z
    .strictObject({
      registerDays: z.number().int().min(1).max(60),
      activateDays: z.number().int().min(1).max(365),
      soonDays: z.number().int().min(0).max(30),
    })
    .refine((d) => d.registerDays <= d.activateDays, { path: ['registerDays'], message: 'must not be more than activateDays' }),
  passwordPolicy: PasswordPolicySchema,
  policyTextsDir: z.string().min(1).max(1024).refine(isAbsolute, 'must be an absolute folder path'),
} as const
type Field = keyof typeof fields

export interface LoadedConfig {
  settings: Settings
  /** A folder whose policy files replace the bundled ones, or null. */
  policyTextsDir: string | null
  source: string | null
  notices: string[]
}

export function loadConfig(path: string): LoadedConfig {
  const defaults: LoadedConfig = { settings: DEFAULT_SETTINGS, policyTextsDir: null, source: null, notices: [] }
  const refused = (notice: string): LoadedConfig => ({ ...defaults, source: path, notices: [notice], settings: { ...DEFAULT_SETTINGS, notices: [notice] } })
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return defaults
    return refused(`The configuration file ${path} could not be read, so the built-in settings are used.`)
  }
  if (Buffer.byteLength(text) > MAX_CONFIG_BYTES) {
    return refused(`The configuration file ${path} is larger than ${MAX_CONFIG_BYTES / 1024} KB, so it was ignored and the built-in settings are used.`)
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return refused(`The configuration file ${path} is not valid JSON, so the built-in settings are used.`)
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return refused(`The configuration file ${path} must contain a JSON object, so the built-in settings are used.`)
  }
  const notices: string[] = []
  const picked: Partial<Record<Field, unknown>> = {}
  for (const [key, value] of Object.entries(raw)) {
    if (key === '$schema' || key === '_comment') continue
    if (!(key in fields)) {
      notices.push(`The setting "${key}" in ${path} is not a known setting and was ignored.`)
      continue
    }
    const parsed = fields[key as Field].safeParse(value)
    if (parsed.success) picked[key as Field] = parsed.data
    else notices.push(`The setting "${key}" in ${path} is invalid (${summarizeIssues(parsed.error, null).replace(/\.$/, '')}), so its default is used.`)
  }
  const { policyTextsDir, ...rest } = picked
  const settings = withAllowlist({ ...DEFAULT_SETTINGS, ...(rest as Partial<Settings>), notices })
  return { settings, policyTextsDir: (policyTextsDir as string | undefined) ?? null, source: path, notices }
}
