import { existsSync, readFileSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import type { z } from 'zod'
import type { RecoveryNotice } from '../../src-shared/snapshot-schema'
import { sealEvent, verifyChain } from './chain'
import { AnyEventSchema, LedgerFileSchema } from './envelope'
import type { AnyEvent } from './envelope'
import { moveAside, removeStaleTemps } from './quarantine'
import { StoreUnreadableError } from './store-port'
import type { DocumentStore, OpenStore } from './store-port'

export const LEDGER_NAME = 'ledger'

type Meta =
  | { type: 'ledger-started'; data: { archivedFrom: string | null } }
  | { type: 'recovery-acknowledged'; data: { reason: string; movedTo: string } }
  | { type: 'ledger-migrated'; data: { fromVersion: number; backup: string } }

// What a ledger holds: the file version it writes, its event schema, and how to bring older files forward.
export interface LedgerFormat<E extends AnyEvent, B extends { type: string; data: unknown }> {
  version: number
  schema: z.ZodType<E>
  // Given the verified events of an older file, today's bodies with their original times; null if it cannot.
  migrate(fromVersion: number, events: readonly AnyEvent[]): Array<{ at: string; body: B }> | null
}

const explain = {
  unreadable: 'Your saved progress file could not be read (it is damaged or not JSON).',
  invalid: 'Your saved progress file is not in the format this app writes.',
  'broken-chain': 'Your saved progress file was changed outside the app, so it can no longer be trusted.',
} as const

// Append-only, hash-chained record. It knows no domain: the format says which events exist.
export class Ledger<E extends AnyEvent, B extends { type: string; data: unknown }> {
  private constructor(
    private readonly store: DocumentStore,
    private readonly format: LedgerFormat<E, B>,
    private events: readonly E[],
    private pendingRecovery: RecoveryNotice | null,
  ) {}

  static open<E extends AnyEvent, B extends { type: string; data: unknown }>(openStore: OpenStore, dir: string, now: Date, format: LedgerFormat<E, B>): Ledger<E, B> {
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
      return new Ledger(openStore({ dir, name: LEDGER_NAME }), format, [], notice)
    }
    const raw = store.read()
    if (isEmptyStore(raw, path)) return new Ledger(store, format, [], null)
    const file = LedgerFileSchema.safeParse(raw)
    if (!file.success || file.data.schemaVersion > format.version) return new Ledger(store, format, [], recover('invalid'))
    if (file.data.schemaVersion < format.version) return Ledger.migrated(store, format, file.data, now, recover)
    const check = verifyChain(file.data.events, format.schema)
    if (!check.ok) return new Ledger(store, format, [], recover('broken-chain', ` The check failed at event ${check.brokenAt}: ${check.reason}.`))
    return new Ledger(store, format, check.events, null)
  }

  // An older file is checked as it was written, kept beside the new one, and its events carried into a new chain.
  private static migrated<E extends AnyEvent, B extends { type: string; data: unknown }>(
    store: DocumentStore,
    format: LedgerFormat<E, B>,
    file: { schemaVersion: number; events: unknown[] },
    now: Date,
    recover: (reason: keyof typeof explain, extra?: string) => RecoveryNotice,
  ): Ledger<E, B> {
    const check = verifyChain(file.events, AnyEventSchema)
    if (!check.ok) return new Ledger(store, format, [], recover('broken-chain', ` The check failed at event ${check.brokenAt}: ${check.reason}.`))
    const carried = format.migrate(file.schemaVersion, check.events)
    if (!carried) return new Ledger(store, format, [], recover('invalid'))
    const backup = moveAside(store.path, `v${file.schemaVersion}`, now)
    const events: E[] = []
    const append = (at: Date, body: B | Meta) => events.push(format.schema.parse(sealEvent(events.at(-1), at, body)))
    try {
      for (const { at, body } of carried) append(new Date(at), body)
      append(now, { type: 'ledger-migrated', data: { fromVersion: file.schemaVersion, backup } })
      store.write({ schemaVersion: format.version, events })
    } catch (error) {
      renameSync(backup, store.path)
      throw error
    }
    return new Ledger(store, format, events, null)
  }

  get path(): string {
    return this.store.path
  }

  get recovery(): RecoveryNotice | null {
    return this.pendingRecovery
  }

  all(): readonly E[] {
    return this.events
  }

  // Archives the file beside itself (never deletes it) and starts a new chain that points to the archive.
  // If the new file cannot be written, the archive is put back, so nothing changes.
  startOver(at: Date): string | null {
    const path = this.store.path
    const archivedTo = existsSync(path) ? moveAside(path, 'archived', at) : null
    const first = this.format.schema.parse(sealEvent(undefined, at, { type: 'ledger-started', data: { archivedFrom: archivedTo } } satisfies Meta))
    try {
      this.store.write({ schemaVersion: this.format.version, events: [first] })
    } catch (error) {
      if (archivedTo) renameSync(archivedTo, path)
      throw error
    }
    this.events = [first]
    this.pendingRecovery = null
    return archivedTo
  }

  // Persists first; memory changes only once the write has succeeded.
  append(body: B | Meta, at: Date): E {
    const event = this.format.schema.parse(sealEvent(this.events.at(-1), at, body))
    const next = [...this.events, event]
    this.store.write({ schemaVersion: this.format.version, events: next })
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
