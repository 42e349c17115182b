import { z } from 'zod'
import { openOrSetAside, setAsideUnlessEmpty } from '../storage/quarantine'
import type { OpenStore } from '../storage/store-port'

const Iso = z.iso.datetime({ offset: true })

const operational = {
  enrolment: z
    .strictObject({
      createdAt: Iso,
      storage: z.enum(['encrypted', 'memory-only']),
      sealed: z.string().nullable(),
    })
    .nullable(),
  lastAcceptedStep: z.number().int().nullable(),
  consecutiveFailures: z.number().int().min(0),
  cooldownUntil: Iso.nullable(),
  disabled: z.boolean(),
}

// Operational state of the rehearsal only: what the user did is in the ledger. The secret is here only as the
// Vault's ciphertext, never in plain text.
const MfaStateSchema = z.strictObject({ schemaVersion: z.literal(2), ...operational })
export type MfaState = z.infer<typeof MfaStateSchema>

// 0.1.0 also kept when a code was verified and number matching practised; the ledger has both, so they are dropped.
const MfaStateV1Schema = z.strictObject({ schemaVersion: z.literal(1), ...operational, verifiedAt: Iso.nullable(), numberMatchingPractisedAt: Iso.nullable() })
const upgrade = (raw: unknown): MfaState | null => {
  const v1 = MfaStateV1Schema.safeParse(raw)
  if (!v1.success) return null
  const { verifiedAt: _v, numberMatchingPractisedAt: _n, ...rest } = v1.data
  return { ...rest, schemaVersion: 2 }
}

const freshState = (): MfaState => ({
  schemaVersion: 2,
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

// A damaged file is moved aside like the ledger; the counters then start again from a fresh state.
export function openMfaState(openStore: OpenStore, dir: string, now: Date): MfaStateFile {
  const store = openOrSetAside(openStore, dir, 'mfa', now)
  let state: MfaState
  const raw = store.read()
  const parsed = MfaStateSchema.safeParse(raw)
  const upgraded = parsed.success ? null : upgrade(raw)
  if (parsed.success) state = parsed.data
  else if (upgraded) {
    store.write(upgraded)
    state = upgraded
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
