import type { Head } from '../../src-shared/contract'
import type { Guide, SectionRole } from '../../src-shared/guide-schema'
import type { Snapshot } from '../../src-shared/snapshot-schema'
import type { Clock } from '../config/clock'
import type { Settings } from '../config/settings'
import type { DomainBody, DomainEvent } from './events'
import type { CurrentPolicy, Proof } from './slice'

// The record's folded state: every slice's state side by side. The join (src-main/registry/state.ts) fills it in
// from its list of slices, so a handler reads the state without importing the slices that make it.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RecordState {}

// What every domain's handlers work with: the record's state, and one way to add to it. Made by the join
// (createRecord in src-main/registry/record.ts).
export interface RecordService {
  guide: Guide
  settings: Settings
  clock: Clock
  timeZone: string
  policies: readonly CurrentPolicy[]
  events(): readonly DomainEvent[]
  state(): RecordState
  /** The proof if it still counts: made after its section was last set back (reopened, or a new invitation). */
  stillCounts<P extends Proof>(role: SectionRole, proof: P | null | undefined): P | null
  /** Built once per head (and day and language): asked again within one change, it is the same object. */
  snapshot(): Snapshot
  /** Where the record stands: what a command answers, the snapshot itself going out once, in the push. */
  head(): Head
  /** Appends one event, then pushes the new snapshot. Nothing changes if the write fails. */
  commit(body: DomainBody): Head
  acknowledgeRecovery(): Head
  startOver(): { archivedTo: string | null; head: Head }
}
