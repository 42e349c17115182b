import { join } from 'node:path'
import type { AppInfo, EventName, EventPayload } from '../src-shared/contract'
import type { Guide } from '../src-shared/guide-schema'
import type { Clock } from './config/clock'
import { DEFAULT_SETTINGS } from './config/settings'
import type { Settings } from './config/settings'
import { loadGuide } from './guide/load-guide'
import { createDispatcher } from './ipc/binder'
import type { Dispatch, Handlers, Logger } from './ipc/binder'
import { createHandlers } from './ipc/handlers'
import type { Available } from './ipc/handlers'
import type { SenderCheck } from './ipc/sender'
import { Ledger } from './ledger/ledger'
import { createLedgerService } from './ledger/ledger-service'
import type { LedgerService } from './ledger/ledger-service'
import type { OpenStore } from './ledger/store-port'
import { localTimeZone } from './onboarding/deadlines'
import type { CurrentPolicy } from './onboarding/snapshot'
import { createOnboardingService } from './onboarding/onboarding-service'
import type { OnboardingService } from './onboarding/onboarding-service'
import { createMfaService } from './mfa/mfa-service'
import type { MfaService } from './mfa/mfa-service'
import { openMfaState } from './mfa/mfa-state'
import { loadPolicies } from './policies/load-policies'
import { createPolicyService } from './policies/policy-service'
import type { PolicyService } from './policies/policy-service'
import type { Ports } from './ports'
import { createSupportService } from './support/support-service'
import type { SupportService } from './support/support-service'
import { createSystemService } from './system/system-service'

export interface CoreOptions {
  info: AppInfo
  resourcesDir: string
  /** Replacement policy texts from the configuration; the bundled ones otherwise. */
  policiesDir?: string
  openStore: OpenStore
  clock: Clock
  ports: Ports
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void
  settings?: Settings
  timeZone?: string
  log?: Logger
}

export interface Core {
  handlers: Handlers
  ledger: Available<LedgerService>
  dispatcher(isTrusted: SenderCheck): Dispatch
}

function openLedger(options: CoreOptions, guide: Guide, settings: Settings, timeZone: string, policies: CurrentPolicy[]): Available<LedgerService> {
  const { info, clock, emit, log } = options
  try {
    const opened = Ledger.open(options.openStore, info.dataDir, clock.now())
    return { ok: true, value: createLedgerService(opened, { guide, clock, settings, timeZone, policies, notify: (s) => emit('ledger:changed', s) }) }
  } catch (error) {
    log?.(`ledger could not be opened: ${error instanceof Error ? error.name : typeof error}`)
    return {
      ok: false,
      message: `Your progress file in ${info.dataDir} could not be opened. Nothing was changed. Check that the folder exists and you can write to it, then restart the app.`,
    }
  }
}

function openMfa(options: CoreOptions, ledger: LedgerService): Available<MfaService> {
  try {
    const state = openMfaState(options.openStore, options.info.dataDir, options.clock.now())
    return { ok: true, value: createMfaService({ state, vault: options.ports.vault, clock: options.clock, ledger, notify: (s) => options.emit('mfa:changed', s) }) }
  } catch (error) {
    options.log?.(`MFA state could not be opened: ${error instanceof Error ? error.name : typeof error}`)
    return { ok: false, message: `The MFA practice file in ${options.info.dataDir} could not be opened. The rest of the assistant still works.` }
  }
}

// Builds every main-process service from its ports; Electron and the e2e harness both call this.
export function createCore(options: CoreOptions): Core {
  const settings = options.settings ?? DEFAULT_SETTINGS
  const timeZone = options.timeZone ?? localTimeZone()
  const loaded = loadGuide(options.resourcesDir)
  const guide: Available<Guide> = loaded.ok ? { ok: true, value: loaded.guide } : { ok: false, message: loaded.message }
  const policyLoad = loadPolicies(options.policiesDir ?? join(options.resourcesDir, 'policies'))
  for (const problem of policyLoad.problems) options.log?.(problem.message)
  const ledger = guide.ok ? openLedger(options, guide.value, settings, timeZone, policyLoad.policies) : guide
  const policies: Available<PolicyService> = !ledger.ok ? ledger : guide.ok ? { ok: true, value: createPolicyService(policyLoad, guide.value, ledger.value) } : guide
  const onboarding: Available<OnboardingService> = ledger.ok
    ? { ok: true, value: createOnboardingService(ledger.value, settings, options.clock, timeZone) }
    : ledger
  const mfa = ledger.ok ? openMfa(options, ledger.value) : ledger
  const support: Available<SupportService> = !ledger.ok
    ? ledger
    : !guide.ok
      ? guide
      : {
          ok: true,
          value: createSupportService({
            info: options.info,
            guide: guide.value,
            ledger: ledger.value,
            ports: options.ports,
            clock: options.clock,
            settings,
            timeZone,
            policies: policyLoad.policies,
          }),
        }
  const { externalAllowlist, ...publicSettings } = settings
  const handlers = createHandlers({
    info: options.info,
    settings: publicSettings,
    guide,
    ledger,
    onboarding,
    mfa,
    policies,
    support,
    system: createSystemService(options.ports, externalAllowlist),
  })
  return { handlers, ledger, dispatcher: (isTrusted) => createDispatcher(handlers, isTrusted, options.log) }
}
