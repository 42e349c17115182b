import { z } from 'zod'
import { ChosenLanguageSchema } from '../../src-shared/language-schema'
import { LANGUAGES, pickLanguage } from '../../src-shared/languages'
import type { ChosenLanguage, Language, LanguageView } from '../../src-shared/languages'
import { openOrSetAside, setAsideUnlessEmpty } from '../storage/quarantine'
import type { OpenStore } from '../storage/store-port'

// The language is a preference of this computer's user, kept in preferences.json: not something they did, so never in the ledger.
const PreferencesSchema = z.strictObject({ schemaVersion: z.literal(1), language: ChosenLanguageSchema.optional() })
type Preferences = z.infer<typeof PreferencesSchema>

/** What the administrator allows (configuration `language`): the languages offered and the one to start in. */
export interface LanguagePolicy {
  offered: readonly Language[]
  default: Language | null
}

export const DEFAULT_LANGUAGE_POLICY: LanguagePolicy = { offered: LANGUAGES, default: null }

export interface LanguageService {
  current(): LanguageView
  /** Keeps the choice and says whether it reached the disk; null when that language is not offered. */
  choose(language: ChosenLanguage): { view: LanguageView; kept: boolean } | null
}

interface LanguageOptions {
  openStore: OpenStore
  dir: string
  now: Date
  policy: LanguagePolicy
  /** The operating system's preferred languages, most preferred first (BCP 47). */
  system: readonly string[]
  /** The pseudo-locale is for tests: an installed app never offers it. */
  allowPseudo: boolean
}

// The first start follows the system language when the app speaks it; then the user's own choice wins.
export function openLanguage(options: LanguageOptions): LanguageService {
  const { policy } = options
  const fallback: Language = policy.default ?? (policy.offered.includes('en') ? 'en' : (policy.offered[0] ?? 'en'))
  const allowed = (l: ChosenLanguage) => (l === 'pseudo' ? options.allowPseudo : policy.offered.includes(l))
  let prefs: Preferences = { schemaVersion: 1 }
  let store: ReturnType<typeof openOrSetAside> | null = null
  try {
    store = openOrSetAside(options.openStore, options.dir, 'preferences', options.now)
    const raw = store.read()
    const parsed = PreferencesSchema.safeParse(raw)
    if (parsed.success) prefs = parsed.data
    else setAsideUnlessEmpty(store, raw, options.now)
  } catch {
    // Without its file the app still speaks: the choice only lasts until it closes.
    store = null
  }
  let language: ChosenLanguage =
    prefs.language && allowed(prefs.language) ? prefs.language : (policy.default ?? pickLanguage(options.system, policy.offered, fallback))
  const view = (): LanguageView => ({ language, offered: [...policy.offered] })
  return {
    current: view,
    choose(next) {
      if (!allowed(next)) return null
      language = next
      prefs = { ...prefs, language: next }
      try {
        store?.write(prefs)
        return { view: view(), kept: store !== null }
      } catch {
        return { view: view(), kept: false }
      }
    },
  }
}
