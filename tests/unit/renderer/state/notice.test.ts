import { resolve } from 'node:path'
import { setupI18n } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { describe, expect, it } from 'vitest'
import { loadGuideTranslation } from '../../../../src-main/guide/load-guide'
import type { Guide } from '../../../../src-shared/guide-schema'
import type { Msg } from '../../../../src-shared/message'
import { sayWith } from '../../../../src-renderer/src/i18n/say'
import { ownMsg } from '../../../../src-renderer/src/i18n/sayable'
import { messages as en } from '../../../../src-renderer/src/locales/en/messages.po'
import { messages as vi } from '../../../../src-renderer/src/locales/vi/messages.po'
import { savedAs } from '../../../../src-renderer/src/state/save-notice'
import type { Notice } from '../../../../src-renderer/src/state/app-store'
import { realGuide } from '../../support/guide'

// A notice keeps its message (an id with values) and is said when drawn: after a language switch it reads in the new language.
const i18n = setupI18n({ locale: 'en', locales: ['en-GB'], messages: { en, vi } })
const inLanguage = (language: 'en' | 'vi', text: Msg, guide: Guide | null = null) => {
  i18n.activate(language, [language === 'en' ? 'en-GB' : 'vi'])
  return sayWith({ i18n, guide }, text)
}

describe('a notice', () => {
  it('keeps a saved file’s sentence as a message, said again in the language on screen', () => {
    const notice = (savedAs('summary') as (r: { saved: boolean; path: string | null }) => Notice)({ saved: true, path: '/home/wl/summary.pdf' })
    expect(notice).toMatchObject({ tone: 'status', path: '/home/wl/summary.pdf', text: { values: { path: '/home/wl/summary.pdf' } } })
    const english = inLanguage('en', notice.text)
    expect(english).toBe('Saved your summary as /home/wl/summary.pdf.')
    const vietnamese = inLanguage('vi', notice.text)
    expect(vietnamese).not.toBe(english)
    expect(vietnamese).toContain('/home/wl/summary.pdf')
  })

  it('names a guide item from the guide on screen when it is said, not when it was made', () => {
    const english = realGuide()
    const translated = loadGuideTranslation(resolve('resources'), english, 'vi').guide
    const section = english.sections.find((s) => s.items.length > 0)!
    const item = section.items[0]!
    const viLabel = translated.sections.find((s) => s.role === section.role)!.items.find((i) => i.id === item.id)!.label
    expect(viLabel).not.toBe(item.label)
    // What task-view.tsx keeps when a task is confirmed.
    const label = { item: `${section.role}/${item.id}` }
    const text = ownMsg(msg`Saved: “${label}” is confirmed.`)
    expect(inLanguage('en', text, english)).toBe(`Saved: “${item.label}” is confirmed.`)
    expect(inLanguage('vi', text, translated)).toContain(viLabel)
  })
})
