import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadGuide } from '../../../src-main/guide/load-guide'
import { GuideSchema } from '../../../src-shared/guide-schema'
import type { Guide } from '../../../src-shared/guide-schema'
import {
  guideTexts,
  guideTranslationSchemaFor,
  GuideTranslationSchema,
  mapGuideTexts,
  overlayTranslation,
  translationProblems,
} from '../../../src-shared/guide-translation'
import type { GuideTranslation } from '../../../src-shared/guide-translation'
import { textProblems } from '../../../src-shared/guide-text-rules'

const loaded = loadGuide(resolve('resources'))
if (!loaded.ok) throw new Error(loaded.error.message.id)
const guide: Guide = loaded.value

// A stand-in translation that keeps every name and number: each text marked with the language.
function marked(language: GuideTranslation['language'] = 'vi'): GuideTranslation {
  return { schemaVersion: 1, language, texts: Object.fromEntries(guideTexts(guide).map((t) => [t.key, `[${language}] ${t.english}`])) }
}

const withText = (translation: GuideTranslation, key: string, text: string): GuideTranslation => ({
  ...translation,
  texts: { ...translation.texts, [key]: text },
})

describe('the keys of a guide translation', () => {
  const texts = guideTexts(guide)
  const keys = texts.map((t) => t.key)

  it('are unique, and built from ids so they stay put when the English changes', () => {
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys).toEqual(
      expect.arrayContaining([
        'title',
        'prerequisites.title',
        'prerequisites.summary',
        'prerequisites.agentText',
        'prerequisites.notes.0.text',
        'prerequisites.notes.0.agentText',
        'prerequisites.items.who-you-are.label',
        'prerequisites.items.org-email.action',
        'prerequisites.items.org-email.detail',
        'prerequisites.items.org-email.agentText',
        'prerequisites.troubleshooting.1.problem',
        'prerequisites.troubleshooting.1.fix',
        'prerequisites.troubleshooting.1.agentText',
        'prerequisites.troubleshooting.1.tip.source',
        'step-3.items.open-portal.illustration.alt',
      ]),
    )
    for (const key of keys) expect(key).toMatch(/^(title|[a-z0-9-]+\.[a-zA-Z0-9.-]+)$/)
  })

  it('cover every text of the guide, and only texts: ids, rules, audiences and minutes are not translated', () => {
    const strings: string[] = []
    const collect = (value: unknown, key: string) => {
      if (typeof value === 'string' && !['id', 'role', 'kind', 'source', 'file', 'by', 'evidence', 'deadline', 'aid', 'tone'].includes(key)) strings.push(value)
      else if (Array.isArray(value)) for (const v of value) collect(v, key)
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, k === 'source' && key === 'tip' ? 'tip-source' : k)
    }
    collect(guide, '')
    const notTexts = strings.filter((s) => !texts.some((t) => t.english === s))
    // What is left are refs between items, audiences and policy ids: data, not words.
    for (const s of notTexts) expect(s).toMatch(/^([a-z-]+\/[a-z0-9-]+|vendor|offshore-odc|offshore-non-odc|privacy-policy|terms-of-use|mdm-aup)$/)
  })

  it("marks the agent's wording, and says which section a text belongs to", () => {
    expect(texts.filter((t) => t.forAgent).every((t) => t.key.endsWith('.agentText'))).toBe(true)
    expect(texts.filter((t) => t.key.endsWith('.agentText')).every((t) => t.forAgent)).toBe(true)
    expect(texts.find((t) => t.key === 'title')?.section).toBeNull()
    expect(texts.find((t) => t.key === 'step-2.items.fill-form.detail')?.section).toBe('step-2')
  })
})

describe('overlayTranslation', () => {
  it('gives a guide of the same schema, ids and rules, with every text translated', () => {
    const translated = overlayTranslation(guide, marked('id'))
    expect(GuideSchema.parse(translated)).toEqual(translated)
    const english = mapGuideTexts(guide, ({ english }) => english)
    expect(english).toStrictEqual(guide)
    expect(mapGuideTexts(translated, ({ english }) => english.replace(/^\[id\] /, ''))).toStrictEqual(guide)
    for (const t of guideTexts(translated)) expect(t.english, t.key).toMatch(/^\[id\] /)
  })

  it('adds no text the English does not have, and leaves the English guide as it was', () => {
    const before = structuredClone(guide)
    const translated = overlayTranslation(guide, marked())
    expect(guide).toStrictEqual(before)
    const who = translated.sections[0]!.items.find((i) => i.id === 'who-you-are')!
    expect('action' in who).toBe(false)
    expect(guideTexts(translated).map((t) => t.key)).toEqual(guideTexts(guide).map((t) => t.key))
  })

  it('keeps the English for a text that is missing or unsound, and only for it', () => {
    const partial = marked()
    delete partial.texts['step-1.title']
    const wrongDays = withText(partial, 'prerequisites.notes.1.text', 'Đăng ký trong vòng 7 ngày.')
    const translated = overlayTranslation(guide, wrongDays)
    expect(translated.sections[1]!.title).toBe('Request a TechPass account')
    expect(translated.sections[0]!.notes[1]!.text).toBe(guide.sections[0]!.notes[1]!.text)
    expect(translated.sections[0]!.title).toBe('[vi] Before you start')
  })
})

