import type { AppInfo } from '../../src-shared/contract'
import type { Guide } from '../../src-shared/guide-schema'
import type { LedgerService } from '../ledger/ledger-service'
import { AppFailure } from './app-failure'
import type { Handlers } from './binder'

export type Available<T> = { ok: true; value: T } | { ok: false; message: string }

// One handler per contract channel; the Handlers type makes a missing channel a compile error.
export function createHandlers(info: AppInfo, guide: Available<Guide>, ledger: Available<LedgerService>): Handlers {
  const need = <T>(part: Available<T>): T => {
    if (!part.ok) throw new AppFailure('unavailable', part.message)
    return part.value
  }
  return {
    'app:info': () => info,
    'guide:definition': () => need(guide),
    'ledger:snapshot': () => need(ledger).snapshot(),
    'ledger:record': (input) => need(ledger).record(input),
    'ledger:acknowledge-recovery': () => need(ledger).acknowledgeRecovery(),
  }
}
