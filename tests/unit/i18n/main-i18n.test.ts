import { afterEach, describe, expect, it, vi } from 'vitest'
import { day, inner, item, say, section, time } from '../../../src-shared/message'
import { mfaOutcomes } from '../../../src-shared/messages/mfa'
import { startupFailures, storageFailures } from '../../../src-shared/messages/storage'
import { mainLanguage, onMainLanguage, setMainLanguage, tr } from '../../../src-main/i18n/main-i18n'
import { english } from '../../support/english'
import { mainSays } from '../../../lingui-english-split'

// No Electron here: main-i18n.ts is plain code; vi.mock guards against an import of it creeping in.
vi.mock('electron', () => ({}))

afterEach(async () => {
  await setMainLanguage('en')
})

describe('tr: main says its own texts from the catalog', () => {
  it('in English by default, as the renderer would say them', () => {
    expect(mainLanguage()).toBe('en')
    const refusal = say(startupFailures.debugSwitch, { option: '--inspect' })
    expect(tr(refusal)).toBe(english(refusal))
    expect(tr(refusal)).toMatch(/^TechPass Onboarding Assistant cannot start with the debugging option --inspect\./)
  })

  it('formats plurals, inner messages and paths as values', () => {
    const drift = say(mfaOutcomes.clockFast, { seconds: 1, autoTime: inner(say(mfaOutcomes.autoTime)) })
    expect(tr(drift)).toContain('about 1 second fast. Turn on automatic time.')
    expect(tr(say(mfaOutcomes.clockSlow, { seconds: 2, autoTime: inner(say(mfaOutcomes.autoTime)) }))).toContain('about 2 seconds slow.')
    expect(tr(say(storageFailures.notSaved, { path: 'C:\\Users\\ana\\ledger.jsonl' }))).toContain('C:\\Users\\ana\\ledger.jsonl')
  })

  it('formats days and times with Intl in the language, never as written', async () => {
    const probe = { id: 'storage.draft-fields-unknown', values: { when: day('2026-12-04'), at: time('2026-12-04T02:30:00.000Z') } }
    expect(tr(probe)).toBe('Some of those fields are not part of this form, so nothing was kept.')
    // The values are formatted the renderer's way (src-renderer/src/i18n/say.ts); a message that names them shows them.
    const withDay = { id: 'checklist.date-needed', values: { due: day('2026-11-25') } }
    expect(tr(withDay)).toContain('25 November 2026')
    await setMainLanguage('vi')
    expect(tr(withDay)).toContain(new Intl.DateTimeFormat('vi', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(2026, 10, 25)))
  })

  it('names a section or item by its role and id: main draws no guide text', () => {
    const values = { section: section('request'), item: item('profile', 'who-you-are') }
    expect(tr({ id: 'checklist.not-in-section', values })).toContain('“request”')
    expect(tr({ id: 'checklist.cannot-tick.profile-saved', values })).toContain('“profile/who-you-are”')
  })
})

describe('setMainLanguage', () => {
  it('switches every later text, and tells each listener once', () => {
    const heard = vi.fn()
    const stop = onMainLanguage(heard)
    setMainLanguage('pseudo')
    expect(mainLanguage()).toBe('pseudo')
    expect(tr(say(storageFailures.draftFieldsUnknown))).toMatch(/^⟦.+⟧$/)
    setMainLanguage('pseudo')
    expect(heard).toHaveBeenCalledExactlyOnceWith('pseudo')
    stop()
    setMainLanguage('en')
    expect(heard).toHaveBeenCalledTimes(1)
    expect(tr(say(storageFailures.draftFieldsUnknown))).toBe('Some of those fields are not part of this form, so nothing was kept.')
  })

  it.each(['zh-Hans', 'vi', 'id'] as const)('%s: a message its catalog does not have yet is said in English, never as its id', async (language) => {
    await setMainLanguage(language)
    expect(mainLanguage()).toBe(language)
    expect(tr(say(storageFailures.draftFieldsUnknown))).not.toBe('storage.draft-fields-unknown')
    expect(tr(say(storageFailures.draftFieldsUnknown)).length).toBeGreaterThan(0)
  })
})

