import { evidenceNames } from '../../src-shared/evidence'
import type { EvidenceName, GuideItem } from '../../src-shared/guide-schema'
import { say } from '../../src-shared/message'
import type { Msg } from '../../src-shared/message'
import { timelineWords } from '../../src-shared/messages/timeline-events'
import { checklistSlice } from '../checklist/slice'
import { mfaSlice } from '../mfa/slice'
import { policySlice } from '../policies/slice'
import { profileSlice } from '../profile/slice'
import { registrationSlice } from '../registration/slice'
import { requestSlice } from '../request/slice'
import { SLICE } from '../ledger/slices'
import type { Steps } from '../ledger/slices'
import type { DomainEvent } from '../kit/events'
import type { EvidenceContext, Proof, Slice, TextContext } from '../kit/slice'

// The one list of slices: the record's state is theirs side by side.
export const slices = {
  profile: profileSlice,
  request: requestSlice,
  registration: registrationSlice,
  mfa: mfaSlice,
  policies: policySlice,
  checklist: checklistSlice,
}
type Slices = typeof slices
export type State = { [K in keyof Slices]: Slices[K] extends Slice<infer S> ? S : never }

// The kit's record state (src-main/kit/record.ts) is this one: handlers read it through RecordService.state().
declare module '../kit/record' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RecordState extends State {}
}
type AnySlice = Slice<unknown>
const entries = Object.entries(slices) as Array<[keyof Slices, AnySlice]>

export const initialState = (): State => Object.fromEntries(entries.map(([name, s]) => [name, s.initial])) as State

export function applyEvent(state: State, event: DomainEvent): State {
  const next = { ...state } as Record<keyof Slices, unknown>
  for (const [name, s] of entries) next[name] = s.apply(state[name], event)
  return next as State
}

// The state of a whole list of events, as steps that pause every SLICE events, so main keeps answering while a bundle
// being imported is folded. The ledger applies the same applyEvent line by line as it reads its file (state-schema.ts).
export function* foldSteps(events: readonly DomainEvent[]): Steps<State> {
  let state = initialState()
  for (const [index, event] of events.entries()) {
    if (index > 0 && index % SLICE === 0) yield
    state = applyEvent(state, event)
  }
  return state
}

// Each evidence name is proved by exactly one slice, and each one a slice proves is known to the guide schema; checked
// once, when this module loads.
const providers = new Map<EvidenceName, [keyof Slices, AnySlice]>()
for (const [name, s] of entries) {
  for (const evidence of Object.keys(s.evidence ?? {}) as EvidenceName[]) {
    if (providers.has(evidence)) throw new Error(`two slices prove "${evidence}"`)
    if (!evidenceNames.includes(evidence)) throw new Error(`"${evidence}" is not joined in src-shared/evidence/index.ts`)
    providers.set(evidence, [name, s])
  }
}
const unproved = evidenceNames.filter((n) => !providers.has(n))
if (unproved.length > 0) throw new Error(`no slice proves ${unproved.join(', ')}`)

export function evidenceFor(name: EvidenceName, state: State, item: GuideItem, ctx: EvidenceContext): Proof | null {
  const [sliceName, s] = providers.get(name)!
  return s.evidence![name]!(state[sliceName], item, ctx)
}

export function summaryLines(state: State, ctx: TextContext): Map<string, Msg[]> {
  const lines = new Map<string, Msg[]>()
  for (const [name, s] of entries) {
    for (const [role, list] of Object.entries(s.summary?.(state[name], ctx) ?? {})) {
      lines.set(role, [...(lines.get(role) ?? []), ...(list ?? []).filter((l): l is Msg => l !== null)])
    }
  }
  return lines
}

export function describeEvent(event: DomainEvent, ctx: TextContext): Msg {
  for (const [, s] of entries) {
    const text = s.describe?.(event, ctx)
    if (text) return text
  }
  switch (event.type) {
    case 'recovery-acknowledged':
      return say(timelineWords.recoveryAcknowledged)
    case 'ledger-started':
      return say(timelineWords.startedOver)
    case 'ledger-migrated':
      return say(timelineWords.migrated)
    default:
      return say(timelineWords.other, { type: event.type })
  }
}
