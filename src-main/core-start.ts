import type { AppInfo, EventName, EventPayload } from '../src-shared/contract'
import type { ChosenLanguage } from '../src-shared/languages'
import type { Guide } from '../src-shared/guide-schema'
import type { Snapshot } from '../src-shared/snapshot-schema'
import { say } from '../src-shared/message'
import { storageFailures } from '../src-shared/messages/storage'
import { fail, ok } from '../src-shared/result'
import type { Result } from '../src-shared/result'
import type { Clock } from './config/clock'
import { DEFAULT_SETTINGS } from './config/settings'
import type { Settings } from './config/settings'
import type { SettingOrigins } from './config/config-file'
import { loadGuide } from './guide/load-guide'
import type { Logger } from './ipc/binder'
import { localTimeZone } from './kit/deadlines'
import type { RecordService } from './kit/record'
import type { CurrentPolicy } from './kit/slice'
import { openLanguage } from './language/language'
import type { LanguageService } from './language/language'
import { Ledger } from './ledger/ledger'
import type { PolicyTextVet } from './policies/load-policies'
import type { Ports } from './ports'
import { appLedgerFormat } from './registry/format'
import { createRecord } from './registry/record'
import type { OpenStore } from './storage/store-port'
import { savedFiles } from './system/saved-files'
import type { SavedFiles } from './system/saved-files'

// The first half of main's start, what the window needs before it opens: the guide, the record (the ledger open and
// folded) and the language. The rest (the policy texts, the MFA rehearsal, drafts, support, every handler and the IPC
// contract's schemas) is core-services.ts, which index.ts loads with import() once the window exists, while main would
// otherwise wait for the page; createCore (core.ts) puts the two together at once for the tests and the e2e harness.

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

/** What the second half fills in: the checked push and the policy texts. Read before that, each is a bug and throws. */
export interface Later {
  push: ((snapshot: Snapshot) => void) | null
  policies: readonly CurrentPolicy[] | null
}

export interface CoreStart {
  /** The options without `emit`: a push leaves main only through the contract's check, which the second half adds. */
  options: Omit<CoreOptions, 'emit'>
  /** The unchecked emit, for the second half to wrap in that check (core-services.ts); nothing else sends with it. */
  uncheckedEmit: CoreOptions['emit']
  settings: Settings
  guide: Result<Guide>
  language: LanguageService
  record: Result<RecordService>
  saved: SavedFiles
  zone: () => string
  later: Later
}

export const errorName = (error: unknown) => (error instanceof Error ? error.name : typeof error)

const notYet = (what: string): never => {
  throw new Error(`${what} was used before main's start was finished (core-services.ts)`)
}

function openRecord(start: Omit<CoreStart, 'record' | 'language' | 'uncheckedEmit'>, guide: Guide, language: () => ChosenLanguage): Result<RecordService> {
  const { info, clock, log } = start.options
  try {
    // Version 1 (0.1.0) had other events; version 2 had today's, in one JSON document.
    const ledger = Ledger.open(info.dataDir, clock.now(), appLedgerFormat(guide, info.version))
    if (ledger.tornTail) log?.(`an unfinished last line of the ledger was kept in ${ledger.tornTail} and cut off`)
    start.saved.add(ledger.recovery?.movedTo)
    const { later } = start
    return ok(
      createRecord(ledger, {
        guide,
        clock,
        settings: start.settings,
        get timeZone() {
          return start.zone()
        },
        // The record changes only through handlers, which exist once the start is finished.
        get policies() {
          return later.policies ?? notYet('the policy texts')
        },
        language,
        notify: (snapshot) => (later.push ?? notYet('the ledger:changed push'))(snapshot),
      }),
    )
  } catch (error) {
    log?.(`ledger could not be opened: ${errorName(error)}`)
    return fail('unavailable', say(storageFailures.progressUnavailable, { folder: info.dataDir }))
  }
}

/** The first half of the start: the guide, the language and the record, nothing the window does not need. */
export function openCore({ emit: uncheckedEmit, ...options }: CoreOptions): CoreStart {
  const settings = options.settings ?? DEFAULT_SETTINGS
  // The system's zone is asked for when a day is first counted (the first snapshot, after the window): the first Intl
  // formatter in a process costs about 10 ms, which the start before the window need not pay.
  let zoneName: string | undefined
  const zone = () => (zoneName ??= options.timeZone ?? localTimeZone())
  const guide = loadGuide(options.resourcesDir)
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
  const base = { options, settings, guide, saved: savedFiles(), zone, later: { push: null, policies: null } as Later }
  const record = guide.ok ? openRecord(base, guide.value, () => language.current().language) : guide
  return { ...base, uncheckedEmit, language, record }
}