describe('translationProblems and the schema for a guide', () => {
  const schema = guideTranslationSchemaFor(guide)

  it('finds nothing wrong with a complete, sound translation', () => {
    expect(translationProblems(guide, marked())).toEqual([])
    expect(schema.safeParse(marked()).success).toBe(true)
  })

  it.each([
    ['a missing key', (t: GuideTranslation) => delete t.texts['step-4.items.scan-qr.detail'], 'step-4.items.scan-qr.detail', /missing/],
    ['an extra key', (t: GuideTranslation) => (t.texts['step-4.items.scan-qr.note'] = 'x'), 'step-4.items.scan-qr.note', /not a text of the English guide/],
    [
      'a key of an item that does not exist',
      (t: GuideTranslation) => (t.texts['step-4.items.no-such.label'] = 'x'),
      'step-4.items.no-such.label',
      /not a text/,
    ],
    [
      'a changed number',
      (t: GuideTranslation) => (t.texts['next-steps.notes.0.text'] = 'Kích hoạt trong vòng 3 ngày sau email TechPass.'),
      'next-steps.notes.0.text',
      /numbers differ/,
    ],
    ['an added placeholder', (t: GuideTranslation) => (t.texts['step-1.title'] += ' {days}'), 'step-1.title', /placeholders differ/],
    ['an added bold name', (t: GuideTranslation) => (t.texts['step-1.title'] += ' **Login**'), 'step-1.title', /bold names differ/],
    [
      'a button name translated',
      (t: GuideTranslation) => (t.texts['step-3.items.open-portal.label'] = 'Vào Docs portal và nhấn Đăng nhập'),
      'step-3.items.open-portal.label',
      /"Login" stays English/,
    ],
  ])('finds %s', (_name, change, key, why) => {
    const translation = marked()
    change(translation)
    const problems = translationProblems(guide, translation)
    expect(problems).toEqual([{ key, problem: expect.stringMatching(why) }])
    const parsed = schema.safeParse(translation)
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]?.path).toEqual(['texts', key])
  })

  it.each([
    ['an empty text', { schemaVersion: 1, language: 'vi', texts: { title: '  ' } }],
    ['a language the app does not have', { schemaVersion: 1, language: 'fr', texts: {} }],
    ['another schema version', { schemaVersion: 2, language: 'vi', texts: {} }],
    ['a field the format does not have', { schemaVersion: 1, language: 'vi', texts: {}, notes: 'x' }],
    ['a key that is not ids and field names', { schemaVersion: 1, language: 'vi', texts: { 'Before you start': 'x' } }],
  ])('refuses a file with %s', (_name, file) => {
    expect(GuideTranslationSchema.safeParse(file).success).toBe(false)
  })
})

describe('textProblems', () => {
  it('wants the same placeholders and bold names, in any order and any words around them', () => {
    expect(textProblems('Register within {days} days, then click **Next**.', 'Nhấn **Next** (Tiếp), trong vòng {days} ngày.')).toEqual([])
    expect(textProblems('Within {days} days.', 'Trong vòng {day} ngày.')).toEqual([expect.stringMatching(/placeholders differ.*\{days\}.*\{day\}/)])
    expect(textProblems('Click **Next**.', 'Nhấn **Tiếp**.')).toEqual([
      expect.stringMatching(/bold names differ/),
      expect.stringMatching(/"Next" stays English/),
    ])
    expect(textProblems('Click **Next**.', 'Nhấn Next.')).toEqual([expect.stringMatching(/bold names differ/)])
  })

  it('keeps the names the user sees on TechPass in English, and lets words that only look like them be translated', () => {
    expect(textProblems('Enter your initial password and click Sign in', '输入初始密码，然后点击 “Sign in”（登录）')).toEqual([])
    expect(textProblems('Enter your initial password and click Sign in', '输入初始密码，然后点击登录')).toEqual([
      expect.stringMatching(/"Sign in" stays English/),
    ])
    expect(textProblems('Sign in with your initial password', '使用初始密码登录')).toEqual([])
    expect(textProblems('Next steps', 'Bước tiếp theo')).toEqual([])
    expect(
      textProblems('The More information required page with the Next button highlighted.', 'Trang More information required, nút Next được tô sáng.'),
    ).toEqual([])
  })

  it('keeps numbers: days and steps', () => {
    expect(textProblems('Ask for a new invitation in Step 1.', 'Minta undangan baru di Langkah 1.')).toEqual([])
    expect(textProblems('within 30 days', 'dalam 3 hari')).toEqual([expect.stringMatching(/numbers differ/)])
  })
})
