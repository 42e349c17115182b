import { i18n, setupI18n } from '@lingui/core'
import type { I18n, Messages } from '@lingui/core'
import type { ChosenLanguage } from '../../../src-shared/languages'
import { messages as english } from '../locales/en/messages.po'
import { pseudoMessages } from './pseudo'

// English is in the first screen's script; every other language is fetched when it is chosen.
const others: Record<Exclude<ChosenLanguage, 'en' | 'pseudo'>, () => Promise<{ messages: Messages }>> = {
  'zh-Hans': () => import('../locales/zh-Hans/messages.po'),
  vi: () => import('../locales/vi/messages.po'),
  id: () => import('../locales/id/messages.po'),
}

i18n.loadAndActivate({ locale: 'en', locales: ['en-GB'], messages: english })

// The tag Intl formats dates, numbers and lists with; the pseudo-locale formats like English, as Singapore writes dates (4 December 2026).
export const intlTag = (language: ChosenLanguage): string => (language === 'pseudo' || language === 'en' ? 'en-GB' : language)

// A language's messages, fetched if they are not in the first screen's script.
export async function catalogMessages(language: ChosenLanguage): Promise<Messages> {
  return language === 'en' ? english : language === 'pseudo' ? pseudoMessages(english) : (await others[language]()).messages
}

export async function activateLanguage(language: ChosenLanguage): Promise<void> {
  if (i18n.locale === language) return
  const messages = await catalogMessages(language)
  i18n.loadAndActivate({ locale: language, locales: [intlTag(language)], messages })
}

// Another language's messages beside the one on screen, without switching it: the helpdesk shows a user's words in
// the user's language beside the agent's.
export async function otherI18n(language: ChosenLanguage): Promise<I18n> {
  return setupI18n({ locale: language, locales: [intlTag(language)], messages: { [language]: await catalogMessages(language) } })
}

export { i18n }
