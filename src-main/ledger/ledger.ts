import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, truncateSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import type { z } from 'zod'
import { ARCHIVED_LABEL, LEDGER_FILE } from '../../src-shared/data-files'
import { inner, say } from '../../src-shared/message'
import type { Msg } from '../../src-shared/message'
import { chainProblems, recoveryMessages as recovery } from '../../src-shared/messages/recovery'
import type { RecoveryNotice } from '../../src-shared/snapshot-schema'
import { sealEvent, verifyChain } from './chain'
import { AnyEventSchema, LegacyFileSchema } from './envelope'
import type { AnyEvent } from './envelope'
import { durableIo, eventLine, headerLine, headerVersion, journalText, parses, splitJournal } from './journal'
import type { LedgerIo } from './journal'
import { verifyLines } from './line-check'
import { ensurePrivateDir, makePrivate, PRIVATE_FILE_MODE } from './private-files'
import { asideName, moveAside, removeStaleTemps } from './quarantine'

export { LEDGER_FILE }
// Versions 1 and 2 wrote one JSON document through conf; it is brought forward on first start and kept beside.
export const LEGACY_FILE = 'ledger.json'

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

// For an older version that differs only in how the file is written: every event carried as it was, when every
// one is still valid today (null otherwise, so the file is moved aside as not in the app's format).
export function carriedAsWritten<B extends { type: string; data: unknown }>(
  events: readonly AnyEvent[],
  schema: z.ZodType,
): Array<{ at: string; body: B }> | null {
  if (!events.every((e) => schema.safeParse(e).success)) return null
  return events.map((e) => ({ at: e.at, body: { type: e.type, data: e.data } as B }))
}

type Reason = RecoveryNotice['reason']

// What the recovery screen and a support bundle say: why, where the check failed when it is known, and where the file went.
// The path is the value `movedTo`, so a redacted bundle removes it (src-main/support/bundle.ts).
function explain(reason: Reason, movedTo: string, detail: Msg | null): Msg {
  if (reason === 'invalid' || !detail)
    return say(reason === 'invalid' ? recovery.invalid : reason === 'unreadable' ? recovery.unreadable : recovery.brokenChain, { movedTo })
  return say(reason === 'unreadable' ? recovery.unreadableAt : recovery.brokenChainAt, { movedTo, detail: inner(detail) })
}

interface Place<E extends AnyEvent, B extends { type: string; data: unknown }> {
  path: string
  now: Date
  format: LedgerFormat<E, B>
  io: LedgerIo
}

const moveTo = (from: string, to: string) => {
  renameSync(from, to)
  makePrivate(to)
}

