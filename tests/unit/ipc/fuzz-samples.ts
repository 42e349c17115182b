import { resolve } from 'node:path'
import { parsePhoneNumberFromString } from 'libphonenumber-js/mobile'
import { z } from 'zod'
import { channelNames, channels } from '../../../src-shared/contract'
import type { Channel, ChannelInput } from '../../../src-shared/contract'
import { calendarDate } from '../../../src-shared/fields'
import { CodeSchema } from '../../../src-shared/mfa-schema'
import type { PolicyView } from '../../../src-shared/policy-schema'
import { profileRules } from '../../../src-shared/profile'
import { registrationRules, requestRules } from '../../../src-shared/request'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'
import { loadGuide } from '../../../src-main/guide/load-guide'
import { openableLink } from '../../../src-main/system/system-service'
import { profileInput, registrationInput, requestInput } from '../support/onboarding-inputs'

// The channels whose input is an object, from the contract's types: each needs a valid sample below.
export type ObjectChannel = { [C in Channel]: ChannelInput<C> extends object ? C : never }[Channel]
type Samples = { [C in ObjectChannel]: ChannelInput<C> }
export type Payload = Record<string, unknown>

// The same set at run time, read from the schemas themselves.
export const objectChannels = channelNames.filter((c) => channels[c].input instanceof z.ZodObject) as ObjectChannel[]

export const shapeOf = (c: ObjectChannel): Record<string, z.ZodType> => (channels[c].input as unknown as z.ZodObject).shape

// Valid for an offshore user not in an ODC whose request is sent; a new object channel without a sample does not compile.
export function validSamples(privacy: Pick<PolicyView, 'version' | 'sha256'>) {
  return {
    'ledger:record': { sectionId: 'step-1', itemId: 'contact-manager', done: true },
    'ledger:reopen': { sectionId: 'step-1' },
    'profile:save': profileInput(),
    'request:send': requestInput(),
    'request:email-received': { on: '2026-11-21' },
    'registration:save': registrationInput(),
    'mfa:verify': { code: '123456' },
    'policy:accept': { id: 'privacy-policy', version: privacy.version, sha256: privacy.sha256 },
    'support:export': { redact: true },
    'print:pdf': { kind: 'summary' },
    'shell:open-external': { url: 'https://docs.developer.tech.gov.sg/' },
    'clipboard:write': { text: 'hello' },
    'files:save-text': { suggestedName: 'notes.txt', text: 'hello' },
  } satisfies Samples
}

const refused = DEFAULT_SETTINGS.refusedEmailDomains
const parsePhone = (text: string) => parsePhoneNumberFromString(text)
const fails = (schema: z.ZodType, value: unknown): boolean => !schema.safeParse(value).success
const guide = (() => {
  const loaded = loadGuide(resolve('resources'))
  if (!loaded.ok) throw new Error(loaded.message)
  return loaded.guide
})()
const sectionOf = (id: unknown) => guide.sections.find((s) => s.id === id)

// Payloads the schema accepts but the domain rules must refuse; a channel without an entry refuses nothing beyond its schema.
export function domainOracles(policies: readonly Pick<PolicyView, 'id' | 'version' | 'sha256'>[]): Partial<Record<ObjectChannel, (p: Payload) => boolean>> {
  return {
    'ledger:record': (p) => !sectionOf(p.sectionId)?.items.some((i) => i.id === p.itemId),
    'ledger:reopen': (p) => !sectionOf(p.sectionId),
    'profile:save': (p) => fails(profileRules(refused), p),
    'request:send': (p) => fails(requestRules('offshore-non-odc', refused, parsePhone), p),
    'request:email-received': (p) => fails(calendarDate('day'), p.on),
    'registration:save': (p) => fails(registrationRules('offshore-non-odc', refused, parsePhone), p),
    'mfa:verify': (p) => fails(CodeSchema, p.code),
    'policy:accept': (p) => !policies.some((x) => x.id === p.id && x.version === p.version && x.sha256 === p.sha256),
    'shell:open-external': (p) => typeof p.url !== 'string' || !openableLink(p.url, DEFAULT_SETTINGS.externalAllowlist).ok,
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