// English and the pseudo-locale are in main's entry; another language is read from its own chunk when first chosen.
describe('another language’s catalog, read when chosen', () => {
  // A fresh module each time, so no catalog is read yet.
  const fresh = async () => {
    vi.resetModules()
    return import('../../../src-main/i18n/main-i18n')
  }

  it('keeps the language it speaks until the new catalog is read, then switches and tells the listeners', async () => {
    const m = await fresh()
    const heard = vi.fn()
    m.onMainLanguage(heard)
    const switching = m.setMainLanguage('id')
    expect(m.mainLanguage()).toBe('en')
    expect(m.tr(say(storageFailures.draftFieldsUnknown))).toBe('Some of those fields are not part of this form, so nothing was kept.')
    expect(heard).not.toHaveBeenCalled()
    await switching
    expect(m.mainLanguage()).toBe('id')
    expect(heard).toHaveBeenCalledExactlyOnceWith('id')
    expect(m.tr(say(storageFailures.draftFieldsUnknown))).not.toBe('Some of those fields are not part of this form, so nothing was kept.')
  })

  it('lets the language asked for last win over a catalog still being read', async () => {
    const m = await fresh()
    const heard = vi.fn()
    m.onMainLanguage(heard)
    const first = m.setMainLanguage('zh-Hans')
    const second = m.setMainLanguage('vi')
    await m.setMainLanguage('en')
    await Promise.all([first, second])
    expect(m.mainLanguage()).toBe('en')
    expect(heard).not.toHaveBeenCalled()
    const third = m.setMainLanguage('id')
    await m.setMainLanguage('pseudo')
    await third
    expect(m.mainLanguage()).toBe('pseudo')
    expect(heard.mock.calls).toEqual([['pseudo']])
  })

  it('mainLanguageSettled resolves once the language asked for last is spoken', async () => {
    const m = await fresh()
    void m.setMainLanguage('vi')
    expect(m.mainLanguage()).toBe('en')
    await m.mainLanguageSettled()
    expect(m.mainLanguage()).toBe('vi')
  })
})

// Main's entry carries only the English messages main can say (lingui-english-split.ts, mainEnglish).
describe("main's English catalog", () => {
  it('holds every message main says itself, and none of the renderer’s own words', async () => {
    const { messages: mainOwn } = await import('virtual:main-english')
    const { messages: whole } = await import('../../../src-renderer/src/locales/en/messages.po')
    const { dialogTexts, menuLabels } = await import('../../../src-shared/messages/main-window')
    const said = [menuLabels, dialogTexts, storageFailures, startupFailures, mfaOutcomes].flatMap((group) =>
      Object.values(group as Record<string, unknown>).flatMap((m) =>
        m && typeof m === 'object' && 'id' in m ? [String(m.id)] : Object.values(m as object).map((n: { id: string }) => n.id),
      ),
    )
    expect(said.length).toBeGreaterThan(20)
    for (const id of said) expect(Object.keys(mainOwn), id).toContain(id)
    for (const id of Object.keys(mainOwn)) expect(whole[id], id).toEqual(mainOwn[id])
    // The renderer's words (its components, steps and helpdesk guide) are more than half of the catalog.
    expect(Object.keys(mainOwn).length).toBeLessThan(Object.keys(whole).length / 2)
  })

  it('counts a message as main’s when any of its sources is in main, the shared code or the shared formatter', () => {
    expect(mainSays('src-main/platform/menu.ts')).toBe(true)
    expect(mainSays('src-shared/messages/storage.ts')).toBe(true)
    expect(mainSays('src-renderer/src/i18n/say.ts')).toBe(true)
    expect(mainSays('src-renderer/src/components/app.tsx')).toBe(false)
    expect(mainSays('src-renderer/src/steps/profile-form.tsx')).toBe(false)
  })
})
