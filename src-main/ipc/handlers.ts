import type { AppInfo, SettingsView } from '../../src-shared/contract'
import type { Guide } from '../../src-shared/guide-schema'
import type { LedgerService } from '../ledger/ledger-service'
import type { MfaService } from '../mfa/mfa-service'
import type { PolicyService } from '../policies/policy-service'
import type { SupportService } from '../support/support-service'
import { CodeSchema } from '../../src-shared/mfa-schema'
import type { OnboardingService } from '../onboarding/onboarding-service'
import type { SystemService } from '../system/system-service'
import { AppFailure } from './app-failure'
import type { Handlers } from './binder'

export type Available<T> = { ok: true; value: T } | { ok: false; message: string }

export interface Services {
  info: AppInfo
  settings: SettingsView
  guide: Available<Guide>
  ledger: Available<LedgerService>
  onboarding: Available<OnboardingService>
  mfa: Available<MfaService>
  policies: Available<PolicyService>
  support: Available<SupportService>
  system: SystemService
}

// One handler per contract channel; the Handlers type makes a missing channel a compile error.
export function createHandlers(s: Services): Handlers {
  const need = <T>(part: Available<T>): T => {
    if (!part.ok) throw new AppFailure('unavailable', part.message)
    return part.value
  }
  return {
    'app:info': () => s.info,
    'config:current': () => s.settings,
    'guide:definition': () => need(s.guide),
    'ledger:snapshot': () => need(s.ledger).snapshot(),
    'ledger:record': (input) => need(s.ledger).record(input),
    'ledger:acknowledge-recovery': () => need(s.ledger).acknowledgeRecovery(),
    'ledger:reopen': ({ sectionId }) => need(s.ledger).reopen(sectionId),
    'ledger:start-over': () => need(s.ledger).startOver(),
    'profile:save': (input) => need(s.onboarding).saveProfile(input),
    'request:send': (input) => need(s.onboarding).sendRequest(input),
    'request:email-received': ({ on }) => need(s.onboarding).registrationEmailReceived(on),
    'registration:save': (input) => need(s.onboarding).saveRegistration(input),
    'invitation:renew': () => need(s.onboarding).renewInvitation(),
    'mfa:status': () => need(s.mfa).status(),
    'mfa:enrol': () => need(s.mfa).enrol(),
    'mfa:reveal': () => need(s.mfa).reveal(),
    'mfa:verify': ({ code }) => {
      const parsed = CodeSchema.safeParse(code)
      if (!parsed.success) throw new AppFailure('bad-input', `${parsed.error.issues[0]?.message ?? 'Type the 6-digit code.'} Nothing was checked.`)
      return need(s.mfa).verify(parsed.data)
    },
    'mfa:record-number-matching': () => need(s.mfa).practisedNumberMatching(),
    'policy:list': () => need(s.policies).list(),
    'policy:accept': (input) => need(s.policies).accept(input),
    'password:confirm-reset': () => need(s.ledger).commit({ type: 'password-reset-confirmed', data: {} }),
    'support:export': ({ redact }) => need(s.support).exportBundle(redact),
    'support:import': () => need(s.support).importBundle(),
    'print:pdf': ({ kind }) => need(s.support).print(kind),
    'shell:open-external': ({ url }) => s.system.openExternal(url),
    'clipboard:write': ({ text }) => s.system.copy(text),
    'files:save-text': ({ suggestedName, text }) => s.system.saveText(suggestedName, text),
  }
}
