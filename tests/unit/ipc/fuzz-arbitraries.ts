import { join } from 'node:path'
import fc from 'fast-check'
import { channelNames } from '../../../src-shared/contract'
import { sectionRoles } from '../../../src-shared/guide-schema'
import { audiences, seedAnswers } from '../../../src-shared/profile'
import type { SenderInfo } from '../../../src-main/ipc/sender'
import { loadPolicies } from '../../../src-main/policies/load-policies'
import { APP_URL, WINDOW_ID } from '../support/core-harness'
import { realGuide } from '../support/guide'
import { profileInput, registrationInput, requestInput } from '../support/onboarding-inputs'
import { REAL_RESOURCES } from '../support/temp-resources'
import { awkwardStrings } from './fuzz-samples'
import type { Payload } from './fuzz-samples'

// Keys that have tripped up JavaScript parsers before, mixed with random ones.
export const keyArb = fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'then', 'length'))

const plain = fc.anything({ key: keyArb, maxDepth: 3 })
const exotic = fc.anything({
  key: keyArb,
  maxDepth: 3,
  stringUnit: 'binary',
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
})
export const anything = fc.oneof(plain, exotic)

export const strangeString = fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom(...awkwardStrings))

// typeof, with null and arrays told apart: "another type" means another tag.
export const typeTag = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)

export type MutationKind = 'other-type' | 'same-type' | 'unknown-key' | 'delete-key'
export interface Mutation {
  kind: MutationKind
  key: string
  payload: Payload
}

// Exactly one change to a valid sample: one field of another type or an awkward string, one unknown key, or one key gone.
export function mutationOf(sample: Payload, knownKeys: readonly string[]): fc.Arbitrary<Mutation> {
  const keys = Object.keys(sample)
  const stringKeys = keys.filter((k) => typeof sample[k] === 'string')
  const withValue = (kind: MutationKind, key: string, value: unknown): Mutation => ({ kind, key, payload: { ...sample, [key]: value } })
  const otherType = fc
    .constantFrom(...keys)
    .chain((key) => anything.filter((v) => typeTag(v) !== typeTag(sample[key])).map((v) => withValue('other-type', key, v)))
  const unknownKey = fc
    .tuple(
      keyArb.filter((k) => !knownKeys.includes(k)),
      anything,
    )
    .map(([key, v]) => withValue('unknown-key', key, v))
  const deleteKey = fc.constantFrom(...keys).map((key): Mutation => {
    const payload = { ...sample }
    delete payload[key]
    return { kind: 'delete-key', key, payload }
  })
  const arbs = [otherType, unknownKey, deleteKey]
  if (stringKeys.length > 0) {
    arbs.push(fc.constantFrom(...stringKeys).chain((key) => strangeString.filter((v) => v !== sample[key]).map((v) => withValue('same-type', key, v))))
  }
  return fc.oneof(...arbs)
}

const isListed = (c: unknown): boolean => typeof c === 'string' && (channelNames as string[]).includes(c)

// Names the contract does not have, many of them one slip away from a real one.
export const notAChannel = fc
  .oneof(
    fc.string(),
    anything,
    fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', ''),
    fc
      .constantFrom(...channelNames)
      .chain((c) => fc.constantFrom<unknown>(c.toUpperCase(), ` ${c}`, `${c} `, `${c}\u0000`, c.replace(':', '.'), `${c}:x`, new String(c), [c])),
  )
  .filter((c) => !isListed(c))

const OUR_PAGE = new URL(APP_URL)

// The rule written out independently: our window id, its main frame, our own page.
export function looksTrusted(s: SenderInfo): boolean {
  if (s.contentsId !== WINDOW_ID || s.isMainFrame !== true || s.frameUrl === undefined) return false
  try {
    const url = new URL(s.frameUrl)
    return url.protocol === OUR_PAGE.protocol && url.host === OUR_PAGE.host && url.pathname === OUR_PAGE.pathname && !url.username && !url.password
  } catch {
    return false
  }
}

// Each field is often the trusted value, so many senders differ from ours in one field only.
export const untrustedSender: fc.Arbitrary<SenderInfo> = fc
  .record({
    contentsId: fc.oneof(
      { arbitrary: fc.constant(WINDOW_ID), weight: 3 },
      fc.constantFrom(String(WINDOW_ID), WINDOW_ID + 1, 0, -1, undefined),
      fc.integer(),
      fc.string(),
    ),
    isMainFrame: fc.oneof({ arbitrary: fc.constant(true), weight: 2 }, fc.constant(false)),
    frameUrl: fc.oneof(
      { arbitrary: fc.constant(APP_URL), weight: 3 },
      fc.constantFrom(
        undefined,
        '',
        'index.html',
        'app://techpass/other.html',
        'app://techpass/index.html/..',
        'app://TECHPASS/index.html',
        'app://evil/index.html',
        'file:///index.html',
        'file://techpass/index.html',
        'https://evil.example/app/out/renderer/index.html',
        'devtools://devtools/bundled/index.html',
        'about:blank',
      ),
      fc.webUrl(),
      fc.string(),
    ),
  })
  .filter((s) => !looksTrusted(s))

