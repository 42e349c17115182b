import { existsSync, readFileSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import type { RecoveryNotice } from '../../src-shared/snapshot-schema'
import { sealEvent, verifyChain } from './chain'
import { LedgerFileSchema } from './events'
import type { EventBody, LedgerEvent } from './events'
import { moveAside, removeStaleTemps } from './quarantine'
import { StoreUnreadableError } from './store-port'
import type { DocumentStore, OpenStore } from './store-port'

export const LEDGER_NAME = 'ledger'

const explain = {
  unreadable: 'Your saved progress file could not be read (it is damaged or not JSON).',
  invalid: 'Your saved progress file is not in the format this app writes.',
  'broken-chain': 'Your saved progress file was changed outside the app, so it can no longer be trusted.',
} as const

// Append-only, hash-chained record of what the user has done.
export class Ledger {
  private constructor(
    private readonly store: DocumentStore,
    private events: LedgerEvent[],
    private pendingRecovery: RecoveryNotice | null,
  ) {}

  static open(openStore: OpenStore, dir: string, now: Date): Ledger {
    const path = join(dir, `${LEDGER_NAME}.json`)
    removeStaleTemps(path)
    const recover = (reason: keyof typeof explain, extra = ''): RecoveryNotice => {
      const movedTo = moveAside(path, 'corrupt', now)
      const message = `${explain[reason]}${extra} It was moved to ${movedTo} and nothing was deleted. A new, empty checklist has been started.`
      return { reason, message, movedTo, detectedAt: now.toISOString() }
    }
    let store: DocumentStore
    try {
      store = openStore({ dir, name: LEDGER_NAME })
    } catch (error) {
      if (!(error instanceof StoreUnreadableError)) throw error
      const notice = recover('unreadable')
      return new Ledger(openStore({ dir, name: LEDGER_NAME }), [], notice)
    }
    const raw = store.read()
    if (isEmptyStore(raw, path)) return new Ledger(store, [], null)
    const file = LedgerFileSchema.safeParse(raw)
    if (!file.success) return new Ledger(store, [], recover('invalid'))
    const check = verifyChain(file.data.events)
    if (!check.ok) return new Ledger(store, [], recover('broken-chain', ` The check failed at event ${check.brokenAt}: ${check.reason}.`))
    return new Ledger(store, check.events, null)
  }

  get path(): string {
    return this.store.path
  }

  get recovery(): RecoveryNotice | null {
    return this.pendingRecovery
  }

  all(): readonly LedgerEvent[] {
    return this.events
  }

  // Archives the file beside itself (never deletes it) and starts a new chain that points to the archive.
  // If the new file cannot be written, the archive is put back, so nothing changes.
  startOver(at: Date): string | null {
    const path = this.store.path
    const archivedTo = existsSync(path) ? moveAside(path, 'archived', at) : null
    const first = sealEvent(undefined, at, { type: 'ledger-started', data: { archivedFrom: archivedTo } })
    try {
      this.store.write({ schemaVersion: 1, events: [first] })
    } catch (error) {
      if (archivedTo) renameSync(archivedTo, path)
      throw error
    }
    this.events = [first]
    this.pendingRecovery = null
    return archivedTo
  }

  // Persists first; memory changes only once the write has succeeded.
  append(body: EventBody, at: Date): LedgerEvent {
    const event = sealEvent(this.events.at(-1), at, body)
    const next = [...this.events, event]
    this.store.write({ schemaVersion: 1, events: next })
    this.events = next
    if (body.type === 'recovery-acknowledged') this.pendingRecovery = null
    return event
  }
}

// conf reads `null`, `42` or `[]` as an empty object; only a missing file or a literal {} is really empty.
function isEmptyStore(raw: unknown, path: string): boolean {
  if (raw === null || typeof raw !== 'object' || Object.keys(raw).length > 0) return false
  if (!existsSync(path)) return true
  try {
    const onDisk: unknown = JSON.parse(readFileSync(path, 'utf8'))
    return onDisk !== null && typeof onDisk === 'object' && !Array.isArray(onDisk) && Object.keys(onDisk).length === 0
  } catch {
    return false
  }
}
