import { isAbsolute } from 'node:path'
import { z } from 'zod'
import { LanguageSchema } from '../../src-shared/language-schema'
import { inner, say } from '../../src-shared/message'
import type { Msg } from '../../src-shared/message'
import type { SettingSourceView } from '../../src-shared/contract'
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

// The schema of each setting, built the first time a file or a policy store is read (most machines have neither, and
// building them was a part of main's start before the window).
function buildFields() {
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
  const fields = {
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
  return fields
}
export type ConfigFields = ReturnType<typeof buildFields>
let builtFields: ConfigFields | undefined
export const configFields = (): ConfigFields => (builtFields ??= buildFields())

type Field = keyof ConfigFields
// A Map, not `key in fields`: "constructor" or "__proto__" must never find something inherited.
const schemasFor = (format?: PhoneFormat) =>
  new Map<string, z.ZodType>(Object.entries(format ? { ...configFields(), helpdesk: helpdeskSchema(format) } : configFields()))
let builtSchemas: Map<string, z.ZodType> | undefined
const fieldSchemas = () => (builtSchemas ??= schemasFor())
const IGNORED_KEYS = new Set(['$schema', '_comment'])

/** Where a setting's value came from; `where` is the registry key, the plist or the file. */
export type SettingSource = SettingSourceView
export interface PolicySource {
  kind: 'windows-policy' | 'macos-managed'
  where: string
}
export interface FileSource {
  kind: 'system-file' | 'test-file'
  where: string
}

/**
 * The operating system's policy store (Windows registry policies, macOS managed preferences), read and mapped through the
 * declarations (policy-layer.ts): each value by its place in the configuration, such as `deadlines.registerDays`, with
 * its type already checked. A value of the wrong type is not here; its notice is.
 */
export interface PolicyLayer {
  source: PolicySource
  values: ReadonlyMap<string, { policy: string; value: unknown }>
  notices: Msg[]
}

/** The JSON file's top object, as read. */
export interface FileLayer {
  source: FileSource
  raw: object
}

/** What applyConfig merges onto the built-in settings: the file, then, per setting, the policy store over it. */
export interface ConfigLayers {
  file: FileLayer | null
  policy: PolicyLayer | null
  /** Why a file or store could not be used at all. */
  notices: Msg[]
}

/** Where each setting that is not at its default came from, by its place (`helpdesk.email`). */
export type SettingOrigins = Readonly<Record<string, SettingSource>>

export interface LoadedConfig {
  settings: Settings
  /** A folder whose policy files replace the bundled ones, or null. */
  policyTextsDir: string | null
  origins: SettingOrigins
  notices: Msg[]
  /**
   * For the system's stores: the trust rules the files in policyTextsDir must pass, checked all at once on the opened
   * files (one Get-Acl run on Windows); a reason for each refused file, null for each trusted one. None for a test file,
   * which is not checked either.
   */
  vetPolicyText?: (files: ReadonlyArray<{ path: string; fd: number }>) => Array<Msg | null>
  /** The layers, kept while a helpdesk phone waits for checkHelpdeskPhone (helpdesk-phone.ts) to apply them again. */
  phoneToCheck?: ConfigLayers
}

interface LoadConfigOptions {
  /** For the system file: a reason when ordinary users could have changed it, checked on the opened file. */
  vet?: BoundedReadOptions['vet']
  /** The system's file (the default) or the test file TECHPASS_CONFIG names. */
  kind?: FileSource['kind']
  /** The policy store's values, which win over the file's per setting. */
  policy?: PolicyLayer | null
}

const refusalNotice: Record<Exclude<ReadRefusal, 'missing' | 'untrusted'>, (path: string) => Msg> = {
  'not-a-file': (path) => say(notice.notAFile, { path }),
  'too-large': (path) => say(notice.tooLarge, { path, kilobytes: MAX_CONFIG_BYTES / 1024 }),
  unreadable: (path) => say(notice.unreadable, { path }),
}

/** Reads the administrator's file and applies it under the policy store; any failure at all means a notice, never a crash. */
export function loadConfig(path: string, options: LoadConfigOptions = {}): LoadedConfig {
  try {
    return applyConfig({ ...readConfigFile(path, options), policy: options.policy ?? null })
  } catch {
    return applyConfig({ file: null, policy: null, notices: [say(notice.unusable, { path })] })
  }
}

/** The file's top object, or none and why (a missing file is none and no notice). */
export function readConfigFile(path: string, options: Omit<LoadConfigOptions, 'policy'> = {}): { file: FileLayer | null; notices: Msg[] } {
  const refused = (refusal: Msg) => ({ file: null, notices: [refusal] })
  try {
    const read = readBoundedFile(path, { limit: MAX_CONFIG_BYTES, ...(options.vet ? { vet: options.vet } : {}) })
    if (!read.ok) {
      const { error } = read
      if (error.refusal === 'missing') return { file: null, notices: [] }
      if (error.refusal === 'untrusted') return refused(say(notice.untrusted, { path, reason: inner(error.reason) }))
      return refused(refusalNotice[error.refusal](path))
    }
    let raw: unknown
    try {
      raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(read.value.bytes))
    } catch {
      return refused(say(notice.notJson, { path }))
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return refused(say(notice.notObject, { path }))
    return { file: { source: { kind: options.kind ?? 'system-file', where: path }, raw }, notices: [] }
  } catch {
    return refused(say(notice.unusable, { path }))
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)

// The places a file's accepted value sets: the key itself, or each setting the file names inside a group.
function placesOf(key: string, value: unknown): string[] {
  return isPlainObject(value) ? Object.keys(value).map((leaf) => `${key}.${leaf}`) : [key]
}

/**
 * Merges the layers onto the built-in settings and checks the result with the same schema and rules as ever.
 *
 * - The file: each key is checked on its own; a bad one keeps its default, with a notice naming the file.
 * - The policy store, per setting: a policy value wins over the file's value for that setting, and the file still counts
 *   for every setting the store does not hold. A group (deadlines, passwordPolicy, helpdesk, language) is the file's
 *   group (or the built-in one) with the policies' settings put over it, and is then checked whole, cross-key rules
 *   included; if it fails, the group's policies are all ignored, with a notice naming them, and the group keeps the
 *   value it had without them.
 * - With `format`, a helpdesk phone is checked and applied too (helpdesk-phone.ts).
 */
export function applyConfig(layers: ConfigLayers, format?: PhoneFormat): LoadedConfig {
  const { file, policy } = layers
  // The schemas are built on the first key there is to check: most machines have no file and no policy store.
  let schemas: Map<string, z.ZodType> | undefined
  const schemaOf = (key: string) => (schemas ??= format ? schemasFor(format) : fieldSchemas()).get(key)
  const origins: Record<string, SettingSource> = {}
  const picked: Partial<Record<Field, unknown>> = {}
  // The input each accepted key was parsed from: a group's base under the policies, and the helpdesk phone's check.
  const inputs = new Map<Field, unknown>()
  const fileNotices: Msg[] = []
  if (file) {
    const path = file.source.where
    for (const [key, value] of Object.entries(file.raw)) {
      if (IGNORED_KEYS.has(key)) continue
      const schema = schemaOf(key)
      if (!schema) {
        fileNotices.push(say(notice.unknownSetting, { key: quoteKey(key), path }))
        continue
      }
      const parsed = schema.safeParse(value)
      if (!parsed.success) {
        fileNotices.push(say(notice.keepsDefault, { key: quoteKey(key), path, reasons: plainIssues(parsed.error, schema, value, [key]) }))
        continue
      }
      picked[key as Field] = parsed.data
      inputs.set(key as Field, value)
      for (const place of placesOf(key, value)) origins[place] = file.source
    }
  }
  const notices = [...layers.notices]
  if (fileNotices.length > MAX_CONFIG_NOTICES) {
    notices.push(
      ...fileNotices.slice(0, MAX_CONFIG_NOTICES),
      say(notice.moreProblems, { path: file!.source.where, count: fileNotices.length - MAX_CONFIG_NOTICES }),
    )
  } else notices.push(...fileNotices)
  if (policy) {
    notices.push(...policy.notices)
    for (const [key, set] of byField(policy, schemaOf)) {
      const schema = schemaOf(key)!
      const grouped = set.some(([place]) => place.includes('.'))
      const candidate = grouped
        ? { ...groupBase(key, schema, inputs.get(key)), ...Object.fromEntries(set.map(([place, { value }]) => [place.slice(key.length + 1), value])) }
        : set[0]![1].value
      const parsed = schema.safeParse(candidate)
      if (!parsed.success) {
        const names = set.map(([, { policy: name }]) => name).join(', ')
        notices.push(say(notice.policyIgnored, { policies: names, where: policy.source.where, reasons: plainIssues(parsed.error, schema, candidate, [key]) }))
        continue
      }
      picked[key] = parsed.data
      inputs.set(key, candidate)
      for (const [place] of set) origins[place] = policy.source
    }
  }
  const { policyTextsDir, ...rest } = picked
  const settings = withAllowlist({ ...DEFAULT_SETTINGS, ...(rest as Partial<Settings>), notices })
  const loaded: LoadedConfig = { settings, policyTextsDir: (policyTextsDir as string | undefined) ?? null, origins, notices }
  const helpdesk = inputs.get('helpdesk')
  const phoneWaits = !format && isPlainObject(helpdesk) && Object.hasOwn(helpdesk, 'phone')
  return phoneWaits ? { ...loaded, phoneToCheck: layers } : loaded
}

// The policy store's values grouped by the configuration's key, in the declarations' order.
function byField(policy: PolicyLayer, schemaOf: (key: string) => z.ZodType | undefined): Map<Field, [string, { policy: string; value: unknown }][]> {
  const groups = new Map<Field, [string, { policy: string; value: unknown }][]>()
  for (const entry of policy.values) {
    const key = entry[0].split('.')[0] as Field
    if (!schemaOf(key)) continue
    groups.set(key, [...(groups.get(key) ?? []), entry])
  }
  return groups
}

// A group's value before its policies: the file's, or the built-in one (as the file would write it).
function groupBase(key: Field, schema: z.ZodType, fromFile: unknown): object {
  if (isPlainObject(fromFile)) return fromFile
  if (schema.safeParse({}).success) return {}
  return DEFAULT_SETTINGS[key as keyof Settings] as object
}
