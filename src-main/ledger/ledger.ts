import { existsSync, readFileSync, renameSync, truncateSync } from 'node:fs'
import { createHash } from 'node:crypto'
import type { Hash as Hasher } from 'node:crypto'
import { join } from 'node:path'
import type { z } from 'zod'
import { ARCHIVED_LABEL, LEDGER_CHECKPOINT_FILE, LEDGER_FILE } from '../../src-shared/data-files'
import { inner, say } from '../../src-shared/message'
import type { Msg } from '../../src-shared/message'
import { chainProblems, recoveryMessages as recovery } from '../../src-shared/messages/recovery'
import type { Result } from '../../src-shared/result'
import type { RecoveryNotice } from '../../src-shared/snapshot-schema'
import { sealEvent, verifyChain } from './chain'
import type { ChainBreak } from './chain'
import { CHECKPOINT_EVERY, prefixDigest, prefixHasher, readCheckpoint, removeCheckpoint, writeCheckpoint } from './checkpoint'
import type { Fold } from './checkpoint'
import { AnyEventSchema, LegacyFileSchema } from './envelope'
import type { AnyEvent } from './envelope'
import { durableIo, eventLine, headerLine, headerVersion, journalText, parses, splitJournal, splitLines, writeNewFile } from './journal'
import type { LedgerIo } from './journal'
import { verifyLines } from './line-check'
import { ensurePrivateDir, makePrivate } from '../storage/private-files'
import { asideName, moveAside, removeStaleTemps } from '../storage/quarantine'

export { LEDGER_FILE }
// Versions 1 and 2 wrote one JSON document through conf; it is brought forward on first start and kept beside.
export const LEGACY_FILE = 'ledger.json'

type Meta =
  | { type: 'ledger-started'; data: { archivedFrom: string | null } }
  | { type: 'recovery-acknowledged'; data: { reason: string; movedTo: string } }
  | { type: 'ledger-migrated'; data: { fromVersion: number; backup: string } }

// What a ledger holds: the file version it writes, its event schema, and how to bring older files forward.
export interface LedgerFormat<E extends AnyEvent, B extends { type: string; data: unknown }, S = undefined> {
  version: number
  /** How the events fold into a state; with it, the ledger keeps that state and a checkpoint of it beside the file. */
  fold?: Fold<E, S>
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

interface Place<E extends AnyEvent, B extends { type: string; data: unknown }, S> {
  path: string
  checkpointPath: string
  now: Date
  format: LedgerFormat<E, B, S>
  io: LedgerIo
  schedule: (work: () => void) => void
}

interface LedgerOptions {
  /** When a checkpoint is written: by default after the current task, so an append never waits for it. */
  schedule?: (work: () => void) => void
}

// Off the append's path: the answer to the click goes out first. An app that quits before it runs loses only the optimisation.
const afterThisTask = (work: () => void) => {
  setImmediate(work).unref()
}

const hasherOf = (bytes: Uint8Array | string): Hasher => createHash('sha256').update(bytes)

// The events before a trusted checkpoint are not read at start; the head is the last of them, read from its line.
interface Unread<E> {
  count: number
  offset: number
  head: E
}

// What the ledger knows beyond its events: how far the unread part goes, the digest of its bytes, and the folded state.
interface Kept<E, S> {
  unread: Unread<E> | null
  hasher: Hasher
  state: S
  checkpointed: number
}

const moveTo = (from: string, to: string) => {
  renameSync(from, to)
  makePrivate(to)
}

// Keeps the bytes a crash cut short in a file of their own (never lost), then cuts them off the ledger.
function cutTornTail(path: string, kept: number, torn: Buffer, now: Date): string {
  const target = asideName(path, 'torn', now)
  writeNewFile(target, torn)
  truncateSync(path, kept)
  return target
}

// Append-only, hash-chained record in a JSON Lines file. It knows no domain: the format says which events exist.
export class Ledger<E extends AnyEvent, B extends { type: string; data: unknown }, S = undefined> {
  private view: readonly E[] | null = null
  private unread: Unread<E> | null
  private hasher: Hasher
  private folded: S
  private checkpointed: number
  private checkpointDue = false

  private constructor(
    private readonly place: Place<E, B, S>,
    private events: E[],
    private size: number,
    private pendingRecovery: RecoveryNotice | null,
    /** Where a torn last line was kept when the file was opened, or null. */
    readonly tornTail: string | null = null,
    kept?: Kept<E, S>,
  ) {
    const fold = place.format.fold
    this.unread = kept?.unread ?? null
    this.hasher = kept?.hasher ?? hasherOf('')
    this.folded = kept ? kept.state : ((fold ? events.reduce(fold.apply, fold.initial()) : undefined) as S)
    this.checkpointed = kept?.checkpointed ?? 0
  }

