import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { compileMessage } from '@lingui/message-utils/compileMessage'
import PO from 'pofile'
import { describe, expect, it } from 'vitest'
import { MSG_ID } from '../../../src-shared/message'

// Every message main sends is a descriptor in src-shared/messages/*.ts, with an explicit id; the renderer says it from the
// catalogs. A missing id shows as the id itself on screen, and a placeholder that differs loses a value, so both fail here.

type Descriptor = { id: string; message?: string; where: string }

const MESSAGES_DIR = resolve('src-shared/messages')
const modules: Record<string, Record<string, unknown>> = Object.fromEntries(
  await Promise.all(
    readdirSync(MESSAGES_DIR)
      .filter((f) => f.endsWith('.ts'))
      .map(async (f) => [f, (await import(join(MESSAGES_DIR, f))) as Record<string, unknown>] as const),
  ),
)

// Walks the exports: a descriptor is an object with a string id; records of descriptors are walked through.
function descriptorsIn(value: unknown, where: string, seen: Set<unknown>, out: Descriptor[]): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return
  seen.add(value)
  const record = value as Record<string, unknown>
  if (typeof record.id === 'string') {
    out.push({ id: record.id, message: typeof record.message === 'string' ? record.message : undefined, where })
    return
  }
  for (const [key, inner] of Object.entries(record)) descriptorsIn(inner, `${where}.${key}`, seen, out)
}

const seen = new Set<unknown>()
const descriptors: Descriptor[] = []
for (const [file, exports] of Object.entries(modules)) {
  for (const [name, value] of Object.entries(exports)) descriptorsIn(value, `${file.replace(/^.*\//, '')} ${name}`, seen, descriptors)
}

const LOCALES_DIR = resolve('src-renderer/src/locales')
const catalogs = readdirSync(LOCALES_DIR).map((locale) => {
  const po = PO.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.po'), 'utf8'))
  const entries = new Map(po.items.filter((i) => !i.obsolete).map((i) => [i.msgid, i.msgstr.join('')]))
  return { locale, entries }
})
const english = catalogs.find((c) => c.locale === 'en')!

// The names of a message's placeholders, inside plurals too ("{count, plural, one {# day} …}" names count).
function placeholders(text: string): string[] {
  const names = new Set<string>()
  const walk = (tokens: unknown): void => {
    if (typeof tokens === 'string' || !Array.isArray(tokens)) return
    for (const token of tokens) {
      if (!Array.isArray(token)) continue
      const [name, , options] = token as [unknown, unknown, unknown]
      if (typeof name === 'string') names.add(name)
      if (options && typeof options === 'object') for (const form of Object.values(options)) walk(form)
    }
  }
  walk(compileMessage(text))
  return [...names].sort()
}

describe('the messages main sends', () => {
  it('are found: every file in src-shared/messages gives some', () => {
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(10)
    for (const file of Object.keys(modules))
      expect(
        descriptors.some((d) => d.where.startsWith(file.replace(/^.*\//, ''))),
        file,
      ).toBe(true)
    expect(descriptors.length).toBeGreaterThan(150)
  })

  it('each have an id of lower-case dotted words, used once', () => {
    for (const d of descriptors) expect(d.id, d.where).toMatch(MSG_ID)
    const counts = new Map<string, string[]>()
    for (const d of descriptors) counts.set(d.id, [...(counts.get(d.id) ?? []), d.where])
    expect([...counts].filter(([, where]) => where.length > 1)).toEqual([])
  })

  it.each(catalogs.map((c) => [c.locale, c] as const))('are all in the %s catalog', (_locale, catalog) => {
    expect(descriptors.filter((d) => !catalog.entries.has(d.id)).map((d) => `${d.id} (${d.where})`)).toEqual([])
  })

  it('say in the English catalog exactly what the code says (run `lingui extract --overwrite` after changing one)', () => {
    for (const d of descriptors.filter((x) => x.message !== undefined)) expect(english.entries.get(d.id), d.id).toBe(d.message)
  })

  it.each(catalogs.filter((c) => c.locale !== 'en').map((c) => [c.locale, c] as const))(
    'have the same placeholders in %s as in English, wherever a translation is written',
    (_locale, catalog) => {
      for (const d of descriptors) {
        const translated = catalog.entries.get(d.id)
        if (!translated) continue
        expect(placeholders(translated), d.id).toEqual(placeholders(english.entries.get(d.id)!))
      }
    },
  )

  it('compile in every catalog where they are written', () => {
    for (const catalog of catalogs) {
      for (const d of descriptors) {
        const text = catalog.entries.get(d.id)
        if (text) expect(() => compileMessage(text), `${catalog.locale} ${d.id}`).not.toThrow()
      }
    }
  })

  // Schemas the contract imports cannot import the descriptors (the contract is read when the app is built, without the
  // macros), so they give ids as plain text: each must be a real message.
  it('includes every id written as plain text in a schema', () => {
    const files = ['src-shared/password-policy.ts', 'src-shared/policy-schema.ts']
    const written = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'(config\.[a-z.-]+)'/g)].map((m) => m[1]!))
    expect(written.length).toBeGreaterThanOrEqual(3)
    const ids = new Set(descriptors.map((d) => d.id))
    for (const id of written) expect(ids.has(id), id).toBe(true)
  })
})

describe('placeholders', () => {
  it('are read from plain values, plurals and quoted braces alike', () => {
    expect(placeholders('The setting {key} in {path}.')).toEqual(['key', 'path'])
    expect(placeholders('Wait {seconds, plural, one {# second} other {# seconds}}, {name}.')).toEqual(['name', 'seconds'])
    expect(placeholders("between '{' and '}' in {path}")).toEqual(['path'])
  })
})
