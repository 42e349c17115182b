import { z } from 'zod'
import { openOrSetAside, setAsideUnlessEmpty } from '../storage/quarantine'
import type { OpenStore } from '../storage/store-port'

const Iso = z.iso.datetime({ offset: true })
const Hash = z.string().regex(/^[0-9a-f]{64}$/)

const counters = {
  lastAcceptedStep: z.number().int().nullable(),
  consecutiveFailures: z.number().int().min(0),
  cooldownUntil: Iso.nullable(),
  disabled: z.boolean(),
}

// Operational state of the rehearsal only: what the user did, and when, is in the ledger. The practice key is here only
// as the Vault's ciphertext (null when only memory is safe), with the hash of the `mfa-enrolled` event it was made for:
// a key counts only while the record's last enrolment is that event, so a key and an enrolment never pair up wrongly.
export const MfaStateSchema = z.strictObject({
  schemaVersion: z.literal(3),
  enrolment: z.strictObject({ event: Hash, sealed: z.string().nullable() }).nullable(),
  ...counters,
})
export type MfaState = z.infer<typeof MfaStateSchema>

// Older files also kept when the key was made and where (version 2), and when a code was verified and number matching
// practised (0.1.0, version 1). The ledger has all of those, so they are read and dropped. Both versions wrote the key
// first and the `mfa-enrolled` event after it, so a key belongs to the record's last enrolment only if it was made no
// later than that event: a newer key is one whose event was never written (a failed write on a new enrolment), and it is
// left out rather than paired with the enrolment before it.
const OldEnrolment = z.strictObject({ createdAt: Iso, storage: z.enum(['encrypted', 'memory-only']), sealed: z.string().nullable() }).nullable()
const MfaStateV2Schema = z.strictObject({ schemaVersion: z.literal(2), enrolment: OldEnrolment, ...counters })
const MfaStateV1Schema = z.strictObject({
  schemaVersion: z.literal(1),
  enrolment: OldEnrolment,
  ...counters,
  verifiedAt: Iso.nullable(),
  numberMatchingPractisedAt: Iso.nullable(),
})
/** The record's last `mfa-enrolled` event: its hash and when it was recorded. */
export type RecordedEnrolment = { hash: string; at: string } | null

const upgrade = (raw: unknown, enrolled: RecordedEnrolment): { state: MfaState; keyLeftOut: boolean } | null => {
  const old = MfaStateV2Schema.safeParse(raw)
  const older = old.success ? null : MfaStateV1Schema.safeParse(raw)
  const found = old.success ? old.data : older?.success ? older.data : null
  if (!found) return null
  const { lastAcceptedStep, consecutiveFailures, cooldownUntil, disabled } = found
  const key = found.enrolment
  const madeFor = key !== null && enrolled !== null && Date.parse(key.createdAt) <= Date.parse(enrolled.at)
  const enrolment = madeFor ? { event: enrolled.hash, sealed: key.sealed } : null
  return {
    state: { schemaVersion: 3, enrolment, lastAcceptedStep, consecutiveFailures, cooldownUntil, disabled },
    keyLeftOut: found.enrolment !== null && enrolment === null,
  }
}

export const freshState = (): MfaState => ({
  schemaVersion: 3,
  enrolment: null,
  lastAcceptedStep: null,
  consecutiveFailures: 0,
  cooldownUntil: null,
  disabled: false,
})

export interface MfaStateFile {
  read(): MfaState
  write(state: MfaState): void
}

// A damaged file is moved aside like the ledger; the counters then start again from a fresh state. `enrolled` is the
// record's last `mfa-enrolled` event, which an older file's key may belong to.
export function openMfaState(openStore: OpenStore, dir: string, now: Date, enrolled: RecordedEnrolment): MfaStateFile {
  const store = openOrSetAside(openStore, dir, 'mfa', now)
  let state: MfaState
  const raw = store.read()
  const parsed = MfaStateSchema.safeParse(raw)
  const upgraded = parsed.success ? null : upgrade(raw, enrolled)
  if (parsed.success) state = parsed.data
  else if (upgraded) {
    // A key the record names no enrolment for is not used, but the file keeps it until a new enrolment replaces it.
    if (!upgraded.keyLeftOut) store.write(upgraded.state)
    state = upgraded.state
  } else {
    setAsideUnlessEmpty(store, raw, now)
    state = freshState()
  }
  return {
    read: () => state,
    write(next) {
      store.write(next)
      state = next
    },
  }
}