  static open<E extends AnyEvent, B extends { type: string; data: unknown }, S = undefined>(
    dir: string,
    now: Date,
    format: LedgerFormat<E, B, S>,
    io: LedgerIo = durableIo,
    options: LedgerOptions = {},
  ): Ledger<E, B, S> {
    ensurePrivateDir(dir)
    const place = {
      path: join(dir, LEDGER_FILE),
      checkpointPath: join(dir, LEDGER_CHECKPOINT_FILE),
      now,
      format,
      io,
      schedule: options.schedule ?? afterThisTask,
    }
    const legacy = join(dir, LEGACY_FILE)
    removeStaleTemps(place.path)
    removeStaleTemps(legacy)
    removeStaleTemps(place.checkpointPath)
    if (existsSync(place.path)) return Ledger.load(place)
    removeCheckpoint(place.checkpointPath)
    if (existsSync(legacy)) return Ledger.fromLegacy(place, legacy)
    return new Ledger(place, [], 0, null)
  }

  // The file is never wiped: it is moved aside, and the app starts a new, empty checklist that says where it went.
  private static recovered<E extends AnyEvent, B extends { type: string; data: unknown }, S>(
    place: Place<E, B, S>,
    file: string,
    reason: Reason,
    detail: Msg | null = null,
  ): Ledger<E, B, S> {
    removeCheckpoint(place.checkpointPath)
    const movedTo = moveAside(file, 'corrupt', place.now)
    const message = explain(reason, movedTo, detail)
    return new Ledger(place, [], 0, { reason, message, movedTo, detectedAt: place.now.toISOString() })
  }

  private static load<E extends AnyEvent, B extends { type: string; data: unknown }, S>(place: Place<E, B, S>): Ledger<E, B, S> {
    const { path, format } = place
    // A file written by an older version may be readable by others; it is narrowed before it is read.
    makePrivate(path)
    const bytes = readFileSync(path)
    const trusted = Ledger.fromCheckpoint(place, bytes)
    if (trusted) return trusted
    const journal = splitJournal(bytes)
    // A whole first line that cannot be read is damage, not an unfinished write.
    if (journal.header !== null && !parses(journal.header)) return Ledger.recovered(place, path, 'unreadable', say(chainProblems.firstLine))
    const version = journal.header === null ? format.version : headerVersion(journal.header)
    if (version === null || version > format.version) return Ledger.recovered(place, path, 'invalid')
    if (version < format.version) return Ledger.migrated(place, path, version, verifyLines(journal.lines, AnyEventSchema))
    const check = verifyLines(journal.lines, format.schema)
    if (!check.ok) return Ledger.recovered(place, path, check.error.unreadable ? 'unreadable' : 'broken-chain', check.error.reason)
    const torn = journal.torn ? cutTornTail(path, journal.kept, journal.torn, place.now) : null
    const ledger = new Ledger(place, check.value.events, journal.kept, null, torn, undefined)
    ledger.hasher = hasherOf(bytes.subarray(0, journal.kept))
    // A checkpoint that was there was not trusted: it is replaced, whatever the ledger's length.
    if (existsSync(place.checkpointPath)) ledger.scheduleCheckpoint(true)
    else ledger.scheduleCheckpoint()
    return ledger
  }

  // A checkpoint is trusted only when the file's bytes up to its offset are the ones it was made from; then only the
  // lines after it are checked, from its head, and folded onto its state. Anything else returns null, and the whole
  // file is checked as if there were no checkpoint, so a checkpoint never lets through what that check refuses.
  private static fromCheckpoint<E extends AnyEvent, B extends { type: string; data: unknown }, S>(
    place: Place<E, B, S>,
    bytes: Buffer,
  ): Ledger<E, B, S> | null {
    const { format, path } = place
    if (!format.fold) return null
    const checkpoint = readCheckpoint(place.checkpointPath, format.version, format.fold as Fold<unknown, S>)
    const hasher = checkpoint && prefixHasher(checkpoint, bytes)
    if (!checkpoint || !hasher) return null
    const { offset, count, headHash } = checkpoint
    const headLine = bytes.toString('utf8', bytes.lastIndexOf(0x0a, offset - 2) + 1, offset - 1)
    let head: E
    try {
      const parsed = format.schema.safeParse(JSON.parse(headLine))
      if (!parsed.success || parsed.data.seq !== count || parsed.data.hash !== headHash) return null
      head = parsed.data
    } catch {
      return null
    }
    const tail = splitLines(bytes.subarray(offset))
    const check = verifyLines(tail.lines, format.schema, { count, hash: headHash })
    if (!check.ok) return null
    const kept = offset + tail.kept
    hasher.update(bytes.subarray(offset, kept))
    const torn = tail.torn ? cutTornTail(path, kept, tail.torn, place.now) : null
    const { events } = check.value
    const state = events.reduce(format.fold.apply, checkpoint.state)
    const ledger = new Ledger(place, events, kept, null, torn, { unread: { count, offset, head }, hasher, state, checkpointed: count })
    ledger.scheduleCheckpoint()
    return ledger
  }

