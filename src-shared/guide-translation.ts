import { z } from 'zod'
import type { Guide, GuideItem, GuideNote, GuideSection, Troubleshooting } from './guide-schema'
import { textProblems } from './guide-text-rules'

// The guide in another language: one file per language beside guide.json (resources/guide/guide.<language>.json).
// English (guide.json) is the source. A translation holds only texts, each under a stable key built from ids:
//   title                                        the guide's title
//   <section id>.title | .summary | .agentText
//   <section id>.notes.<n>.text | .agentText      notes and troubleshooting have no ids: n counts from 0
//   <section id>.items.<item id>.label | .action | .detail | .agentText | .illustration.alt
//   <section id>.troubleshooting.<n>.problem | .fix | .agentText | .tip.source
// Everything else (ids, roles, rules, deadlines, audiences, minutes) comes from the English guide only.

export const guideLanguages = ['zh-Hans', 'vi', 'id'] as const
export const GuideLanguageSchema = z.enum(guideLanguages)
export type GuideLanguage = (typeof guideLanguages)[number]

const TRANSLATION_KEY = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-zA-Z0-9]+(-[a-z0-9]+)*)*$/

// Built the first time a translation file is read (after main's window: core-services.ts), not when main starts.
export const GuideTranslationSchema = z.lazy(() =>
  z.strictObject({
    schemaVersion: z.literal(1),
    language: GuideLanguageSchema,
    texts: z.record(z.string().regex(TRANSLATION_KEY, 'a key is ids and field names joined by dots'), z.string().trim().min(1, 'a translation is not empty')),
  }),
)
export type GuideTranslation = z.infer<typeof GuideTranslationSchema>

// One text of the guide a translator translates. `section` is the section's id (null for the guide's title);
// `forAgent` marks the helpdesk agent's wording, which is not shown to the user.
type GuideText = { key: string; english: string; section: string | null; forAgent: boolean }

type Say = (key: string, english: string, forAgent?: boolean) => string

// Present only when the English has it, so an overlaid guide has exactly the English guide's keys.
const maybe = <K extends string>(name: K, english: string | undefined, say: (english: string) => string): Partial<Record<K, string>> =>
  english === undefined ? {} : ({ [name]: say(english) } as Record<K, string>)

function mapNote(note: GuideNote, at: string, say: Say): GuideNote {
  return { ...note, text: say(`${at}.text`, note.text), ...maybe('agentText', note.agentText, (e) => say(`${at}.agentText`, e, true)) }
}

function mapItem(item: GuideItem, at: string, say: Say): GuideItem {
  return {
    ...item,
    label: say(`${at}.label`, item.label),
    ...maybe('action', item.action, (e) => say(`${at}.action`, e)),
    ...maybe('detail', item.detail, (e) => say(`${at}.detail`, e)),
    ...maybe('agentText', item.agentText, (e) => say(`${at}.agentText`, e, true)),
    ...(item.illustration && { illustration: { ...item.illustration, alt: say(`${at}.illustration.alt`, item.illustration.alt) } }),
  }
}

function mapTrouble(trouble: Troubleshooting, at: string, say: Say): Troubleshooting {
  return {
    ...trouble,
    problem: say(`${at}.problem`, trouble.problem),
    fix: say(`${at}.fix`, trouble.fix),
    ...maybe('agentText', trouble.agentText, (e) => say(`${at}.agentText`, e, true)),
    ...(trouble.tip && { tip: { source: say(`${at}.tip.source`, trouble.tip.source) } }),
  }
}

function mapSection(section: GuideSection, say: Say): GuideSection {
  const at = section.id
  return {
    ...section,
    title: say(`${at}.title`, section.title),
    summary: say(`${at}.summary`, section.summary),
    ...maybe('agentText', section.agentText, (e) => say(`${at}.agentText`, e, true)),
    notes: section.notes.map((note, n) => mapNote(note, `${at}.notes.${n}`, say)),
    items: section.items.map((item) => mapItem(item, `${at}.items.${item.id}`, say)),
    troubleshooting: section.troubleshooting.map((trouble, n) => mapTrouble(trouble, `${at}.troubleshooting.${n}`, say)),
  }
}

// The one walk over the guide's texts: listing them and overlaying a translation both use it, so they cannot disagree.
export function mapGuideTexts(guide: Guide, change: (text: GuideText) => string): Guide {
  const sayIn =
    (section: string | null): Say =>
    (key, english, forAgent = false) =>
      change({ key, english, section, forAgent })
  return { ...guide, title: sayIn(null)('title', guide.title), sections: guide.sections.map((s) => mapSection(s, sayIn(s.id))) }
}

// Every text a translation must have, with its key and English, in guide order.
export function guideTexts(guide: Guide): GuideText[] {
  const texts: GuideText[] = []
  mapGuideTexts(guide, (text) => {
    texts.push(text)
    return text.english
  })
  return texts
}

// What is wrong with a translation of this guide: a missing key, an extra key, or a text whose placeholders,
// bold names, numbers or stays-English names differ from its English. Empty when it is complete and sound.
type TranslationProblem = { key: string; problem: string }

export function translationProblems(guide: Guide, translation: GuideTranslation): TranslationProblem[] {
  const problems: TranslationProblem[] = []
  const english = new Map(guideTexts(guide).map((t) => [t.key, t.english]))
  for (const [key, text] of english) {
    const translated = translation.texts[key]
    if (translated === undefined) problems.push({ key, problem: 'missing' })
    else for (const problem of textProblems(text, translated)) problems.push({ key, problem })
  }
  for (const key of Object.keys(translation.texts)) {
    if (!english.has(key)) problems.push({ key, problem: 'not a text of the English guide' })
  }
  return problems
}

// The whole check as a schema: the file's shape, and every key and text against this English guide.
export function guideTranslationSchemaFor(guide: Guide) {
  return GuideTranslationSchema.superRefine((translation, ctx) => {
    for (const { key, problem } of translationProblems(guide, translation)) ctx.addIssue({ code: 'custom', path: ['texts', key], message: problem })
  })
}

// The guide in the translation's language: same ids, rules and shape; each text replaced by its translation.
// A text the translation lacks, or gets wrong (see translationProblems), stays English.
export function overlayTranslation(guide: Guide, translation: GuideTranslation): Guide {
  return mapGuideTexts(guide, ({ key, english }) => {
    const translated = translation.texts[key]
    return translated !== undefined && textProblems(english, translated).length === 0 ? translated : english
  })
}
