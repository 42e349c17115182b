import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { setupI18n } from '@lingui/core'
import type { MessageDescriptor } from '@lingui/core'
import { compileMessage } from '@lingui/message-utils/compileMessage'
import PO from 'pofile'
import { describe, expect, it } from 'vitest'

// Plurals in every catalog, said for 0, 1 and 2 by Lingui's own runtime, as the app says them.
// English has "one" and "other" (0 is "other": "0 days"); Chinese, Vietnamese and Indonesian have only "other", so a
// translation may not make 1 say something 0 and 2 do not.

const LOCALES_DIR = resolve('src-renderer/src/locales')
type Token = string | [string, string?, Record<string, unknown>?]

// The message's values: the plural's number, and a plain stand-in for any other value, "other" for a select.
function valuesFor(tokens: unknown, n: number, into: Record<string, unknown> = {}): Record<string, unknown> {
  if (!Array.isArray(tokens)) return into
  for (const token of tokens as Token[]) {
    if (!Array.isArray(token)) continue
    const [name, kind, options] = token
    if (kind === 'plural' || kind === 'selectordinal') into[name] = n
    else if (!(name in into)) into[name] = kind === 'select' ? 'other' : `‹${name}›`
    if (options) for (const form of Object.values(options)) valuesFor(form, n, into)
  }
  return into
}

const hasPlural = (tokens: unknown): boolean =>
  Array.isArray(tokens) &&
  (tokens as Token[]).some((t) => Array.isArray(t) && (t[1] === 'plural' || (t[2] !== undefined && Object.values(t[2]).some(hasPlural))))

const catalogs = readdirSync(LOCALES_DIR).map((locale) => {
  const po = PO.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.po'), 'utf8'))
  const messages = Object.fromEntries(po.items.filter((i) => !i.obsolete).map((i) => [i.msgid, compileMessage(i.msgstr.join('') || i.msgid)]))
  return { locale, messages }
})

// Says every plural message of a catalog for n, with the number itself written as N, so forms can be compared.
function sayAll(locale: string, messages: Record<string, ReturnType<typeof compileMessage>>, n: number): Map<string, string> {
  const i18n = setupI18n({ locale, locales: [locale === 'en' ? 'en-GB' : locale], messages: { [locale]: messages } })
  const said = new Map<string, string>()
  for (const [id, tokens] of Object.entries(messages)) {
    if (!hasPlural(tokens)) continue
    const text = i18n._({ id, values: valuesFor(tokens, n) } as MessageDescriptor)
    said.set(id, text.replace(new RegExp(`(?<![\\d.]|<|</)${n}(?![\\d.]|/?>)`, 'g'), 'N'))
  }
  return said
}

describe('plurals in every language, for 0, 1 and 2', () => {
  it('every catalog has plural messages to check', () => {
    expect(catalogs.map((c) => c.locale).sort()).toEqual(['en', 'id', 'vi', 'zh-Hans'])
    for (const { messages } of catalogs) expect(Object.values(messages).filter(hasPlural).length).toBeGreaterThan(10)
  })

  for (const { locale, messages } of catalogs) {
    it(`${locale}: each plural message is said whole, with the number, and with the form the language uses`, () => {
      const [zero, one, two] = [0, 1, 2].map((n) => sayAll(locale, messages, n)) as [Map<string, string>, Map<string, string>, Map<string, string>]
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories
      for (const [id, text] of two) {
        for (const form of [zero.get(id)!, one.get(id)!, text]) expect(form, `${locale} ${id}`).not.toMatch(/[{}#]|\bplural\b/)
        // 0 and 2 are both "other" in all four languages: the same words around the number.
        expect(zero.get(id), `${locale} ${id}: 0 and 2`).toBe(text)
        // Where the language has no "one" form, 1 is said like 2 as well.
        if (!categories.includes('one')) expect(one.get(id), `${locale} ${id}: 1 and 2`).toBe(text)
      }
    })
  }

  it('English says one day, two days and zero days', () => {
    const en = catalogs.find((c) => c.locale === 'en')!
    const [zero, one, two] = [0, 1, 2].map((n) => sayAll('en', en.messages, n)) as [Map<string, string>, Map<string, string>, Map<string, string>]
    const counted = [...one.keys()].filter((id) => /\bN days?\b/.test(one.get(id)!))
    expect(counted.length).toBeGreaterThan(3)
    for (const id of counted) {
      expect(one.get(id), id).toMatch(/\bN day\b/)
      expect(two.get(id), id).toMatch(/\bN days\b/)
      expect(zero.get(id), id).toMatch(/\bN days\b/)
    }
  })
})
