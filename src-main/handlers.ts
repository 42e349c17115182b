import type { AppInfo, Handlers, ManagedSetting, SettingsView } from '../src-shared/contract'
import type { Guide } from '../src-shared/guide-schema'
import { say } from '../src-shared/message'
import { languageRefusals } from '../src-shared/messages/language'
import type { Result } from '../src-shared/result'
import { checklistHandlers } from './checklist/handlers'
import type { Drafts } from './drafts/drafts'
import { draftHandlers } from './drafts/handlers'
import { AppFailure } from './errors'
import { mfaHandlers } from './mfa/handlers'
import type { MfaService } from './mfa/mfa-service'
import type { PolicyLoad } from './policies/load-policies'
import { policyHandlers } from './policies/handlers'
import { profileHandlers } from './profile/handlers'
import { registrationHandlers } from './registration/handlers'
import { requestHandlers } from './request/handlers'
import { supportHandlers } from './support/handlers'
import type { SupportService } from './support/support-service'
import type { SavedFiles } from './system/saved-files'
import { systemHandlers } from './system/handlers'
import type { SystemService } from './system/system-service'
import type { LanguageService } from './language/language'
import type { ChosenLanguage } from '../src-shared/languages'
import type { RecordService } from './kit/record'
import { recordFacts } from './registry/progress'

interface Services {
  info: AppInfo
  settings: SettingsView
  guide: Result<Guide>
  /** The guide in a language; English texts stand in for any that cannot be loaded. */
  guideIn?: (language: ChosenLanguage) => Guide
  record: Result<RecordService>
  mfa: Result<MfaService>
  support: Result<SupportService>
  drafts: Result<Drafts>
  language: LanguageService
  onLanguage?: (language: ChosenLanguage) => void
  system: SystemService
  /** Files written or moved aside this run; an archive made by Start over joins them. */
  saved?: SavedFiles
  policies: PolicyLoad
  /** The Managed settings view's rows: each setting, its value and where it came from. */
  managed: () => Promise<ManagedSetting[]>
  sampleTexts: boolean
}

// A part that could not start answers every use with why it could not, and the rest of the app goes on working.
function usable<T extends object>(part: Result<T>): T {
  if (part.ok) return part.value
  const { code, message } = part.error
  return new Proxy({} as T, {
    get() {
      throw new AppFailure(code, message)
    },
  })
}

// Each domain's handler map, joined; typed as Handlers, so a channel no domain answers does not compile. Each domain wires
// its own handlers and their side effects (a saved form clears its draft); what is left here is the app's own channels
// and the record's (Start over also empties the drafts and lets the archive be shown in its folder).
export function createHandlers(s: Services): Handlers {
  const record = usable(s.record)
  const drafts = s.drafts.ok ? s.drafts.value : null
  const guideIn = (language: ChosenLanguage) => {
    if (!s.guide.ok) throw new AppFailure(s.guide.error.code, s.guide.error.message)
    return s.guideIn ? s.guideIn(language) : s.guide.value
  }
  return {
    'app:info': () => s.info,
    'config:current': () => s.settings,
    'config:managed': () => s.managed(),
    'guide:definition': () => guideIn(s.language.current().language),
    'guide:in-language': ({ language }) => guideIn(language),
    'language:current': () => s.language.current(),
    'language:choose': ({ language }) => {
      const chosen = s.language.choose(language)
      if (!chosen) throw new AppFailure('not-allowed', say(languageRefusals.notOffered))
      s.onLanguage?.(chosen.view.language)
      return chosen.view
    },
    'ledger:snapshot': () => record.snapshot(),
    'ledger:acknowledge-recovery': () => record.acknowledgeRecovery(),
    'ledger:start-over': () => {
      const started = record.startOver()
      try {
        drafts?.clearAll()
      } catch {
        // A draft left behind is only stale; the next save of its form clears it.
      }
      s.saved?.add(started.archivedTo)
      return started
    },
    ...profileHandlers(record),
    ...requestHandlers(record, drafts),
    ...registrationHandlers(record, drafts),
    ...draftHandlers(usable(s.drafts)),
    ...checklistHandlers(record, () => recordFacts(record.state(), record.policies)),
    ...policyHandlers(record, s.policies, s.sampleTexts),
    ...mfaHandlers(usable(s.mfa)),
    ...supportHandlers(usable(s.support)),
    ...systemHandlers(s.system),
  }
}
