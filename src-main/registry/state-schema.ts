import { z } from 'zod'
import type { Fold } from '../ledger/checkpoint'
import type { DomainEvent } from '../kit/events'
import { applyEvent, initialState, slices } from './state'
import type { State } from './state'

const entries = Object.entries(slices)

// The folded state as a checkpoint holds it: each slice's own schema, side by side.
const StateSchema = z.strictObject(Object.fromEntries(entries.map(([name, s]) => [name, s.schema]))) as unknown as z.ZodType<State>

// A checkpoint (src-main/ledger/checkpoint.ts) made under other rules is not trusted: the id names each slice's rules.
export const stateFold: Fold<DomainEvent, State> = {
  id: `state-${entries.map(([name, s]) => `${name}${s.rules}`).join('.')}`,
  initial: initialState,
  apply: applyEvent,
  schema: StateSchema,
}
