import { chmodSync, cpSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GUIDE_FILE, guideTranslationFile, loadGuide, loadGuideTranslation } from '../../../src-main/guide/load-guide'
import { guideTexts } from '../../../src-shared/guide-translation'
import type { GuideLanguage, GuideTranslation } from '../../../src-shared/guide-translation'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()
const loaded = loadGuide(resolve('resources'))
if (!loaded.ok) throw new Error(loaded.error.message.id)
const english = loaded.value

// A stand-in translation that keeps every name and number: each text marked with its language.
const marked = (language: GuideLanguage): GuideTranslation => ({
  schemaVersion: 1,
  language,
  texts: Object.fromEntries(guideTexts(english).map((t) => [t.key, `[${language}] ${t.english}`])),
})

// A resources folder with the real English guide and, when given, one translation file's content.
function resourcesWith(language: GuideLanguage, content?: string | object): { dir: string; path: string } {
  const dir = tempDir()
  mkdirSync(join(dir, 'guide'))
  cpSync(resolve('resources', GUIDE_FILE), join(dir, GUIDE_FILE))
  const path = join(dir, guideTranslationFile(language))
  if (content !== undefined) writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content))
  return { dir, path }
}

describe('loadGuideTranslation', () => {
  it('gives the English guide, with no problem, for English', () => {
    expect(loadGuideTranslation(resolve('resources'), english, 'en')).toEqual({ guide: english, language: 'en', problem: null })
  })

  it('lays a sound translation over the English: the same ids and rules, the texts in the language', () => {
    const { dir } = resourcesWith('vi', marked('vi'))
    const result = loadGuideTranslation(dir, english, 'vi')
    expect(result).toMatchObject({ language: 'vi', problem: null })
    expect(result.guide.sections.map((s) => [s.id, s.role, s.items.map((i) => i.done)])).toEqual(
      english.sections.map((s) => [s.id, s.role, s.items.map((i) => i.done)]),
    )
    expect(result.guide.sections[0]!.title).toBe('[vi] Before you start')
    expect(result.guide.sections[0]!.items[0]!.agentText).toMatch(/^\[vi\] Ask whether the user/)
  })

  it('keeps only the missing or unsound texts in English, and names them', () => {
    const partial = marked('id')
    delete partial.texts['step-1.title']
    partial.texts['next-steps.notes.0.text'] = '[id] Aktifkan akun TechPass dalam 3 hari.'
    partial.texts['step-9.title'] = 'Langkah 9'
    const { dir, path } = resourcesWith('id', partial)
    const result = loadGuideTranslation(dir, english, 'id')
    expect(result.language).toBe('id')
    expect(result.guide.sections[0]!.title).toBe('[id] Before you start')
    expect(result.guide.sections[1]!.title).toBe('Request a TechPass account')
    expect(result.guide.sections.at(-1)!.notes[0]!.text).toBe(english.sections.at(-1)!.notes[0]!.text)
    expect(result.problem).toContain(path)
    expect(result.problem).toMatch(/has 3 problems; a missing or unsound text is shown in English/)
    expect(result.problem).toMatch(/step-1\.title: missing/)
    expect(result.problem).toMatch(/next-steps\.notes\.0\.text: numbers differ/)
    expect(result.problem).toMatch(/step-9\.title: not a text of the English guide/)
  })

  it.each([
    ['is missing', undefined, /could not be loaded: it is missing\. The guide is shown in English\./],
    ['is not JSON', '{ "schemaVersion": 1,', /could not be loaded: it is not valid JSON/],
    ['is empty', '', /not valid JSON/],
    ['is an array', '[]', /not in the expected format, so the guide is shown in English/],
    ['has another schema version', { ...marked('zh-Hans'), schemaVersion: 2 }, /schemaVersion/],
    ['has a text that is not text', { ...marked('zh-Hans'), texts: { title: 42 } }, /texts\.title/],
    ['has an empty text', { ...marked('zh-Hans'), texts: { ...marked('zh-Hans').texts, title: ' ' } }, /a translation is not empty/],
    ['says it is in another language', marked('vi'), /says it is in "vi", not "zh-Hans"/],
  ])('gives the English guide, and says why, when the file %s', (_name, content, why) => {
    const { dir, path } = resourcesWith('zh-Hans', content)
    const result = loadGuideTranslation(dir, english, 'zh-Hans')
    expect(result.guide).toBe(english)
    expect(result.language).toBe('en')
    expect(result.problem).toContain(path)
    expect(result.problem).toMatch(why)
    expect(result.problem).not.toMatch(/\n\s*at |SyntaxError/)
  })

  it.runIf(process.platform !== 'win32' && process.getuid?.() !== 0)('gives the English guide when the file cannot be read', () => {
    const { dir, path } = resourcesWith('vi', marked('vi'))
    chmodSync(path, 0o000)
    expect(loadGuideTranslation(dir, english, 'vi')).toMatchObject({
      guide: english,
      language: 'en',
      problem: expect.stringMatching(/could not be read \(EACCES\)/),
    })
  })

  it('gives the English guide for a language the app does not have, without reading any file', () => {
    for (const language of ['fr', '../guide', 'zh-hans', '']) {
      const result = loadGuideTranslation(resolve('resources'), english, language)
      expect(result, language).toMatchObject({ guide: english, language: 'en', problem: expect.stringMatching(/has no translation for the language/) })
    }
  })
})
