import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, withAllowlist } from '../../../src-main/config/settings'
import { applyConfig } from '../../../src-main/config/config-file'
import { fileOnly } from '../support/config-layers'
import { matchLanguage, pickLanguage } from '../../../src-shared/languages'
import type { LanguageView } from '../../../src-shared/languages'
import { startCore } from '../support/core-harness'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()
const current = (h: ReturnType<typeof startCore>) => h.value<LanguageView>('language:current')

describe('the system language', () => {
  it('is matched to a language the app speaks, by its base and script', () => {
    expect(['zh-CN', 'zh-Hans-SG', 'zh', 'vi-VN', 'id-ID', 'in', 'en-GB', 'fr-FR', 'zh-TW', 'zh-Hant-HK'].map(matchLanguage)).toEqual([
      'zh-Hans',
      'zh-Hans',
      'zh-Hans',
      'vi',
      'id',
      'id',
      'en',
      null,
      null,
      null,
    ])
  })

  it('is the first of the system languages that is also allowed, else the fallback', () => {
    expect(pickLanguage(['fr-FR', 'vi-VN', 'en-US'], ['en', 'vi'], 'en')).toBe('vi')
    expect(pickLanguage(['vi-VN'], ['en', 'id'], 'en')).toBe('en')
    expect(pickLanguage([], ['en'], 'en')).toBe('en')
  })
})

describe('choosing a language', () => {
  it('a first start follows the system; the choice is kept across restarts and beats the system', async () => {
    const dir = tempDir()
    const first = startCore({ dataDir: dir, systemLanguages: ['vi-VN', 'en-US'] })
    expect(await current(first)).toEqual({ language: 'vi', offered: ['en', 'zh-Hans', 'vi', 'id'] })
    expect(await first.value<LanguageView>('language:choose', { language: 'zh-Hans' })).toMatchObject({ language: 'zh-Hans' })
    const again = startCore({ dataDir: dir, systemLanguages: ['vi-VN'] })
    expect((await current(again)).language).toBe('zh-Hans')
  })

  it('is a preference beside the record: the ledger does not change', async () => {
    const dir = tempDir()
    const h = startCore({ dataDir: dir })
    const before = h.ledgerBytes()
    await h.value('language:choose', { language: 'id' })
    expect(h.ledgerBytes()).toEqual(before)
    expect(JSON.parse(readFileSync(join(dir, 'preferences.json'), 'utf8'))).toEqual({ schemaVersion: 1, language: 'id' })
  })

  it('refuses a language that is not offered, or not a language at all, and changes nothing', async () => {
    const h = startCore({ dataDir: tempDir(), settings: withAllowlist({ ...DEFAULT_SETTINGS, language: { offered: ['en', 'vi'], default: null } }) })
    const refused = await h.call('language:choose', { language: 'id' })
    expect(refused.ok).toBe(false)
    expect((await h.call('language:choose', { language: 'klingon' })).ok).toBe(false)
    expect((await h.call('language:choose', { language: 'vi', extra: 1 })).ok).toBe(false)
    expect(await current(h)).toEqual({ language: 'en', offered: ['en', 'vi'] })
  })

  it('offers the pseudo-locale to tests only, never in an installed app', async () => {
    expect((await startCore({ dataDir: tempDir() }).call('language:choose', { language: 'pseudo' })).ok).toBe(true)
    expect((await startCore({ dataDir: tempDir(), isPackaged: true }).call('language:choose', { language: 'pseudo' })).ok).toBe(false)
  })

  it('a damaged preferences file is moved aside, never deleted, and the app starts in the system language', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'preferences.json'), '{"schemaVersion": 1, "language": "tlh"}')
    const h = startCore({ dataDir: dir, systemLanguages: ['id-ID'] })
    expect((await current(h)).language).toBe('id')
    expect(readdirSync(dir).some((name) => name.startsWith('preferences.json.corrupt-') || name.includes('corrupt'))).toBe(true)
  })
})

describe('the administrator', () => {
  it('sets the default language, which a first start uses instead of the system language', async () => {
    const config = applyConfig(fileOnly({ language: { default: 'id', offered: ['en', 'id'] } }, '/etc/techpass/config.json'))
    expect(config.notices).toEqual([])
    const h = startCore({ dataDir: tempDir(), systemLanguages: ['vi-VN'], settings: config.settings })
    expect(await current(h)).toEqual({ language: 'id', offered: ['en', 'id'] })
  })

  it('a default outside the offered list, or an unknown language, keeps the built-in choice with a notice', () => {
    const wrong = applyConfig(fileOnly({ language: { default: 'vi', offered: ['en', 'id'] } }, '/etc/techpass/config.json'))
    expect(wrong.notices).toHaveLength(1)
    expect(wrong.settings.language).toEqual(DEFAULT_SETTINGS.language)
    const unknown = applyConfig(fileOnly({ language: { offered: ['fr'] } }, '/etc/techpass/config.json'))
    expect(unknown.notices).toHaveLength(1)
    expect(unknown.settings.language).toEqual(DEFAULT_SETTINGS.language)
  })
})

describe('the status code', () => {
  it('tells the helpdesk the language on screen, and changes with it', async () => {
    const h = startCore({ dataDir: tempDir() })
    const { decodeStatus } = await import('../../../src-shared/status-code')
    const code = async () => decodeStatus((await h.value('ledger:snapshot')).statusCode)
    expect(await code()).toMatchObject({ ok: true, value: { language: 'en' } })
    await h.value('language:choose', { language: 'zh-Hans' })
    expect(await code()).toMatchObject({ ok: true, value: { language: 'zh-Hans' } })
    await h.value('language:choose', { language: 'pseudo' })
    expect(await code()).toMatchObject({ ok: true, value: { language: 'en' } })
  })
})

describe('the guide in a language', () => {
  it('comes in the language on screen, or in the one asked for, with the same ids and rules', async () => {
    const h = startCore({ dataDir: tempDir() })
    type G = { sections: Array<{ id: string; title: string; items: Array<{ id: string }> }> }
    const english = await h.value<G>('guide:definition')
    await h.value('language:choose', { language: 'vi' })
    const vietnamese = await h.value<G>('guide:definition')
    expect(vietnamese.sections.map((s) => s.id)).toEqual(english.sections.map((s) => s.id))
    expect(vietnamese.sections[0]!.title).not.toBe(english.sections[0]!.title)
    expect(await h.value<G>('guide:in-language', { language: 'en' })).toEqual(english)
    const pseudo = await h.value<G>('guide:in-language', { language: 'pseudo' })
    expect(pseudo.sections.every((s) => s.title.startsWith('⟦') && s.title.endsWith('⟧'))).toBe(true)
    expect((await h.call('guide:in-language', { language: 'fr' })).ok).toBe(false)
  })
})

describe('main follows the choice', () => {
  it('is told the language at start and on every choice, so its menu and dialogs speak it', async () => {
    const told: string[] = []
    const h = startCore({ dataDir: tempDir(), systemLanguages: ['id-ID'], onLanguage: (l) => told.push(l) })
    expect(told).toEqual(['id'])
    await h.value('language:choose', { language: 'vi' })
    expect(told).toEqual(['id', 'vi'])
    expect((await h.call('language:choose', { language: 'fr' })).ok).toBe(false)
    expect(told).toEqual(['id', 'vi'])
  })
})
