import { join } from 'node:path'
import type { AppInfo, EventName, EventPayload, Handlers } from '../src-shared/contract'
import type { Guide } from '../src-shared/guide-schema'
import { fail, ok } from '../src-shared/result'
import type { Result } from '../src-shared/result'
import type { Clock } from './config/clock'
import { DEFAULT_SETTINGS } from './config/settings'
import type { Settings } from './config/settings'
import { loadGuide } from './guide/load-guide'
import { createDispatcher } from './ipc/binder'
import type { Dispatch, Logger } from './ipc/binder'
import type { SenderCheck } from './ipc/sender'
import { Ledger } from './ledger/ledger'
import type { OpenStore } from './ledger/store-port'
import { createMfaService } from './mfa/mfa-service'
import type { MfaService } from './mfa/mfa-service'
import { openMfaState } from './mfa/mfa-state'
import { loadPolicies } from './policies/load-policies'
import type { Ports } from './ports'
import { localTimeZone } from './profile/deadlines'
import { DomainEventSchema, LEDGER_VERSION } from './registry/events'
import type { DomainBody, DomainEvent } from './registry/events'
import { createHandlers } from './registry/handlers'
import { migrateV1 } from './registry/migrate-v1'
import { createRecord } from './registry/record'
import type { RecordService } from './registry/record'
import type { CurrentPolicy } from './registry/slice'
import { createSupportService } from './support/support-service'
import { rememberSaves, savedFiles } from './system/saved-files'
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
  record: Result<RecordService>
  dispatcher(isTrusted: SenderCheck): Dispatch
}

const errorName = (error: unknown) => (error instanceof Error ? error.name : typeof error)

function openRecord(options: CoreOptions, guide: Guide, settings: Settings, timeZone: string, policies: CurrentPolicy[]): Result<RecordService> {
  const { info, clock, emit, log } = options
  try {
    const format = { version: LEDGER_VERSION, schema: DomainEventSchema, migrate: (from: number, events: Parameters<typeof migrateV1>[1]) => (from === 1 ? migrateV1(guide, events) : null) }
    const ledger = Ledger.open<DomainEvent, DomainBody>(options.openStore, info.dataDir, clock.now(), format)
    return ok(createRecord(ledger, { guide, clock, settings, timeZone, policies, notify: (s) => emit('ledger:changed', s) }))
  } catch (error) {
    log?.(`ledger could not be opened: ${errorName(error)}`)
    return fail(
      'unavailable',
      `Your progress file in ${info.dataDir} could not be opened. Nothing was changed. Check that the folder exists and you can write to it, then restart the app.`,
    )
  }
}

function openMfa(options: CoreOptions, record: RecordService): Result<MfaService> {
  try {
    const state = openMfaState(options.openStore, options.info.dataDir, options.clock.now())
    return ok(createMfaService({ state, vault: options.ports.vault, clock: options.clock, record, notify: (s) => options.emit('mfa:changed', s) }))
  } catch (error) {
    options.log?.(`MFA state could not be opened: ${errorName(error)}`)
    return fail('unavailable', `The MFA practice file in ${options.info.dataDir} could not be opened. The rest of the assistant still works.`)
  }
}

// Builds every main-process service from its ports; Electron and the e2e harness both call this.
export function createCore(options: CoreOptions): Core {
  const settings = options.settings ?? DEFAULT_SETTINGS
  const timeZone = options.timeZone ?? localTimeZone()
  const guide = loadGuide(options.resourcesDir)
  const policyLoad = loadPolicies(options.policiesDir ?? join(options.resourcesDir, 'policies'))
  for (const problem of policyLoad.problems) options.log?.(problem.message)
  const current = policyLoad.policies.map(({ id, title, version, sha256 }) => ({ id, title, version, sha256 }))
  const record = guide.ok ? openRecord(options, guide.value, settings, timeZone, current) : guide
  const mfa = record.ok ? openMfa(options, record.value) : record
  // What the app saves or moves aside this run is the only thing "Show in folder" may reveal.
  const saved = savedFiles()
  saved.add(record.ok ? record.value.snapshot().recovery?.movedTo : null)
  const ports = { ...options.ports, files: rememberSaves(options.ports.files, saved) }
  const support = record.ok
    ? ok(createSupportService({ info: options.info, record: record.value, ports, clock: options.clock, settings, timeZone, guide: record.value.guide, policies: current }))
    : record
  const { externalAllowlist, ...publicSettings } = settings
  const handlers = createHandlers({
    info: options.info,
    settings: publicSettings,
    guide,
    record,
    mfa,
    support,
    policies: policyLoad,
    // Texts shipped with the app are samples; an administrator's policyTextsDir holds the official ones.
    sampleTexts: options.policiesDir === undefined,
    system: createSystemService(ports, externalAllowlist, saved),
    saved,
  })
  return { handlers, record, dispatcher: (isTrusted) => createDispatcher(handlers, isTrusted, options.log) }
}
