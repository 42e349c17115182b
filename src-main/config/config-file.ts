import { isAbsolute } from 'node:path'
import { z } from 'zod'
import { LanguageSchema } from '../../src-shared/language-schema'
import { inner, say } from '../../src-shared/message'
import type { Msg } from '../../src-shared/message'
import { configKinds, configNotices as notice, configReasons } from '../../src-shared/messages/config'
import { PasswordPolicySchema } from '../../src-shared/password-policy'
import { readBoundedFile } from './bounded-read'
import type { BoundedReadOptions, ReadRefusal } from './bounded-read'
import { helpdeskSchema } from './helpdesk'
import type { PhoneFormat } from './helpdesk'
import { plainIssues, quoteKey } from './plain-issues'
import { DEFAULT_SETTINGS, withAllowlist } from './settings'
import type { Settings } from './settings'

export const CONFIG_ENV = 'TECHPASS_CONFIG'
export const MAX_CONFIG_BYTES = 256 * 1024
// Past this many notices the rest are counted, so a file of a thousand mistakes cannot flood the screen.
export const MAX_CONFIG_NOTICES = 10

// Messages and descriptions are ids of what a value must be, in src-shared/messages/config.ts (see plain-issues.ts).
const httpsUrl = z
  .url({ protocol: /^https$/, error: configKinds.https.id })
  .max(2048, configKinds.httpsShort.id)
  .describe(configKinds.https.id!)
const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, configKinds.domain.id)
  .describe(configKinds.domain.id!)

// Each key is checked on its own: one bad value falls back to its default and the rest still apply.
export const fields = {
  organisationName: z.string().trim().min(1).max(80),
  docsPortalUrl: httpsUrl,
  serviceRequestUrl: httpsUrl,
  loginGuideUrl: httpsUrl,
  refusedEmailDomains: z.array(domain).max(200).describe(configKinds.domains.id!),
  deadlines: z
    .strictObject({
      registerDays: z.number().int().min(1).max(60),
      activateDays: z.number().int().min(1).max(365),
      soonDays: z.number().int().min(0).max(30),
    })
    .refine((d) => d.registerDays <= d.activateDays, { path: ['registerDays'], message: configReasons.registerAfterActivate.id }),
  passwordPolicy: PasswordPolicySchema,
  policyTextsDir: z.string().min(1).max(1024).refine(isAbsolute, configKinds.folder.id).describe(configKinds.folder.id!),
  helpdesk: helpdeskSchema(),
  // The languages users may choose from, and the one a first start uses instead of the system's.
  language: z
    .strictObject({ default: LanguageSchema.optional(), offered: z.array(LanguageSchema).min(1).max(4).optional() })
    .refine((l) => !l.default || !l.offered || l.offered.includes(l.default), { path: ['default'], message: configReasons.defaultLanguageNotOffered.id })
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
  notices: Msg[]
  /**
   * For the system file: the trust rules the files in policyTextsDir must pass, checked all at once on the opened files
   * (one Get-Acl run on Windows); a reason for each refused file, null for each trusted one. None for a test file, which
   * is not checked either.
   */
  vetPolicyText?: (files: ReadonlyArray<{ path: string; fd: number }>) => Array<Msg | null>
  /** The file's settings, kept while its helpdesk phone waits for checkHelpdeskPhone (helpdesk-phone.ts). */
  phoneToCheck?: object
}

interface LoadConfigOptions {
  /** For the system file: a reason when ordinary users could have changed it, checked on the opened file. */
  vet?: BoundedReadOptions['vet']
}

const DEFAULTS: LoadedConfig = { settings: DEFAULT_SETTINGS, policyTextsDir: null, source: null, notices: [] }

const refused = (path: string, notice: Msg): LoadedConfig => ({
  ...DEFAULTS,
  source: path,
  notices: [notice],
  settings: { ...DEFAULT_SETTINGS, notices: [notice] },
})

const refusalNotice: Record<Exclude<ReadRefusal, 'missing' | 'untrusted'>, (path: string) => Msg> = {
  'not-a-file': (path) => say(notice.notAFile, { path }),
  'too-large': (path) => say(notice.tooLarge, { path, kilobytes: MAX_CONFIG_BYTES / 1024 }),
  unreadable: (path) => say(notice.unreadable, { path }),
}

/** Reads the administrator's file; any failure at all means the built-in settings and a notice, never a crash. */
export function loadConfig(path: string, options: LoadConfigOptions = {}): LoadedConfig {
  try {
    return readConfig(path, options)
  } catch {
    return refused(path, say(notice.unusable, { path }))
  }
}

function readConfig(path: string, options: LoadConfigOptions): LoadedConfig {
  const read = readBoundedFile(path, { limit: MAX_CONFIG_BYTES, ...(options.vet ? { vet: options.vet } : {}) })
  if (!read.ok) {
    const { error } = read
    if (error.refusal === 'missing') return DEFAULTS
    if (error.refusal === 'untrusted') return refused(path, say(notice.untrusted, { path, reason: inner(error.reason) }))
    return refused(path, refusalNotice[error.refusal](path))
  }
  let raw: unknown
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(read.value.bytes))
  } catch {
    return refused(path, say(notice.notJson, { path }))
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return refused(path, say(notice.notObject, { path }))
  }
  return applyConfig(raw, path)
}

/** Checks each key of the file's settings; with `format`, a helpdesk phone is checked and applied too. */
export function applyConfig(raw: object, path: string, format?: PhoneFormat): LoadedConfig {
  const schemas = format ? schemasFor(format) : FIELDS
  const notices: Msg[] = []
  const picked: Partial<Record<Field, unknown>> = {}
  for (const [key, value] of Object.entries(raw)) {
    if (IGNORED_KEYS.has(key)) continue
    const schema = schemas.get(key)
    if (!schema) {
      notices.push(say(notice.unknownSetting, { key: quoteKey(key), path }))
      continue
    }
    const parsed = schema.safeParse(value)
    if (parsed.success) picked[key as Field] = parsed.data
    else notices.push(say(notice.keepsDefault, { key: quoteKey(key), path, reasons: plainIssues(parsed.error, schema, value, [key]) }))
  }
  const shown =
    notices.length > MAX_CONFIG_NOTICES
      ? [...notices.slice(0, MAX_CONFIG_NOTICES), say(notice.moreProblems, { path, count: notices.length - MAX_CONFIG_NOTICES })]
      : notices
  const { policyTextsDir, ...rest } = picked
  const settings = withAllowlist({ ...DEFAULT_SETTINGS, ...(rest as Partial<Settings>), notices: shown })
  const loaded: LoadedConfig = { settings, policyTextsDir: (policyTextsDir as string | undefined) ?? null, source: path, notices: shown }
  const phoneWaits = !format && picked.helpdesk !== undefined && Object.hasOwn((raw as { helpdesk: object }).helpdesk, 'phone')
  return phoneWaits ? { ...loaded, phoneToCheck: raw } : loaded
}
