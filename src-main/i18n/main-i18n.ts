import { setupI18n } from '@lingui/core'
import type { Messages } from '@lingui/core'
import type { ChosenLanguage } from '../../src-shared/languages'
import type { Msg } from '../../src-shared/message'
import { pseudoMessages } from '../../src-renderer/src/i18n/pseudo'
import { sayWith } from '../../src-renderer/src/i18n/say'
import { messages as en } from 'virtual:main-english'

// What main draws itself (the menu, native dialogs, the error box) in the user's language, from the renderer's catalog.
// English is in main's entry (the first words and the fallback), only the messages main can say (mainEnglish in
// lingui-english-split.ts); another language is its own chunk, read when chosen, so a start compiles one catalog, not four.
type Catalog = () => Promise<{ messages: Messages }>
const others: Record<Exclude<ChosenLanguage, 'pseudo' | 'en'>, Catalog> = {
  'zh-Hans': () => import('../../src-renderer/src/locales/zh-Hans/messages.po'),
  vi: () => import('../../src-renderer/src/locales/vi/messages.po'),
  id: () => import('../../src-renderer/src/locales/id/messages.po'),
}
const catalogs = new Map<ChosenLanguage, Messages>([['en', en]])

// The tag Intl formats days and times with; English and the pseudo-locale write dates as Singapore does (4 December 2026).
const intlTag = (language: ChosenLanguage): string => (language === 'en' || language === 'pseudo' ? 'en-GB' : language)

// The Vite plugin compiles a message missing from a language's catalog as its English text, never as its id.
const readCatalog = (language: keyof typeof others): Promise<Messages> =>
  others[language]().then(({ messages }) => {
    catalogs.set(language, messages)
    return messages
  })

const i18n = setupI18n()
let current: ChosenLanguage = 'en'
// The language asked for last, and the switch to it: a later call wins over one still reading its catalog.
let wanted: ChosenLanguage = 'en'
let switching: Promise<void> = Promise.resolve()
i18n.loadAndActivate({ locale: 'en', locales: [intlTag('en')], messages: en })

type Listener = (language: ChosenLanguage) => void
const listeners = new Set<Listener>()

export const mainLanguage = (): ChosenLanguage => current

/**
 * Says main's own texts in `language` once its catalog is read (at once for English); the menu rebuilds itself then
 * (platform/menu.ts listens). Until then main keeps the language it speaks. A catalog that cannot be read changes nothing.
 */
export function setMainLanguage(language: ChosenLanguage): Promise<void> {
  wanted = language
  if (language === current && i18n.locale === language) return (switching = Promise.resolve())
  const activate = (messages: Messages) => {
    if (wanted !== language) return
    current = language
    i18n.loadAndActivate({ locale: language, locales: [intlTag(language)], messages })
    for (const listener of listeners) listener(language)
  }
  const known = language === 'pseudo' ? pseudoMessages(en) : catalogs.get(language)
  if (known) {
    activate(known)
    return (switching = Promise.resolve())
  }
  return (switching = readCatalog(language as keyof typeof others).then(activate, () => {}))
}

/** Resolves once the language asked for last is the one main speaks (or its catalog could not be read). */
export const mainLanguageSettled = (): Promise<void> => switching

/** Runs `listener` after every change of language; returns a function that stops it. */
export function onMainLanguage(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** A message in the current language. Days and times are formatted with Intl in it; sections and items name their role and id. */
export const tr = (message: Msg): string => sayWith({ i18n, guide: null }, message)
