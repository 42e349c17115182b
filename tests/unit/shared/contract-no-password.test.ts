import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { channelNames, channels, events } from '../../../src-shared/contract'
import type { Channel } from '../../../src-shared/contract'
import { startCore } from '../support/core-harness'
import { fullRun } from '../support/full-run'
import { profileInput, registrationInput, requestInput } from '../support/onboarding-inputs'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()
// The passwords the renderer e2e test types (tests/e2e/vendor-policies.spec.ts).
const CANARY = 'Canary-Zebra-7391-Quokka'
const INITIAL = 'Initial-Canary-Start-1'
const WORDS = [CANARY, INITIAL, 'Canary', 'Zebra', 'Quokka']

interface Def {
  type: string
  shape?: Record<string, z.ZodType>
  innerType?: z.ZodType
  in?: z.ZodType
  out?: z.ZodType
  element?: z.ZodType
  options?: z.ZodType[]
  catchall?: z.ZodType
  valueType?: z.ZodType
  getter?: () => z.ZodType
}
const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def

// Every object key anywhere in a schema; an unknown kind of schema fails the test rather than hiding keys.
// A lazy schema (a message holds messages) is walked once.
function keysOf(schema: z.ZodType, seen = new Set<z.ZodType>()): string[] {
  const def = defOf(schema)
  const walk = (inner: z.ZodType) => keysOf(inner, seen)
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape!).flatMap(([key, inner]) => [key, ...walk(inner)])
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return walk(def.innerType!)
    case 'pipe':
      return [...walk(def.in!), ...walk(def.out!)]
    case 'array':
      return walk(def.element!)
    case 'union':
      return def.options!.flatMap(walk)
    // A message's values are named by main's code (never by input), so only what they may hold is walked.
    case 'record':
      return walk(def.valueType!)
    case 'lazy':
      if (seen.has(schema)) return []
      seen.add(schema)
      return walk(def.getter!())
    case 'string':
    case 'boolean':
    case 'number':
    case 'enum':
    case 'literal':
    case 'undefined':
    case 'null':
    case 'transform':
      return []
    default:
      throw new Error(`the walker does not know a zod "${def.type}" schema`)
  }
}

// A valid input for every channel that takes an object, so an extra key is the only thing wrong with it.
const samples: Partial<Record<Channel, unknown>> = {
  'checklist:confirm': { role: 'password', item: 'reset-password', done: true, on: '2026-11-21' },
  'checklist:reopen': { role: 'password' },
  'profile:save': profileInput(),
  'request:send': requestInput(),
  'request:email-received': { on: '2026-11-21' },
  'registration:save': registrationInput(),
  'drafts:load': { form: 'registration' },
  'drafts:save': { form: 'registration', values: { username: 'ana' } },
  'mfa:verify': { code: '123456' },
  'policy:read': { id: 'privacy-policy', version: '1.0', sha256: 'a'.repeat(64) },
  'policy:accept': { id: 'mdm-aup', version: '1.0', sha256: 'a'.repeat(64) },
  'shell:open-external': { url: 'https://docs.developer.tech.gov.sg/' },
  'clipboard:write': { text: 'hello' },
  'files:save-text': { suggestedName: 'summary.txt', text: 'hello' },
  'files:show-in-folder': { path: '/home/user/techpass-request.txt' },
  'support:export': { redact: true },
  'print:pdf': { kind: 'summary' },
  'language:choose': { language: 'vi' },
  'guide:in-language': { language: 'id' },
}
const objectChannels = channelNames.filter((c) => defOf(channels[c].input).type === 'object')

describe('the contract has no way to carry a password', () => {
  it('no input schema of any channel has a key that looks like a password', () => {
    const all = channelNames.flatMap((c) => keysOf(channels[c].input).map((key) => `${c}.${key}`))
    expect(all.filter((k) => /password/i.test(k.split('.')[1]!))).toEqual([])
    // The walk really looks inside: these keys are all there.
    expect(all).toEqual(expect.arrayContaining(['profile:save.orgEmail', 'request:send.officerName', 'mfa:verify.code', 'policy:accept.sha256']))
  })

  it('every input is either nothing or an object, and no channel name mentions a password: Step 5 is an ordinary confirmation', () => {
    // An optional object (guide:definition's language) is still an object.
    const kindOf = (schema: z.ZodType): string => (defOf(schema).type === 'optional' ? kindOf(defOf(schema).innerType!) : defOf(schema).type)
    for (const c of channelNames) expect(['undefined', 'object']).toContain(kindOf(channels[c].input))
    expect(channelNames.filter((c) => /password/i.test(c))).toEqual([])
    expect(channels['checklist:confirm'].input.safeParse({ role: 'password', item: 'reset-password', done: true }).success).toBe(true)
  })

  it('in outputs and push events, the only key with "password" in it is the policy configuration', () => {
    const outputs = channelNames.flatMap((c) => keysOf(channels[c].output))
    const pushed = Object.values(events).flatMap((schema) => keysOf(schema))
    expect([...new Set([...outputs, ...pushed].filter((k) => /password/i.test(k)))]).toEqual(['passwordPolicy'])
  })

  it('every object input is strict: a valid input plus a password key is refused', () => {
    expect(Object.keys(samples).sort()).toEqual([...objectChannels].sort())
    for (const c of objectChannels) {
      const schema = channels[c].input
      expect(schema.safeParse(samples[c]).success, `${c} sample`).toBe(true)
      const withPassword = schema.safeParse({ ...(samples[c] as object), password: CANARY })
      expect(withPassword.success, c).toBe(false)
      expect(withPassword.error?.issues.map((i) => i.code)).toEqual(['unrecognized_keys'])
    }
  })
})

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

describe('a canary password never reaches the data folder, the log or a push event', () => {
  it('a full run plus the canary sent to every channel leaves no trace of it anywhere', async () => {
    const dataDir = tempDir()
    const h = startCore({ dataDir })
    await fullRun(h)
    for (const c of channelNames) {
      for (const input of [{ password: CANARY }, { ...(samples[c] as object), password: CANARY, initial: INITIAL }]) {
        const result = await h.call(c, input)
        expect(result, c).toMatchObject({ ok: false, error: { code: 'bad-input' } })
        expect(JSON.stringify(result)).not.toContain('Canary')
      }
    }

    const files = filesUnder(dataDir)
    expect(files.map((f) => f.slice(dataDir.length + 1)).sort()).toEqual(expect.arrayContaining(['ledger.jsonl', 'mfa.json']))
    const ledger = readFileSync(join(dataDir, 'ledger.jsonl'), 'utf8')
    // Positive controls: the scan reads real content.
    expect(ledger).toContain('"item":"reset-password"')
    expect(ledger).toContain('ana@acme.com')
    const haystacks = [
      ...files.map((f) => readFileSync(f, 'utf8')),
      JSON.stringify(h.emit.mock.calls),
      JSON.stringify(h.log.mock.calls),
      JSON.stringify([h.opened, h.copied, h.saved]),
    ]
    for (const word of WORDS) for (const text of haystacks) expect(text).not.toContain(word)
  })
})
