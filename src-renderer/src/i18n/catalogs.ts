import { i18n, setupI18n } from '@lingui/core'
import type { I18n, Messages } from '@lingui/core'
import type { ChosenLanguage } from '../../../src-shared/languages'
import { messages as englishFirst } from 'virtual:english-first'

// English comes in two parts (lingui-english-split.ts): the first screen's messages are in the first screen's script;
// the rest is its own file, fetched at once. Every other language is one file, fetched when it is chosen.
const others: Record<Exclude<ChosenLanguage, 'en' | 'pseudo'>, () => Promise<{ messages: Messages }>> = {
  'zh-Hans': () => import('../locales/zh-Hans/messages.po'),
  vi: () => import('../locales/vi/messages.po'),
  id: () => import('../locales/id/messages.po'),
}

i18n.loadAndActivate({ locale: 'en', locales: ['en-GB'], messages: englishFirst })

// The rest of English. When it arrives while English is on screen, Lingui's change event redraws what is shown.
const englishRest: Promise<Messages> = import('virtual:english-rest').then(({ messages }) => {
  i18n.load('en', messages)
  if (i18n.locale === 'en') i18n.activate('en', ['en-GB'])
  return messages
})
const englishWhole = (): Promise<Messages> => englishRest.then((rest) => ({ ...englishFirst, ...rest }))

// A part of the page loaded on demand (a step's tool, the helpdesk guide, a dialog) shows only once every message it
// can say is here, so it never flashes a message id. Only English comes in parts: in another language (whole when it
// was activated) the part does not wait for the rest of English. Switching to English later activates all of it first.
export const withWholeCatalog =
  <M>(load: () => Promise<M>): (() => Promise<M>) =>
  () =>
    i18n.locale === 'en' ? Promise.all([load(), englishRest]).then(([module]) => module) : load()

// The tag Intl formats dates, numbers and lists with; the pseudo-locale formats like English, as Singapore writes dates (4 December 2026).
export const intlTag = (language: ChosenLanguage): string => (language === 'pseudo' || language === 'en' ? 'en-GB' : language)

// A language's messages, the whole catalog: English's rest is awaited, another language is fetched.
export async function catalogMessages(language: ChosenLanguage): Promise<Messages> {
  if (language === 'en') return englishWhole()
  if (language === 'pseudo') {
    const [{ pseudoMessages }, english] = await Promise.all([import('./pseudo'), englishWhole()])
    return pseudoMessages(english)
  }
  return (await others[language]()).messages
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
