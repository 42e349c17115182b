import type { AppInfo, Handlers, SettingsView } from '../../src-shared/contract'
import type { Guide } from '../../src-shared/guide-schema'
import type { Result } from '../../src-shared/result'
import { checklistHandlers } from '../checklist/handlers'
import { AppFailure } from '../errors'
import { mfaHandlers } from '../mfa/handlers'
import type { MfaService } from '../mfa/mfa-service'
import type { PolicyLoad } from '../policies/load-policies'
import { policyHandlers } from '../policies/handlers'
import { profileHandlers } from '../profile/handlers'
import { registrationHandlers } from '../registration/handlers'
import { requestHandlers } from '../request/handlers'
import type { SupportService } from '../support/support-service'
import type { SavedFiles } from '../system/saved-files'
import type { SystemService } from '../system/system-service'
import type { RecordService } from './record'

export interface Services {
  info: AppInfo
  settings: SettingsView
  guide: Result<Guide>
  record: Result<RecordService>
  mfa: Result<MfaService>
  support: Result<SupportService>
  system: SystemService
  /** Files written or moved aside this run; an archive made by Start over joins them. */
  saved?: SavedFiles
  policies: PolicyLoad
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

// Each domain's handler map, joined; typed as Handlers, so a channel no domain answers does not compile.
export function createHandlers(s: Services): Handlers {
  const record = usable(s.record)
  const support = usable(s.support)
  return {
    'app:info': () => s.info,
    'config:current': () => s.settings,
    'guide:definition': () => {
      if (!s.guide.ok) throw new AppFailure(s.guide.error.code, s.guide.error.message)
      return s.guide.value
    },
    'ledger:snapshot': () => record.snapshot(),
    'ledger:acknowledge-recovery': () => record.acknowledgeRecovery(),
    'ledger:start-over': () => {
      const done = record.startOver()
      s.saved?.add(done.archivedTo)
      return done
    },
    ...profileHandlers(record),
    ...requestHandlers(record),
    ...registrationHandlers(record),
    ...checklistHandlers(record),
    ...policyHandlers(record, s.policies, s.sampleTexts),
    ...mfaHandlers(usable(s.mfa)),
    'support:export': ({ redact }) => support.exportBundle(redact),
    'support:import': () => support.importBundle(),
    'print:pdf': ({ kind }) => support.print(kind),
    'shell:open-external': ({ url }) => s.system.openExternal(url),
    'clipboard:write': ({ text }) => s.system.copy(text),
    'files:save-text': ({ suggestedName, text }) => s.system.saveText(suggestedName, text),
    'files:show-in-folder': ({ path }) => s.system.showInFolder(path),
  }
}
