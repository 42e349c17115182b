import type { RecordFacts } from '../checklist/engine'
import type { CurrentPolicy } from '../kit/slice'
import { evidenceFor } from './state'
import type { State } from './state'

// What the checklist's engine reads of the record: the facts it names, from the slices that hold them, and each
// evidence item's proof from the one slice that proves its evidence name.
export const recordFacts = (state: State, policies: readonly CurrentPolicy[]): RecordFacts => ({
  profile: state.profile.profile,
  invitedOn: state.profile.invitedOn,
  renewing: state.profile.renewing,
  seedEmail: state.profile.seedEmail,
  registrationEmailOn: state.request.emailOn,
  checklist: state.checklist,
  evidence: (name, item) => evidenceFor(name, state, item, { policies }),
})
