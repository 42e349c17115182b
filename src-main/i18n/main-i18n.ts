import { setupI18n } from '@lingui/core'
import type { Messages } from '@lingui/core'
import type { ChosenLanguage } from '../../src-shared/languages'
import type { Msg } from '../../src-shared/message'
import { pseudoMessages } from '../../src-renderer/src/i18n/pseudo'
import { sayWith } from '../../src-renderer/src/i18n/say'
import { messages as en } from '../../src-renderer/src/locales/en/messages.po'
import { messages as id } from '../../src-renderer/src/locales/id/messages.po'
import { messages as vi } from '../../src-renderer/src/locales/vi/messages.po'
import { messages as zhHans } from '../../src-renderer/src/locales/zh-Hans/messages.po'

// What main draws itself (the menu, native dialogs, the error box) in the user's language, from the renderer's catalog.
// Every language is loaded at once: main's bundle size does not matter, and a switch must be instant.
const catalogs: Record<Exclude<ChosenLanguage, 'pseudo'>, Messages> = { en, 'zh-Hans': zhHans, vi, id }

// The tag Intl formats days and times with; English and the pseudo-locale write dates as Singapore does (4 December 2026).
const intlTag = (language: ChosenLanguage): string => (language === 'en' || language === 'pseudo' ? 'en-GB' : language)

// The Vite plugin compiles a message missing from a language's catalog as its English text, never as its id.
const messagesFor = (language: ChosenLanguage): Messages => (language === 'pseudo' ? pseudoMessages(en) : catalogs[language])

const i18n = setupI18n()
let current: ChosenLanguage = 'en'
i18n.loadAndActivate({ locale: 'en', locales: [intlTag('en')], messages: en })

type Listener = (language: ChosenLanguage) => void
const listeners = new Set<Listener>()

export const mainLanguage = (): ChosenLanguage => current

/** Says main's own texts in `language` from now on; the menu rebuilds itself (platform/menu.ts listens). */
export function setMainLanguage(language: ChosenLanguage): void {
  if (language === current && i18n.locale === language) return
  current = language
  i18n.loadAndActivate({ locale: language, locales: [intlTag(language)], messages: messagesFor(language) })
  for (const listener of listeners) listener(language)
}

/** Runs `listener` after every change of language; returns a function that stops it. */
export function onMainLanguage(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** A message in the current language. Days and times are formatted with Intl in it; sections and items name their role and id. */
export const tr = (message: Msg): string => sayWith({ i18n, guide: null }, message)
