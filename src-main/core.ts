import { join } from 'node:path'
import type { AppInfo, EventName, EventPayload, Handlers } from '../src-shared/contract'
import type { Snapshot } from '../src-shared/snapshot-schema'
import type { ChosenLanguage } from '../src-shared/languages'
import type { Guide } from '../src-shared/guide-schema'
import { say } from '../src-shared/message'
import { storageFailures } from '../src-shared/messages/storage'
import { fail, ok } from '../src-shared/result'
import type { Result } from '../src-shared/result'
import type { Clock } from './config/clock'
import { DEFAULT_SETTINGS } from './config/settings'
import { openDrafts } from './drafts/drafts'
import type { Drafts } from './drafts/drafts'
import type { Settings } from './config/settings'
import type { SettingOrigins } from './config/config-file'
import { managedSettings } from './config/managed-view'
import { guideLanguages } from './guide/guide-languages'
import { loadGuide } from './guide/load-guide'
import { openLanguage } from './language/language'
import { createDispatcher } from './ipc/binder'
import type { Dispatch, Logger } from './ipc/binder'
import { checkedEmit } from './ipc/push'
import type { SenderCheck } from './ipc/sender'
import { Ledger } from './ledger/ledger'
import type { OpenStore } from './storage/store-port'
import { createMfaService } from './mfa/mfa-service'
import type { MfaService } from './mfa/mfa-service'
import { openMfaState } from './mfa/mfa-state'
import { loadPolicyTexts } from './policies/load-policies'
import type { PolicyTextVet } from './policies/load-policies'
import type { Ports } from './ports'
import { localTimeZone } from './kit/deadlines'
import { createHandlers } from './handlers'
import { appLedgerFormat } from './registry/format'
import { createRecord } from './registry/record'
import type { RecordService } from './kit/record'
import type { CurrentPolicy } from './kit/slice'
import { createSupportService } from './support/support-service'
import { rememberSaves, savedFiles } from './system/saved-files'
import type { SavedFiles } from './system/saved-files'
import { createSystemService } from './system/system-service'

export interface CoreOptions {
  info: AppInfo
  resourcesDir: string
  /** Replacement policy texts from the configuration; the bundled ones otherwise. */
  policiesDir?: string
  /** The system configuration's trust rules for each file in policiesDir (system-config.ts); none for a test file. */
  vetPolicyText?: PolicyTextVet
  /** Opens mfa.json, drafts.json and preferences.json (storage/conf-store.ts); the ledger writes its own file. */
  openStore: OpenStore
  clock: Clock
  ports: Ports
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void
  settings?: Settings
  /** Where each setting not at its default came from (config-file.ts), for the Managed settings view. */
  origins?: SettingOrigins
  timeZone?: string
  /** The operating system's preferred languages (BCP 47), most preferred first; a first start follows them. */
  systemLanguages?: readonly string[]
  /** Told the language at start and whenever the user chooses another (main's menu and dialogs follow it). */
  onLanguage?: (language: ChosenLanguage) => void
  log?: Logger
}

export interface Core {
  handlers: Handlers
  record: Result<RecordService>
  dispatcher(isTrusted: SenderCheck): Dispatch
}

const errorName = (error: unknown) => (error instanceof Error ? error.name : typeof error)

function openRecord(
  options: CoreOptions,
  guide: Guide,
  settings: Settings,
  zone: () => string,
  policies: CurrentPolicy[],
  language: () => ChosenLanguage,
  saved: SavedFiles,
): Result<RecordService> {
  const { info, clock, emit, log } = options
  try {
    // Version 1 (0.1.0) had other events; version 2 had today's, in one JSON document.
    const ledger = Ledger.open(info.dataDir, clock.now(), appLedgerFormat(guide, info.version))
    if (ledger.tornTail) log?.(`an unfinished last line of the ledger was kept in ${ledger.tornTail} and cut off`)
    saved.add(ledger.recovery?.movedTo)
    const notify = (snapshot: Snapshot) => emit('ledger:changed', snapshot)
    return ok(
      createRecord(ledger, {
        guide,
        clock,
        settings,
        get timeZone() {
          return zone()
        },
        policies,
        language,
        notify,
      }),
    )
  } catch (error) {
    log?.(`ledger could not be opened: ${errorName(error)}`)
    return fail('unavailable', say(storageFailures.progressUnavailable, { folder: info.dataDir }))
  }
}

