import { parsePhoneNumberFromString } from 'libphonenumber-js/mobile'
import { z } from 'zod'
import { channelNames, channels } from '../../../src-shared/contract'
import type { Channel, ChannelInput } from '../../../src-shared/contract'
import { draftFieldsOf } from '../../../src-shared/draft-schema'
import type { DraftForm } from '../../../src-shared/draft-schema'
import { calendarDate } from '../../../src-shared/fields'
import { CodeSchema } from '../../../src-shared/mfa-schema'
import type { SectionRole } from '../../../src-shared/guide-schema'
import type { PolicyView } from '../../../src-shared/policy-schema'
import { profileRules } from '../../../src-shared/profile'
import { registrationRules, requestRules } from '../../../src-shared/request'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'
import { openableLink } from '../../../src-main/system/system-service'
import { itemOf, sectionOf } from '../support/core-harness'
import { profileInput, registrationInput, requestInput } from '../support/onboarding-inputs'

// The channels whose input is an object, from the contract's types: each needs a valid sample below.
export type ObjectChannel = { [C in Channel]: ChannelInput<C> extends object ? C : never }[Channel]
type Samples = { [C in ObjectChannel]: ChannelInput<C> }
export type Payload = Record<string, unknown>

// The same set at run time, read from the schemas themselves.
export const objectChannels = channelNames.filter((c) => channels[c].input instanceof z.ZodObject) as ObjectChannel[]

export const shapeOf = (c: ObjectChannel): Record<string, z.ZodType> => (channels[c].input as unknown as z.ZodObject).shape

type PolicyRef = Pick<PolicyView, 'id' | 'version' | 'sha256' | 'action'>
const current = (policies: readonly PolicyRef[], action: PolicyRef['action']) => {
  const found = policies.find((p) => p.action === action)
  if (!found) throw new Error(`no policy is to be done by "${action}" for this user`)
  return { id: found.id, version: found.version, sha256: found.sha256 }
}

// Valid for an offshore user not in an ODC whose registration email has arrived; a new object channel without a sample does not compile.
export function validSamples(policies: readonly PolicyRef[]) {
  return {
    // Something done outside the app, now open to confirm: its requirement (the registration email) is recorded.
    'checklist:confirm': { role: 'registration', item: 'open-link', done: true, on: '2026-11-22' },
    'checklist:reopen': { role: 'request' },
    'profile:save': profileInput(),
    'request:send': requestInput(),
    'request:email-received': { on: '2026-11-21' },
    'registration:save': registrationInput(),
    'drafts:load': { form: 'request' },
    'language:choose': { language: 'vi' },
    'guide:in-language': { language: 'zh-Hans' },
    'drafts:save': { form: 'request', values: { mobile: '+65 9123', projectName: 'Apol' } },
    'mfa:verify': { code: '123456' },
    'policy:read': current(policies, 'read'),
    'policy:accept': current(policies, 'accept'),
    'support:export': { redact: true },
    'print:pdf': { kind: 'summary' },
    'shell:open-external': { url: 'https://docs.developer.tech.gov.sg/' },
    'clipboard:write': { text: 'hello' },
    'files:save-text': { suggestedName: 'notes.txt', text: 'hello' },
    'files:show-in-folder': { path: '/home/user/techpass-request.txt' },
  } satisfies Samples
}

const refused = DEFAULT_SETTINGS.refusedEmailDomains
const parsePhone = (text: string) => parsePhoneNumberFromString(text)
const fails = (schema: z.ZodType, value: unknown): boolean => !schema.safeParse(value).success
const isCurrent = (policies: readonly PolicyRef[], action: PolicyRef['action'], p: Payload) =>
  policies.some((x) => x.action === action && x.id === p.id && x.version === p.version && x.sha256 === p.sha256)

// Written from the engine's rules, against the snapshot the fuzzed core shows: true only where a confirmation must be refused.
function confirmRefused(snapshot: Snapshot, p: Payload): boolean {
  const item = typeof p.role === 'string' && typeof p.item === 'string' ? itemOf(snapshot, p.role as SectionRole, p.item.trim()) : undefined
  // Not in that section, not for this user, or marked done only by the assistant's own evidence.
  if (!item || item.how === 'evidence') return true
  // Taking back something not done, or confirming it again, changes nothing and is not refused.
  if (p.done !== true || item.done) return false
  if (item.blockedBy) return true
  return typeof p.on === 'string' && p.on !== '' && fails(calendarDate('done-date'), p.on)
}

// Payloads the schema accepts but the domain rules must refuse; a channel without an entry refuses nothing beyond its schema.
export function domainOracles(policies: readonly PolicyRef[], snapshot: Snapshot): Partial<Record<ObjectChannel, (p: Payload) => boolean>> {
  return {
    'checklist:confirm': (p) => confirmRefused(snapshot, p),
    // Only a finished section can be reopened.
    'checklist:reopen': (p) => sectionOf(snapshot, p.role as SectionRole)?.status !== 'done',
    'profile:save': (p) => fails(profileRules(refused), p),
    'request:send': (p) => fails(requestRules('offshore-non-odc', refused, parsePhone), p),
    'request:email-received': (p) => fails(calendarDate('registration-email-date'), p.on),
    'registration:save': (p) => fails(registrationRules('offshore-non-odc', refused, parsePhone), p),
    // A field of the other form is refused, even though the shape allows every form's fields.
    'drafts:save': (p) =>
      typeof p.values === 'object' && p.values !== null && Object.keys(p.values).some((k) => !draftFieldsOf(p.form as DraftForm).includes(k)),
    'mfa:verify': (p) => fails(CodeSchema, p.code),
    // Read here (privacy, terms) or accepted here (the MDM AUP): the other verb, another version or another text is refused.
    'policy:read': (p) => !isCurrent(policies, 'read', p),
    'policy:accept': (p) => !isCurrent(policies, 'accept', p),
    'shell:open-external': (p) => typeof p.url !== 'string' || !openableLink(p.url, DEFAULT_SETTINGS.externalAllowlist).ok,
    // The fuzzed core never saves a file, so there is no path it may show.
    'files:show-in-folder': () => true,
  }
}

// Strings a person or an attacker might type, beside random ones: each breaks some rule of some field.
export const awkwardStrings = [
  '',
  ' ',
  '\u0000',
  'a\nb',
  '\u202eevil',
  'x'.repeat(4097),
  'ana@litemail.gov.sg',
  'ana@mail.litemail.gov.sg',
  'ana@',
  '2026-02-30',
  '1999-12-31',
  '2026-13-01',
  '12345',
  '1234567',
  '12a456',
  'step-9',
  'mdm-aup',
  'terms-of-use',
  '0'.repeat(64),
  '9123 4567',
  '+65 0000',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'http://docs.developer.tech.gov.sg/',
  'https://docs.developer.tech.gov.sg.evil.example/',
  'https://user:pw@docs.developer.tech.gov.sg/',
  'mailto:a@b.c?body=two words',
  '../../etc/passwd.txt',
  'notes.exe',
]
