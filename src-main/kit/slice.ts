import type { EvidenceName, GuideItem, SectionRole } from '../../src-shared/guide-schema'
import type { Msg, MsgValue } from '../../src-shared/message'
import { z } from 'zod'
import type { DomainEvent } from './events'

// Where and when the record shows something: the event's number (for ordering; when a proof rests on several
// events, the earliest one's) and time (for people).
export interface Proof {
  seq: number
  at: string
}

export interface CurrentPolicy {
  id: string
  title: string
  version: string
  sha256: string
}

export interface EvidenceContext {
  policies: readonly CurrentPolicy[]
}

// What a summary line or a timeline line needs that its event does not hold. Lines are messages: times, days and
// the guide's words are values the renderer says in the user's language.
export interface TextContext {
  /** "Step 2", or the title of a part with no number, by role. */
  step(role: SectionRole): MsgValue
  /** A policy's name, as its official text has it (policy texts stay in their official language). */
  policyTitle(id: string): string
}

type EvidenceRule<S> = (state: S, item: GuideItem, ctx: EvidenceContext) => Proof | null

/** One rule for each evidence name the domain declares (src-shared/evidence/<domain>.ts), and no other: write a slice's
 * `evidence` as `{ … } satisfies EvidenceRules<MyState, typeof myEvidence>`. */
export type EvidenceRules<S, Declared> = { [Name in keyof Declared]: EvidenceRule<S> }

// One domain's part of the record: how its events change its state, what they prove, and how they read.
export interface Slice<S> {
  initial: S
  /** The state as a checkpoint holds it (plain JSON), read back with its shape checked. */
  schema: z.ZodType<S>
  /** The rules `apply` follows. A checkpoint made under other rules is not trusted: raise this whenever `apply`, or
   * anything it calls, changes what the state holds. */
  rules: number
  /** Pure: sees every event, changes only its own state, returns a new object when it changes anything. */
  apply(state: S, event: DomainEvent): S
  evidence?: Partial<Record<EvidenceName, EvidenceRule<S>>>
  /** Lines for the completion record, by section. */
  summary?(state: S, ctx: TextContext): Partial<Record<SectionRole, Array<Msg | null>>>
  /** One plain sentence per event it owns, for the helpdesk timeline. */
  describe?(event: DomainEvent, ctx: TextContext): Msg | null
}

export const slice = <S>(definition: Slice<S>): Slice<S> => definition

// Pieces of slice schemas: a proof, a calendar day, a key of a record.
export const ProofSchema = z.strictObject({ seq: z.number().int().min(1), at: z.string().max(40) })
export const DaySchema = z.string().max(40)
export const KeySchema = z.string().max(400)

export const proofOf = (event: { seq: number; at: string }): Proof => ({ seq: event.seq, at: event.at })
