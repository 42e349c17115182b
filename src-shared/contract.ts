import { z } from 'zod'
import { BundleViewSchema } from './bundle-view'
import { DraftFormSchema, DraftValuesSchema } from './draft-schema'
import { GuideSchema, SectionRoleSchema } from './guide-schema'
import { ChosenLanguageSchema, LanguageViewSchema } from './language-schema'
import { MsgSchema } from './message'
import { EnrolmentSchema, MfaStatusSchema, VerifyOutcomeSchema } from './mfa-schema'
import { PasswordPolicySchema } from './password-policy'
import { AcceptInputSchema, PoliciesSchema } from './policy-schema'
import { ProfileInputSchema } from './profile'
import { RegistrationInputSchema, RequestDetailsInputSchema } from './request'
import { SnapshotSchema } from './snapshot-schema'

const NoInput = z.undefined()
const Slug = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9-]+$/, 'use the id from the guide')

const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  dataDir: z.string(),
  isPackaged: z.boolean(),
  mode: z.enum(['electron', 'browser-harness']),
})

// Whom the user can call or write to; set by the administrator, already checked and in international format.
const HelpdeskSchema = z.object({
  phone: z.string().max(60).optional(),
  email: z.string().max(254).optional(),
  hours: z.string().max(100).optional(),
})

const SettingsViewSchema = z.object({
  organisationName: z.string(),
  refusedEmailDomains: z.array(z.string()),
  deadlines: z.object({ registerDays: z.number().int(), activateDays: z.number().int(), soonDays: z.number().int() }),
  docsPortalUrl: z.string(),
  serviceRequestUrl: z.string(),
  authenticatorUrls: z.object({ ios: z.string(), android: z.string() }),
  loginGuideUrl: z.string(),
  passwordPolicy: PasswordPolicySchema,
  helpdesk: HelpdeskSchema.nullable(),
  // Problems found in the administrator's configuration file, each naming the setting: message ids with their values.
  notices: z.array(MsgSchema),
})

// Where a setting's value came from (src-main/config): the built-in default, or an administrator's store, named by
// `where` (the registry key, the managed preferences plist, the file's path).
const SettingSourceSchema = z.object({
  kind: z.enum(['default', 'windows-policy', 'macos-managed', 'system-file', 'test-file']),
  where: z.string().max(1024).nullable(),
})

// One row of the helpdesk guide's read-only "Managed settings" view: the setting's place in config.json, its policy
// name (registry value and plist key), the value in effect, and its source. Nothing the view does not show.
const ManagedSettingSchema = z.object({
  setting: z.string().max(80),
  policy: z.string().max(80),
  value: z.union([z.string().max(2048), z.number(), z.boolean(), z.array(z.string().max(2048)).max(200), z.null()]),
  source: SettingSourceSchema,
})

// The user confirms (or takes back) something done outside the app; `on` is the day it happened.
const ConfirmInputSchema = z.strictObject({
  role: SectionRoleSchema,
  item: Slug,
  done: z.boolean(),
  on: z.string().max(40).nullable().optional(),
})

const Saved = z.object({ saved: z.boolean(), path: z.string().nullable() })

// What a command that changes the record answers: where the record now stands, never the snapshot. The snapshot comes once,
// in the `ledger:changed` push sent before this answer; the renderer knows the push has arrived when its head matches.
const HeadSchema = z.object({ eventCount: z.number().int().min(0), headHash: z.string() })

