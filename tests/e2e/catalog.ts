import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { formatter } from '@lingui/format-po'
import type { Language } from '../../src-shared/languages'

// The catalogs as a tester reads them: what a message says in English and in another language.
type Entry = { id: string; english: string; translation: string }

const po = formatter({})
const read = async (language: Language) =>
  (await po.parse(readFileSync(resolve('src-renderer/src/locales', language, 'messages.po'), 'utf8'), {
    locale: language,
    sourceLocale: 'en',
    filename: `${language}/messages.po`,
  })) as Record<string, { message?: string; translation?: string }>

export async function catalogEntries(language: Language): Promise<Entry[]> {
  const english = await read('en')
  const other = await read(language)
  return Object.entries(english).map(([id, e]) => ({ id, english: e.translation || e.message || '', translation: other[id]?.translation ?? '' }))
}

// The guide's texts, English and translated, from guide.json and guide.<language>.json.
export function guideEntries(language: Exclude<Language, 'en'>): Array<{ english: string; translation: string }> {
  const texts = (JSON.parse(readFileSync(resolve('resources/guide', `guide.${language}.json`), 'utf8')) as { texts: Record<string, string> }).texts
  const english = new Map<string, string>()
  const guide = JSON.parse(readFileSync(resolve('resources/guide/guide.json'), 'utf8')) as unknown
  // Keys as guide-translation.ts builds them; only the ones a translation has are needed here.
  const walk = (value: unknown, path: string[]) => {
    if (typeof value === 'string') english.set(path.join('.'), value)
    else if (Array.isArray(value)) value.forEach((v, n) => walk(v, [...path, String((v as { id?: string })?.id ?? n)]))
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k])
  }
  walk(guide, [])
  return Object.entries(texts).map(([key, translation]) => ({ english: english.get(`sections.${key}`) ?? english.get(key) ?? '', translation }))
}

// A translator for the test's own steps: the English of a button or label, as the page shows it in that language.
export async function translator(language: Exclude<Language, 'en'>): Promise<(english: string) => string> {
  const map = new Map<string, string>()
  for (const e of await catalogEntries(language)) if (e.translation && !map.has(e.english)) map.set(e.english, e.translation)
  for (const e of guideEntries(language)) if (e.english && !map.has(e.english)) map.set(e.english, e.translation)
  return (english) => {
    const found = map.get(english)
    if (found === undefined) throw new Error(`No ${language} translation of "${english}" in the catalog or the guide`)
    return found
  }
}
