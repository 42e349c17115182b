// The languages the app speaks; English is the source. `pseudo` is for tests only and never offered to users.
// No zod here: the first screen names the languages without loading the schemas (language-schema.ts has them).
export const LANGUAGES = ['en', 'zh-Hans', 'vi', 'id'] as const
export type Language = (typeof LANGUAGES)[number]
export type ChosenLanguage = Language | 'pseudo'

// The language on screen and the ones the administrator lets the user choose from.
export type LanguageView = { language: ChosenLanguage; offered: Language[] }

// The pseudo-locale is a test of English text: told as English wherever a real language is needed.
export const spokenLanguage = (language: ChosenLanguage): Language => (language === 'pseudo' ? 'en' : language)

// Each language is named in its own words, so a person finds theirs whatever is on screen.
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  'zh-Hans': '简体中文',
  vi: 'Tiếng Việt',
  id: 'Bahasa Indonesia',
}

// BCP 47 tags from the system (zh-CN, zh-Hans-SG, vi-VN, in-ID, en-GB) matched to a language the app speaks.
export function matchLanguage(tag: string): Language | null {
  const lower = tag.toLowerCase().replace(/_/g, '-')
  const [base, ...rest] = lower.split('-')
  if (base === 'en') return 'en'
  if (base === 'vi') return 'vi'
  if (base === 'id' || base === 'in') return 'id'
  // Traditional Chinese (zh-TW, zh-HK, zh-Hant) is not Simplified; those users get English rather than the wrong script.
  if (base === 'zh') return rest.includes('hant') || rest.some((r) => ['tw', 'hk', 'mo'].includes(r)) ? null : 'zh-Hans'
  return null
}

// The first of the system's languages that the app speaks and the administrator allows, else the default.
export function pickLanguage(system: readonly string[], allowed: readonly Language[], fallback: Language): Language {
  for (const tag of system) {
    const found = matchLanguage(tag)
    if (found && allowed.includes(found)) return found
  }
  return fallback
}
