import type { AppInfo, EventName, EventPayload } from '../src-shared/contract'
import type { Guide } from '../src-shared/guide-schema'
import type { Clock } from './config/clock'
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

export interface CoreOptions {
  info: AppInfo
  resourcesDir: string
  openStore: OpenStore
  clock: Clock
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void
  log?: Logger
}

export interface Core {
  handlers: Handlers
  ledger: Available<LedgerService>
  dispatcher(isTrusted: SenderCheck): Dispatch
}

// Builds every main-process service from its ports; Electron and the e2e harness both call this.
export function createCore(options: CoreOptions): Core {
  const { info, clock, emit, log } = options
  const guideLoad = loadGuide(options.resourcesDir)
  const guide: Available<Guide> = guideLoad.ok
    ? { ok: true, value: guideLoad.guide }
    : { ok: false, message: guideLoad.message }
  let ledger: Available<LedgerService>
  if (!guide.ok) {
    ledger = guide
  } else {
    try {
      const opened = Ledger.open(options.openStore, info.dataDir, clock.now())
      ledger = { ok: true, value: createLedgerService(opened, guide.value, clock, (s) => emit('ledger:changed', s)) }
    } catch (error) {
      log?.(`ledger could not be opened: ${error instanceof Error ? error.name : typeof error}`)
      ledger = {
        ok: false,
        message: `Your progress file in ${info.dataDir} could not be opened. Nothing was changed. Check that the folder exists and you can write to it, then restart the app.`,
      }
    }
  }
  const handlers = createHandlers(info, guide, ledger)
  return { handlers, ledger, dispatcher: (isTrusted) => createDispatcher(handlers, isTrusted, log) }
}