export { folderBytes } from '../mfa/mfa-harness'

// Every string inside a payload, values apart from keys: keys are checked on their own (see fuzz.test.ts).
export function stringsIn(value: unknown, out = { values: [] as string[], keys: new Set<string>() }, depth = 0) {
  if (depth > 12) return out
  const walk = (v: unknown) => stringsIn(v, out, depth + 1)
  if (typeof value === 'string') out.values.push(value)
  else if (value instanceof String) out.values.push(value.valueOf())
  else if (value instanceof Map) {
    for (const [k, v] of value) {
      if (typeof k === 'string') out.keys.add(k)
      else walk(k)
      walk(v)
    }
  } else if (value instanceof Set) value.forEach(walk)
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.keys.add(k)
      walk(v)
    }
  }
  return out
}

// The strings of a payload a message must not repeat: longer than 8 characters, not a key, not a field name, not a type name.
export function quotable(input: unknown, fieldNames: readonly string[], message: string): string[] {
  const { values, keys } = stringsIn(input)
  return values.filter((s) => s.length > 8 && !keys.has(s) && !fieldNames.includes(s) && ![`expected ${s}`, `received ${s}`].some((t) => message.includes(t)))
}

export type Call = [channel: string, input: unknown]

const guideItems = realGuide().sections.flatMap((s) => s.items.map((i) => ({ role: s.role, item: i.id })))
const shipped = loadPolicies(join(REAL_RESOURCES, 'policies')).policies

// Days around the invitation (20 November 2026) and the core's "today" (23 November), beside broken ones.
const dayArb = fc.oneof(
  fc.integer({ min: -40, max: 3 }).map((d) => new Date(Date.UTC(2026, 10, 23 + d)).toISOString().slice(0, 10)),
  fc.constantFrom(null, ''),
  strangeString,
)

// What the renderer can ask about the steps: real roles and items (and items put in the wrong section), every
// policy read or accepted at its current version or not, the SEED reports, and changes of profile along the way.
export const engineCall: fc.Arbitrary<Call> = (() => {
  const roleItem = fc.oneof(
    fc.constantFrom(...guideItems),
    fc.record({ role: fc.constantFrom(...sectionRoles), item: fc.constantFrom(...guideItems.map((g) => g.item)) }),
  )
  const confirm = fc
    .tuple(roleItem, fc.boolean(), fc.option(dayArb, { nil: undefined }))
    .map(([at, done, on]): Call => ['checklist:confirm', on === undefined ? { ...at, done } : { ...at, done, on }])
  const reopen = fc.constantFrom(...sectionRoles).map((role): Call => ['checklist:reopen', { role }])
  const policy = fc
    .tuple(fc.constantFrom('policy:read', 'policy:accept'), fc.constantFrom(...shipped), fc.constantFrom('current', 'older', 'other text'))
    .map(([channel, p, which]): Call => [
      channel,
      { id: p.id, version: which === 'older' ? '0.9' : p.version, sha256: which === 'other text' ? 'f'.repeat(64) : p.sha256 },
    ])
  const noInput = fc
    .constantFrom(...(['seed:email-expired', 'seed:service-requested', 'invitation:renew', 'ledger:snapshot', 'policy:list'] as const))
    .map((c): Call => [c, undefined])
  const profile = fc
    .tuple(fc.constantFrom(...audiences), fc.constantFrom(...seedAnswers), fc.option(dayArb, { nil: null }))
    .map(([audience, seed, on]): Call => ['profile:save', { ...profileInput(audience, on), seed }])
  const steps = fc.constantFrom(...audiences).chain((audience) =>
    fc.oneof(
      fc.constant<Call>(['request:send', requestInput(audience)]),
      dayArb.map((on): Call => ['request:email-received', { on }]),
      fc.constant<Call>(['registration:save', registrationInput(audience)]),
    ),
  )
  return fc.oneof({ arbitrary: confirm, weight: 5 }, reopen, { arbitrary: policy, weight: 2 }, noInput, profile, { arbitrary: steps, weight: 2 })
})()

// A call, or days passing between calls, so deadlines run out part way through a sequence.
export type Step = { call: Call } | { waitDays: number }
export const engineStep: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: engineCall.map((call): Step => ({ call })), weight: 6 },
  fc.integer({ min: 1, max: 20 }).map((waitDays): Step => ({ waitDays })),
)