// The single list of IPC channels: requests are `domain:verb`, push events are past tense.
export const channels = {
  'app:info': { input: NoInput, output: AppInfoSchema },
  'config:current': { input: NoInput, output: SettingsViewSchema },
  'config:managed': { input: NoInput, output: z.array(ManagedSettingSchema).max(100) },
  // The guide in the language on screen; and in another one, for the helpdesk to show a user's words beside its own.
  'guide:definition': { input: NoInput, output: GuideSchema },
  'guide:in-language': { input: z.strictObject({ language: ChosenLanguageSchema }), output: GuideSchema },
  // A preference of this computer's user, kept beside the record: never an event in it.
  'language:current': { input: NoInput, output: LanguageViewSchema },
  'language:choose': { input: z.strictObject({ language: ChosenLanguageSchema }), output: LanguageViewSchema },
  'ledger:snapshot': { input: NoInput, output: SnapshotSchema },
  'ledger:acknowledge-recovery': { input: NoInput, output: HeadSchema },
  'ledger:start-over': { input: NoInput, output: z.object({ archivedTo: z.string().nullable(), head: HeadSchema }) },
  'profile:save': { input: ProfileInputSchema, output: HeadSchema },
  'request:send': { input: RequestDetailsInputSchema, output: HeadSchema },
  'request:email-received': { input: z.strictObject({ on: z.string().max(40) }), output: HeadSchema },
  'registration:save': { input: RegistrationInputSchema, output: HeadSchema },
  // What was typed into a form but not saved yet: kept beside the record, never in it, and cleared when the form is saved.
  'drafts:load': { input: z.strictObject({ form: DraftFormSchema }), output: DraftValuesSchema },
  'drafts:save': { input: z.strictObject({ form: DraftFormSchema, values: DraftValuesSchema }), output: z.object({ kept: z.boolean() }) },
  'invitation:renew': { input: NoInput, output: HeadSchema },
  'seed:email-expired': { input: NoInput, output: HeadSchema },
  'seed:service-requested': { input: NoInput, output: HeadSchema },
  'checklist:confirm': { input: ConfirmInputSchema, output: HeadSchema },
  'checklist:reopen': { input: z.strictObject({ role: SectionRoleSchema }), output: HeadSchema },
  'mfa:status': { input: NoInput, output: MfaStatusSchema },
  'mfa:enrol': { input: NoInput, output: EnrolmentSchema },
  'mfa:reveal': { input: NoInput, output: EnrolmentSchema },
  'mfa:verify': { input: z.strictObject({ code: z.string().max(40) }), output: VerifyOutcomeSchema },
  'mfa:record-number-matching': { input: NoInput, output: MfaStatusSchema },
  'policy:list': { input: NoInput, output: PoliciesSchema },
  'policy:read': { input: AcceptInputSchema, output: PoliciesSchema },
  'policy:accept': { input: AcceptInputSchema, output: PoliciesSchema },
  // No password crosses IPC: the renderer checks it locally and only says the reset was confirmed.
  'support:export': { input: z.strictObject({ redact: z.boolean() }), output: Saved },
  'support:import': { input: NoInput, output: z.object({ opened: z.boolean(), view: BundleViewSchema.nullable() }) },
  'print:pdf': { input: z.strictObject({ kind: z.enum(['summary', 'runbook']) }), output: Saved },
  'shell:open-external': { input: z.strictObject({ url: z.string().max(4096) }), output: z.object({ opened: z.boolean() }) },
  'clipboard:write': { input: z.strictObject({ text: z.string().max(20_000) }), output: z.object({ copied: z.boolean() }) },
  'files:save-text': {
    input: z.strictObject({
      suggestedName: z
        .string()
        .trim()
        .min(1)
        .max(120)
        .regex(/^[\w .-]+\.txt$/, 'the file name must end in .txt'),
      text: z.string().max(20_000),
    }),
    output: Saved,
  },
  // Opens the file manager at a file the app itself saved this run, and at no other.
  'files:show-in-folder': { input: z.strictObject({ path: z.string().min(1).max(4096) }), output: z.object({ shown: z.boolean() }) },
} as const

export const menuItems = ['guide-mode', 'checklist', 'export-bundle', 'import-bundle', 'print-summary'] as const

export const events = {
  'ledger:changed': SnapshotSchema,
  'mfa:changed': MfaStatusSchema,
  // The application menu (Electron only) asks the window to open a view or start an action.
  'app:menu-chosen': z.object({ item: z.enum(menuItems) }),
} as const

type Channels = typeof channels
export type Channel = keyof Channels
export type EventName = keyof typeof events
export type ChannelInput<C extends Channel> = z.input<Channels[C]['input']>
type ParsedInput<C extends Channel> = z.output<Channels[C]['input']>
export type ChannelOutput<C extends Channel> = z.output<Channels[C]['output']>
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>

// What main answers each channel with; the handler map is typed by it, so a missing channel does not compile.
export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>
}

export const channelNames = Object.keys(channels) as Channel[]
export const eventNames = Object.keys(events) as EventName[]

export const isChannel = (name: unknown): name is Channel => typeof name === 'string' && Object.hasOwn(channels, name)

export type AppInfo = z.infer<typeof AppInfoSchema>
export type SettingsView = z.infer<typeof SettingsViewSchema>
export type SettingSourceView = z.infer<typeof SettingSourceSchema>
export type ManagedSetting = z.infer<typeof ManagedSettingSchema>
export type Head = z.infer<typeof HeadSchema>
