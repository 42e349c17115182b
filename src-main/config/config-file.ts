import type { Stats } from 'node:fs'
import { isAbsolute } from 'node:path'
import { z } from 'zod'
import { LanguageSchema } from '../../src-shared/language-schema'
import { PasswordPolicySchema } from '../../src-shared/password-policy'
import { readBoundedFile } from './bounded-read'
import type { ReadRefusal } from './bounded-read'
import { helpdeskSchema } from './helpdesk'
import type { PhoneFormat } from './helpdesk'
import { plainIssues, quoteKey } from './plain-issues'
import { DEFAULT_SETTINGS, withAllowlist } from './settings'
import type { Settings } from './settings'

export const CONFIG_ENV = 'TECHPASS_CONFIG'
export const MAX_CONFIG_BYTES = 256 * 1024
// Past this many notices the rest are counted, so a file of a thousand mistakes cannot flood the screen.
export const MAX_CONFIG_NOTICES = 10

const httpsUrl = z
  .url({ protocol: /^https$/, error: 'must be an https:// address' })
  .max(2048, 'must be an https:// address of at most 2048 characters')
  .describe('an https:// address')
const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'must be a domain such as litemail.gov.sg')
  .describe('a domain such as litemail.gov.sg')

// Each key is checked on its own: one bad value falls back to its default and the rest still apply.
const fields = {
  organisationName: z.string().trim().min(1).max(80),
  docsPortalUrl: httpsUrl,
  serviceRequestUrl: httpsUrl,
  loginGuideUrl: httpsUrl,
  refusedEmailDomains: z.array(domain).max(200).describe('a list of at most 200 domains'),
  deadlines: z
    .strictObject({
      registerDays: z.number().int().min(1).max(60),
      activateDays: z.number().int().min(1).max(365),
      soonDays: z.number().int().min(0).max(30),
    })
    .refine((d) => d.registerDays <= d.activateDays, { path: ['registerDays'], message: 'must not be more than deadlines.activateDays' }),
  passwordPolicy: PasswordPolicySchema,
  policyTextsDir: z.string().min(1).max(1024).refine(isAbsolute, 'must be the full path of a folder').describe('the full path of a folder'),
  helpdesk: helpdeskSchema(),
  // The languages users may choose from, and the one a first start uses instead of the system's.
  language: z
    .strictObject({ default: LanguageSchema.optional(), offered: z.array(LanguageSchema).min(1).max(4).optional() })
    .refine((l) => !l.default || !l.offered || l.offered.includes(l.default), { path: ['default'], message: 'must be one of language.offered' })
    .transform((l) => ({ offered: l.offered ? [...new Set(l.offered)] : DEFAULT_SETTINGS.language.offered, default: l.default ?? null }))
    .describe('a group of settings: default, offered'),
} as const
type Field = keyof typeof fields
// A Map, not `key in fields`: "constructor" or "__proto__" must never find something inherited.
const schemasFor = (format?: PhoneFormat) => new Map<string, z.ZodType>(Object.entries(format ? { ...fields, helpdesk: helpdeskSchema(format) } : fields))
const FIELDS = schemasFor()
const IGNORED_KEYS = new Set(['$schema', '_comment'])

export interface LoadedConfig {
  settings: Settings
  /** A folder whose policy files replace the bundled ones, or null. */
  policyTextsDir: string | null
  source: string | null
  notices: string[]
  /** The file's settings, kept while its helpdesk phone waits for checkHelpdeskPhone (helpdesk-phone.ts). */
  phoneToCheck?: object
}

export interface LoadConfigOptions {
  /** For the system file: a reason when ordinary users could have changed it, checked on the opened file. */
  vet?: (stat: Stats) => string | null
}

const DEFAULTS: LoadedConfig = { settings: DEFAULT_SETTINGS, policyTextsDir: null, source: null, notices: [] }

const refused = (path: string, notice: string): LoadedConfig => ({
  ...DEFAULTS,
  source: path,
  notices: [notice],
  settings: { ...DEFAULT_SETTINGS, notices: [notice] },
})

const refusalText: Record<Exclude<ReadRefusal, 'missing' | 'untrusted'>, string> = {
  'not-a-file': 'is not an ordinary file',
  'too-large': `is larger than ${MAX_CONFIG_BYTES / 1024} KB`,
  unreadable: 'could not be read',
}

/** Reads the administrator's file; any failure at all means the built-in settings and a notice, never a crash. */
export function loadConfig(path: string, options: LoadConfigOptions = {}): LoadedConfig {
  try {
    return readConfig(path, options)
  } catch {
    return refused(path, `The configuration file ${path} could not be used, so the built-in settings are used.`)
  }
}

function readConfig(path: string, options: LoadConfigOptions): LoadedConfig {
  const read = readBoundedFile(path, { limit: MAX_CONFIG_BYTES, ...(options.vet ? { vet: options.vet } : {}) })
  if (!read.ok) {
    if (read.refusal === 'missing') return DEFAULTS
    if (read.refusal === 'untrusted') return refused(path, `The settings file ${path} was ignored because ${read.reason}. The built-in settings are used.`)
    return refused(path, `The configuration file ${path} ${refusalText[read.refusal]}, so the built-in settings are used.`)
  }
  let raw: unknown
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(read.bytes))
  } catch {
    return refused(path, `The configuration file ${path} is not valid JSON, so the built-in settings are used.`)
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return refused(path, `The configuration file ${path} must hold settings between { and }, so the built-in settings are used.`)
  }
  return applyConfig(raw, path)
}

/** Checks each key of the file's settings; with `format`, a helpdesk phone is checked and applied too. */
export function applyConfig(raw: object, path: string, format?: PhoneFormat): LoadedConfig {
  const schemas = format ? schemasFor(format) : FIELDS
  const notices: string[] = []
  const picked: Partial<Record<Field, unknown>> = {}
  for (const [key, value] of Object.entries(raw)) {
    if (IGNORED_KEYS.has(key)) continue
    const schema = schemas.get(key)
    if (!schema) {
      notices.push(`The setting ${quoteKey(key)} in ${path} is not a known setting and was ignored.`)
      continue
    }
    const parsed = schema.safeParse(value)
    if (parsed.success) picked[key as Field] = parsed.data
    else notices.push(`The setting ${quoteKey(key)} in ${path} keeps its default, because ${plainIssues(parsed.error, schema, value, [key])}.`)
  }
  const shown =
    notices.length > MAX_CONFIG_NOTICES
      ? [...notices.slice(0, MAX_CONFIG_NOTICES), `${path} has ${notices.length - MAX_CONFIG_NOTICES} more problems like these.`]
      : notices
  const { policyTextsDir, ...rest } = picked
  const settings = withAllowlist({ ...DEFAULT_SETTINGS, ...(rest as Partial<Settings>), notices: shown })
  const loaded: LoadedConfig = { settings, policyTextsDir: (policyTextsDir as string | undefined) ?? null, source: path, notices: shown }
  const phoneWaits = !format && picked.helpdesk !== undefined && Object.hasOwn((raw as { helpdesk: object }).helpdesk, 'phone')
  return phoneWaits ? { ...loaded, phoneToCheck: raw } : loaded
}
