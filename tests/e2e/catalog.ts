import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { formatter } from '@lingui/format-po'
import { GuideSchema } from '../../src-shared/guide-schema'
import { guideTexts } from '../../src-shared/guide-translation'
import type { Language } from '../../src-shared/languages'
import { fill } from './translate'
import type { Translate } from './translate'

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

// The guide's texts, English and translated, from guide.json and guide.<language>.json, listed as the app lists them.
export function guideEntries(language: Exclude<Language, 'en'>): Array<{ english: string; translation: string }> {
  const texts = (JSON.parse(readFileSync(resolve('resources/guide', `guide.${language}.json`), 'utf8')) as { texts: Record<string, string> }).texts
  const guide = GuideSchema.parse(JSON.parse(readFileSync(resolve('resources/guide/guide.json'), 'utf8')))
  return guideTexts(guide).map((t) => ({ english: t.english, translation: texts[t.key] ?? '' }))
}

// A translator for the test's own steps: the English of a button or label, as the page shows it in that language.
export async function translator(language: Exclude<Language, 'en'>): Promise<Translate> {
  const map = new Map<string, string>()
  for (const e of await catalogEntries(language)) if (e.translation && !map.has(e.english)) map.set(e.english, e.translation)
  for (const e of guideEntries(language)) if (e.english && !map.has(e.english)) map.set(e.english, e.translation)
  return (english, values) => {
    const found = map.get(english)
    if (found === undefined) throw new Error(`No ${language} translation of "${english}" in the catalog or the guide`)
    return fill(found, values)
  }
}

/** Every text the catalog and the guide hold in `language`, one a line: English kept in them (a quoted TechPass name) was kept on purpose. */
export async function translatedTexts(language: Exclude<Language, 'en'>): Promise<string> {
  const texts = [...(await catalogEntries(language)).map((e) => e.translation), ...guideEntries(language).map((e) => e.translation)]
  return texts.filter(Boolean).join('\n')
}

// Pieces of English that the catalog or the guide says differently in `language`: if one is on screen, a text was left in English.
export async function englishPieces(language: Exclude<Language, 'en'>): Promise<string[]> {
  const pieces = new Set<string>()
  const add = (english: string, translation: string) => {
    if (!translation || translation === english) return
    // The words between placeholders, rich-text tags and plural branches; short ones may be names that stay English.
    for (const piece of english.split(/\{[^{}]*\}|<\/?\d+\/?>|[{}]/))
      if (piece.trim().length >= 14 && !translation.includes(piece.trim())) pieces.add(piece.trim())
  }
  for (const e of await catalogEntries(language)) add(e.english, e.translation)
  for (const e of guideEntries(language)) add(e.english, e.translation)
  return [...pieces]
}