function openMfa(options: CoreOptions, record: RecordService): Result<MfaService> {
  try {
    const state = openMfaState(options.openStore, options.info.dataDir, options.clock.now(), record.state().mfa.enrolled)
    return ok(createMfaService({ state, vault: options.ports.vault, clock: options.clock, record, notify: (s) => options.emit('mfa:changed', s) }))
  } catch (error) {
    options.log?.(`MFA state could not be opened: ${errorName(error)}`)
    return fail('unavailable', say(storageFailures.mfaUnavailable, { folder: options.info.dataDir }))
  }
}

// Unsaved form values are a convenience: if their file cannot be opened, the forms still work, only without drafts.
function openDraftStore(options: CoreOptions): Result<Drafts> {
  try {
    return ok(openDrafts(options.openStore, options.info.dataDir, options.clock.now()))
  } catch (error) {
    options.log?.(`drafts could not be opened: ${errorName(error)}`)
    return fail('unavailable', say(storageFailures.draftsUnavailable, { folder: options.info.dataDir }))
  }
}

// Builds every main-process service from its ports; Electron and the e2e harness both call this.
export function createCore(given: CoreOptions): Core {
  const options = { ...given, emit: checkedEmit(given.emit, given.log) }
  const settings = options.settings ?? DEFAULT_SETTINGS
  // The system's zone is asked for when a day is first counted (the first snapshot, after the window): the first Intl
  // formatter in a process costs about 10 ms, which the start before the window need not pay.
  let zoneName: string | undefined
  const zone = () => (zoneName ??= options.timeZone ?? localTimeZone())
  const guide = loadGuide(options.resourcesDir)
  const policyLoad = loadPolicyTexts(join(options.resourcesDir, 'policies'), options.policiesDir, options.vetPolicyText)
  // The log names the file and the problem's id; the words are for the screen.
  for (const problem of policyLoad.problems) options.log?.(`policy file ${problem.file}: ${problem.message.id}`)
  const current = policyLoad.policies.map(({ id, title, version, sha256 }) => ({ id, title, version, sha256 }))
  const language = openLanguage({
    openStore: options.openStore,
    dir: options.info.dataDir,
    now: options.clock.now(),
    policy: settings.language,
    system: options.systemLanguages ?? [],
    allowPseudo: !options.info.isPackaged,
  })
  options.onLanguage?.(language.current().language)
  // What the app saves or moves aside this run is the only thing "Show in folder" may reveal.
  const saved = savedFiles()
  const record = guide.ok ? openRecord(options, guide.value, settings, zone, current, () => language.current().language, saved) : guide
  const mfa = record.ok ? openMfa(options, record.value) : record
  const ports = { ...options.ports, files: rememberSaves(options.ports.files, saved) }
  const support = record.ok
    ? ok(
        createSupportService({
          info: options.info,
          record: record.value,
          ports,
          clock: options.clock,
          settings,
          get timeZone() {
            return zone()
          },
          guide: record.value.guide,
          policies: current,
        }),
      )
    : record
  const { externalAllowlist, language: _languagePolicy, ...publicSettings } = settings
  const handlers = createHandlers({
    info: options.info,
    settings: publicSettings,
    guide,
    ...(guide.ok ? { guideIn: guideLanguages(options.resourcesDir, guide.value, options.log) } : {}),
    record,
    mfa,
    support,
    drafts: openDraftStore(options),
    language,
    ...(options.onLanguage ? { onLanguage: options.onLanguage } : {}),
    policies: { policies: policyLoad.policies, problems: policyLoad.problems },
    managed: () => managedSettings(settings, options.policiesDir ?? null, options.origins ?? {}),
    // Texts shipped with the app are samples; an administrator's policyTextsDir holds the official ones.
    sampleTexts: !policyLoad.official,
    system: createSystemService(ports, externalAllowlist, saved),
    saved,
  })
  return { handlers, record, dispatcher: (isTrusted) => createDispatcher(handlers, isTrusted, options.log) }
}