  // A file versions 1 and 2 wrote: checked as written, then brought forward. `{}` is what conf left for no events.
  private static fromLegacy<E extends AnyEvent, B extends { type: string; data: unknown }, S>(place: Place<E, B, S>, legacy: string): Ledger<E, B, S> {
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
  private static migrated<E extends AnyEvent, B extends { type: string; data: unknown }, S>(
    place: Place<E, B, S>,
    from: string,
    fromVersion: number,
    check: Result<{ events: AnyEvent[] }, ChainBreak & { unreadable?: boolean }>,
  ): Ledger<E, B, S> {
    const { format, now } = place
    if (!check.ok) return Ledger.recovered(place, from, check.error.unreadable ? 'unreadable' : 'broken-chain', check.error.reason)
    const carried = format.migrate(fromVersion, check.value.events)
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
    const ledger = new Ledger(place, events, Buffer.byteLength(text), null)
    ledger.hasher = hasherOf(text)
    ledger.scheduleCheckpoint()
    return ledger
  }

  get path(): string {
    return this.place.path
  }

  get recovery(): RecoveryNotice | null {
    return this.pendingRecovery
  }

  get count(): number {
    return (this.unread?.count ?? 0) + this.events.length
  }

  /** The folded state of every event, kept up to date by each append (undefined when the format has no fold). */
  get state(): S {
    return this.folded
  }

  last(): E | undefined {
    return this.events.at(-1) ?? this.unread?.head
  }

  // A copy made only when asked for after a change, so an append never copies the whole list. The events before a
  // trusted checkpoint are read and checked only now (for a support bundle), not at start.
  all(): readonly E[] {
    this.readUnread()
    return (this.view ??= this.events.slice())
  }

  private readUnread(): void {
    const unread = this.unread
    if (!unread) return
    const journal = splitJournal(readFileSync(this.place.path).subarray(0, unread.offset))
    const check = verifyLines(journal.lines, this.place.format.schema)
    const earlier = check.ok ? check.value.events : null
    if (!earlier || earlier.length !== unread.count || earlier.at(-1)?.hash !== unread.head.hash)
      throw new Error(`${this.place.path} changed on disk after it was opened`)
    this.events = earlier.concat(this.events)
    this.unread = null
  }

  // Written once CHECKPOINT_EVERY events have come since the last one (or at once when `now`), after the current task:
  // a start then checks at most that many lines one by one.
  private scheduleCheckpoint(now = false): void {
    if (!this.place.format.fold || this.checkpointDue) return
    if (!now && this.count - this.checkpointed < CHECKPOINT_EVERY) return
    this.checkpointDue = true
    this.place.schedule(() => {
      this.checkpointDue = false
      this.saveCheckpoint()
    })
  }

  /** Writes the checkpoint now (atomically, owner-only); a failure is ignored, as the next start then checks every line. */
  saveCheckpoint(): void {
    const { format, io, checkpointPath } = this.place
    const head = this.last()
    if (!format.fold || !head || this.count === this.checkpointed) return
    const checkpoint = { offset: this.size, count: this.count, headHash: head.hash, prefixSha256: prefixDigest(this.hasher), state: this.folded }
    try {
      writeCheckpoint(io, checkpointPath, format.version, format.fold.id, checkpoint)
      this.checkpointed = this.count
    } catch {
      // Only an optimisation is lost.
    }
  }

  // Archives the file beside itself (never deletes it) and starts a new chain that points to the archive.
  // If the new file cannot be written, the archive is put back, so nothing changes.
  startOver(at: Date): string | null {
    const { path, format, io, checkpointPath } = this.place
    // The archive's checkpoint must never stand beside the new ledger (its digest would not match it either).
    removeCheckpoint(checkpointPath)
    const archivedTo = existsSync(path) ? moveAside(path, ARCHIVED_LABEL, at) : null
    const first = format.schema.parse(sealEvent(undefined, at, { type: 'ledger-started', data: { archivedFrom: archivedTo } } satisfies Meta))
    const text = journalText(format.version, [first])
    try {
      io.replace(path, Buffer.from(text))
    } catch (error) {
      if (archivedTo) renameSync(archivedTo, path)
      throw error
    }
    this.events = [first]
    this.unread = null
    this.view = null
    this.size = Buffer.byteLength(text)
    this.hasher = hasherOf(text)
    this.checkpointed = 0
    if (format.fold) this.folded = format.fold.apply(format.fold.initial(), first)
    this.pendingRecovery = null
    return archivedTo
  }

  // One line appended and synced; memory changes only once the write has succeeded.
  append(body: B | Meta, at: Date): E {
    const { path, format, io } = this.place
    const event = format.schema.parse(sealEvent(this.last(), at, body))
    const bytes = Buffer.from(this.size === 0 ? headerLine(format.version) + eventLine(event) : eventLine(event))
    io.append(path, bytes, this.size)
    this.size += bytes.length
    this.hasher.update(bytes)
    this.events.push(event)
    this.view = null
    if (format.fold) this.folded = format.fold.apply(this.folded, event)
    if (body.type === 'recovery-acknowledged') this.pendingRecovery = null
    this.scheduleCheckpoint()
    return event
  }
}
