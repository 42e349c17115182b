import { createHash } from 'node:crypto'
import type { Hash as Hasher } from 'node:crypto'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { z } from 'zod'
import { Hash } from './envelope'
import type { LedgerIo } from './journal'

// How a ledger's events fold into a state, and the schema that state is read back with. The id names the fold's
// rules: a checkpoint written under other rules is not trusted, so it must change whenever a fold changes.
export interface Fold<E, S> {
  id: string
  initial(): S
  apply(state: S, event: E): S
  schema: z.ZodType<S>
}

// A checkpoint is written after this many events past the last one (see ledger.ts): a start then checks at most
// this many lines one by one, whatever the history's length.
export const CHECKPOINT_EVERY = 128

// The checkpoint's own format: a file of another format version is ignored, never read.
const CHECKPOINT_FORMAT = 1

const checkpointSchema = <S>(state: z.ZodType<S>) =>
  z.strictObject({
    checkpointFormat: z.literal(CHECKPOINT_FORMAT),
    /** The ledger file version (its header) and the fold rules the state was made with. */
    ledgerVersion: z.number().int().min(1),
    foldId: z.string().min(1).max(200),
    /** The ledger's bytes [0, offset) are its header and `count` whole event lines, the last one sealed `headHash`. */
    offset: z.number().int().min(1),
    count: z.number().int().min(1),
    headHash: Hash,
    /** SHA-256 over those bytes: any change before the offset, or another ledger's bytes, differ. */
    prefixSha256: Hash,
    state,
  })

interface Checkpoint<S> {
  offset: number
  count: number
  headHash: string
  prefixSha256: string
  state: S
}

// The checkpoint as written, or null when there is none or it is not in this format (it is then ignored, and rewritten).
export function readCheckpoint<S>(path: string, ledgerVersion: number, fold: Fold<unknown, S>): Checkpoint<S> | null {
  if (!existsSync(path)) return null
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
  const parsed = checkpointSchema(fold.schema).safeParse(raw)
  if (!parsed.success || parsed.data.ledgerVersion !== ledgerVersion || parsed.data.foldId !== fold.id) return null
  const { offset, count, headHash, prefixSha256, state } = parsed.data
  return { offset, count, headHash, prefixSha256, state }
}

// Trusted only when the ledger still holds, byte for byte, what the checkpoint was made from. SHA-256 over the prefix
// reads every byte once, but it is far cheaper than parsing, checking and folding every line; checking only the last
// line's hash would trust a ledger changed earlier on, which a full check refuses.
// The hasher that has seen the prefix is returned, so the digest of the whole file later costs only what is appended.
export function prefixHasher(checkpoint: Checkpoint<unknown>, bytes: Buffer): Hasher | null {
  if (bytes.length < checkpoint.offset || bytes[checkpoint.offset - 1] !== 0x0a) return null
  const hasher = createHash('sha256').update(bytes.subarray(0, checkpoint.offset))
  return prefixDigest(hasher) === checkpoint.prefixSha256 ? hasher : null
}

// The digest of a checkpoint still to be written: the hasher has seen exactly the ledger's bytes so far.
export const prefixDigest = (hasher: Hasher): string => hasher.copy().digest('hex')

// Written atomically (temporary file, fsync, rename) and owner-only, through the ledger's own io.
export function writeCheckpoint<S>(io: LedgerIo, path: string, ledgerVersion: number, foldId: string, checkpoint: Checkpoint<S>): void {
  const file = { checkpointFormat: CHECKPOINT_FORMAT, ledgerVersion, foldId, ...checkpoint }
  io.replace(path, Buffer.from(JSON.stringify(file)))
}

// A checkpoint is derived from its ledger: when the ledger is moved aside or replaced, it is removed, never moved.
export function removeCheckpoint(path: string): void {
  rmSync(path, { force: true })
}
