import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { guideTranslationFile, loadGuide, loadGuideTranslation } from '../../../src-main/guide/load-guide'
import { guideLanguages, guideTexts, guideTranslationSchemaFor, GuideTranslationSchema } from '../../../src-shared/guide-translation'
import type { GuideTranslation } from '../../../src-shared/guide-translation'
import { staysEnglish } from '../../../src-shared/guide-text-rules'

const loaded = loadGuide(resolve('resources'))
if (!loaded.ok) throw new Error(loaded.error.message.id)
const english = loaded.value
const texts = guideTexts(english)
const schema = guideTranslationSchemaFor(english)

const fileOf = (language: string): GuideTranslation =>
  GuideTranslationSchema.parse(JSON.parse(readFileSync(resolve('resources', guideTranslationFile(language as GuideTranslation['language'])), 'utf8')))

const issuesOf = (translation: GuideTranslation) => {
  const parsed = schema.safeParse(translation)
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(' ')}: ${i.message}`)
}

// The shipped translations (issue 19): complete, no more than the English, and true to it.
describe.each(guideLanguages)('the guide in %s', (language) => {
  const file = fileOf(language)

  it('has every text of the English guide, and only those, in the same order, each sound', () => {
    expect(file.language).toBe(language)
    expect(issuesOf(file)).toEqual([])
    expect(Object.keys(file.texts)).toEqual(texts.map((t) => t.key))
  })

  it('translates every text: none is left in English', () => {
    const same = texts.filter((t) => file.texts[t.key] === t.english).map((t) => t.key)
    expect(same).toEqual([])
  })

  it('keeps the names the user sees on TechPass in English, as the English text has them', () => {
    for (const t of texts) {
      for (const { name, where } of staysEnglish) if (where.test(t.english)) expect(file.texts[t.key], t.key).toContain(name)
    }
    expect(file.texts['step-3.items.open-portal.label']).toContain('“Login”')
    expect(file.texts['step-3.items.enter-password.label']).toContain('“Sign in”')
  })

  it('loads in the app: the same ids and rules, with no text falling back to English', () => {
    const result = loadGuideTranslation(resolve('resources'), english, language)
    expect(result).toMatchObject({ language, problem: null })
    expect(result.guide.sections.map((s) => s.items.map((i) => [i.id, i.done]))).toEqual(english.sections.map((s) => s.items.map((i) => [i.id, i.done])))
  })

  it.each([
    ['a missing key', (t: GuideTranslation) => delete t.texts['step-2.items.fill-form.detail'], /texts step-2\.items\.fill-form\.detail: missing/],
    [
      'an extra key',
      (t: GuideTranslation) => (t.texts['step-2.items.fill-form.hint'] = 'x'),
      /texts step-2\.items\.fill-form\.hint: not a text of the English guide/,
    ],
    ['a placeholder the English does not have', (t: GuideTranslation) => (t.texts['step-1.title'] += ' {name}'), /texts step-1\.title: placeholders differ/],
    ['a bold name the English does not have', (t: GuideTranslation) => (t.texts['step-1.title'] += ' **Next**'), /texts step-1\.title: bold names differ/],
    [
      'a changed number of days',
      (t: GuideTranslation) => (t.texts['prerequisites.notes.1.text'] = t.texts['prerequisites.notes.1.text']!.replace(/5/g, '7')),
      /numbers differ/,
    ],
    [
      'a button name translated away',
      (t: GuideTranslation) => (t.texts['step-3.items.start-mfa.label'] = t.texts['step-3.items.start-mfa.label']!.replace(/Next/g, '→')),
      /"Next" stays English/,
    ],
  ])('fails the check with %s', (_name, change, why) => {
    const copy = structuredClone(file)
    change(copy)
    const issues = issuesOf(copy)
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatch(why)
  })
})