// Keeps the bytes a crash cut short in a file of their own (never lost), then cuts them off the ledger.
function cutTornTail(path: string, kept: number, torn: Buffer, now: Date): string {
  const target = asideName(path, 'torn', now)
  const fd = openSync(target, 'wx', PRIVATE_FILE_MODE)
  try {
    writeSync(fd, torn)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  truncateSync(path, kept)
  return target
}

// Append-only, hash-chained record in a JSON Lines file. It knows no domain: the format says which events exist.
export class Ledger<E extends AnyEvent, B extends { type: string; data: unknown }> {
  private view: readonly E[] | null = null

  private constructor(
    private readonly place: Place<E, B>,
    private readonly events: E[],
    private size: number,
    private pendingRecovery: RecoveryNotice | null,
    /** Where a torn last line was kept when the file was opened, or null. */
    readonly tornTail: string | null = null,
  ) {}

  static open<E extends AnyEvent, B extends { type: string; data: unknown }>(
    dir: string,
    now: Date,
    format: LedgerFormat<E, B>,
    io: LedgerIo = durableIo,
  ): Ledger<E, B> {
    ensurePrivateDir(dir)
    const place = { path: join(dir, LEDGER_FILE), now, format, io }
    const legacy = join(dir, LEGACY_FILE)
    removeStaleTemps(place.path)
    removeStaleTemps(legacy)
    if (existsSync(place.path)) return Ledger.load(place)
    if (existsSync(legacy)) return Ledger.fromLegacy(place, legacy)
    return new Ledger(place, [], 0, null)
  }

  // The file is never wiped: it is moved aside, and the app starts a new, empty checklist that says where it went.
  private static recovered<E extends AnyEvent, B extends { type: string; data: unknown }>(
    place: Place<E, B>,
    file: string,
    reason: Reason,
    detail: Msg | null = null,
  ): Ledger<E, B> {
    const movedTo = moveAside(file, 'corrupt', place.now)
    const message = explain(reason, movedTo, detail)
    return new Ledger(place, [], 0, { reason, message, movedTo, detectedAt: place.now.toISOString() })
  }

  private static load<E extends AnyEvent, B extends { type: string; data: unknown }>(place: Place<E, B>): Ledger<E, B> {
    const { path, format } = place
    // A file written by an older version may be readable by others; it is narrowed before it is read.
    makePrivate(path)
    const journal = splitJournal(readFileSync(path))
    // A whole first line that cannot be read is damage, not an unfinished write.
    if (journal.header !== null && !parses(journal.header)) return Ledger.recovered(place, path, 'unreadable', say(chainProblems.firstLine))
    const version = journal.header === null ? format.version : headerVersion(journal.header)
    if (version === null || version > format.version) return Ledger.recovered(place, path, 'invalid')
    if (version < format.version) return Ledger.migrated(place, path, version, verifyLines(journal.lines, AnyEventSchema))
    const check = verifyLines(journal.lines, format.schema)
    if (!check.ok) return Ledger.recovered(place, path, check.unreadable ? 'unreadable' : 'broken-chain', check.reason)
    const torn = journal.torn ? cutTornTail(path, journal.kept, journal.torn, place.now) : null
    return new Ledger(place, check.events, journal.kept, null, torn)
  }

  // A file versions 1 and 2 wrote: checked as written, then brought forward. `{}` is what conf left for no events.
  private static fromLegacy<E extends AnyEvent, B extends { type: string; data: unknown }>(place: Place<E, B>, legacy: string): Ledger<E, B> {
    makePrivate(legacy)
    let raw: unknown
    try {
      raw = JSON.parse(readFileSync(legacy, 'utf8'))
    } catch {
      return Ledger.recovered(place, legacy, 'unreadable')
    }
    if (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && Object.keys(raw).length === 0) return new Ledger(place, [], 0, null)
    const file = LegacyFileSchema.safeParse(raw)
    if (!file.success || file.data.schemaVersion >= place.format.version) return Ledger.recovered(place, legacy, 'invalid')
    return Ledger.migrated(place, legacy, file.data.schemaVersion, verifyChain(file.data.events, AnyEventSchema))
  }

  // An older file is checked as it was written, its events carried into a new chain, and it is kept beside the new
  // file. From ledger.json the new file is written first, so a crash in between leaves both files, never neither.
  private static migrated<E extends AnyEvent, B extends { type: string; data: unknown }>(
    place: Place<E, B>,
    from: string,
    fromVersion: number,
    check: { ok: true; events: AnyEvent[] } | { ok: false; brokenAt: number; reason: Msg; unreadable?: boolean },
  ): Ledger<E, B> {
    const { format, now } = place
    if (!check.ok) return Ledger.recovered(place, from, check.unreadable ? 'unreadable' : 'broken-chain', check.reason)
    const carried = format.migrate(fromVersion, check.events)
    if (!carried) return Ledger.recovered(place, from, 'invalid')
    const backup = asideName(from, `v${fromVersion}`, now)
    const events: E[] = []
    const append = (at: Date, body: B | Meta) => events.push(format.schema.parse(sealEvent(events.at(-1), at, body)))
    for (const { at, body } of carried) append(new Date(at), body)
    append(now, { type: 'ledger-migrated', data: { fromVersion, backup } })
    const text = journalText(format.version, events)
    if (from === place.path) {
      // An older ledger.jsonl: set aside first, and put back if the new one cannot be written.
      moveTo(from, backup)
      try {
        place.io.replace(place.path, Buffer.from(text))
      } catch (error) {
        renameSync(backup, from)
        throw error
      }
    } else {
      place.io.replace(place.path, Buffer.from(text))
      try {
        moveTo(from, backup)
      } catch {
        // The new file is complete; the old one then stays under its old name, which the app no longer reads.
      }
    }
    return new Ledger(place, events, Buffer.byteLength(text), null)
  }

  get path(): string {
    return this.place.path
  }

  get recovery(): RecoveryNotice | null {
    return this.pendingRecovery
  }

  get count(): number {
    return this.events.length
  }

  last(): E | undefined {
    return this.events.at(-1)
  }

  // A copy made only when asked for after a change, so an append never copies the whole list.
  all(): readonly E[] {
    return (this.view ??= this.events.slice())
  }

  // Archives the file beside itself (never deletes it) and starts a new chain that points to the archive.
  // If the new file cannot be written, the archive is put back, so nothing changes.
  startOver(at: Date): string | null {
    const { path, format, io } = this.place
    const archivedTo = existsSync(path) ? moveAside(path, ARCHIVED_LABEL, at) : null
    const first = format.schema.parse(sealEvent(undefined, at, { type: 'ledger-started', data: { archivedFrom: archivedTo } } satisfies Meta))
    const text = journalText(format.version, [first])
    try {
      io.replace(path, Buffer.from(text))
    } catch (error) {
      if (archivedTo) renameSync(archivedTo, path)
      throw error
    }
    this.events.splice(0, this.events.length, first)
    this.view = null
    this.size = Buffer.byteLength(text)
    this.pendingRecovery = null
    return archivedTo
  }

  // One line appended and synced; memory changes only once the write has succeeded.
  append(body: B | Meta, at: Date): E {
    const { path, format, io } = this.place
    const event = format.schema.parse(sealEvent(this.events.at(-1), at, body))
    const bytes = Buffer.from(this.size === 0 ? headerLine(format.version) + eventLine(event) : eventLine(event))
    io.append(path, bytes, this.size)
    this.size += bytes.length
    this.events.push(event)
    this.view = null
    if (body.type === 'recovery-acknowledged') this.pendingRecovery = null
    return event
  }
}
