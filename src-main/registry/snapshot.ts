import { sectionByRole } from '../../src-shared/guide-schema'
import type { Guide, SectionRole } from '../../src-shared/guide-schema'
import { encodeStatus } from '../../src-shared/status-code'
import { spokenLanguage } from '../../src-shared/languages'
import type { ChosenLanguage } from '../../src-shared/languages'
import type { RecoveryNotice, Snapshot } from '../../src-shared/snapshot-schema'
import { progress } from '../checklist/engine'
import type { Settings } from '../config/settings'
import { GENESIS_HASH } from '../ledger/envelope'
import { todayIn } from '../kit/deadlines'
import type { DomainEvent } from '../kit/events'
import type { CurrentPolicy, TextContext } from '../kit/slice'
import { recordFacts } from './progress'
import { summaryLines } from './state'
import type { State } from './state'
import { stepShort } from '../kit/step-words'

export interface SnapshotContext {
  guide: Guide
  settings: Settings
  timeZone: string
  policies: readonly CurrentPolicy[]
  /** The language on screen, which the status code tells the helpdesk (the pseudo-locale is told as English). */
  language?: () => ChosenLanguage
}

// How events and summaries name what they are about: sections by their short names, policies by their titles.
// Times stay as recorded; the renderer shows them in the user's zone and language.
export function textContext(ctx: Pick<SnapshotContext, 'guide' | 'policies'>): TextContext {
  return {
    step: (role: SectionRole) => stepShort(sectionByRole(ctx.guide, role)),
    policyTitle: (id) => ctx.policies.find((p) => p.id === id)?.title ?? id,
  }
}

// What a snapshot needs of a record: its folded state, how many events it has, and the last one.
interface RecordView {
  state: State
  count: number
  last: DomainEvent | undefined
}

// Pure: a folded state + guide + "now" give the snapshot the renderer shows. The state is kept up to date event by event,
// so a commit never replays the whole ledger.
export function snapshotOf(ctx: SnapshotContext, record: RecordView, recovery: RecoveryNotice | null, now: Date): Snapshot {
  const { guide, settings, timeZone } = ctx
  const { state, last } = record
  const result = progress(recordFacts(state, ctx.policies), { guide, now, days: settings.deadlines, timeZone })
  const text = textContext(ctx)
  const lines = summaryLines(state, text)
  const profile = state.profile.profile
  const action = result.nextAction
  return {
    eventCount: record.count,
    headHash: last?.hash ?? GENESIS_HASH,
    updatedAt: last?.at ?? null,
    today: todayIn(now, timeZone),
    profile,
    request: { details: state.request.details, sentAt: state.request.sent?.at ?? null, registrationEmailOn: state.request.emailOn },
    registration: { fields: state.registration.fields, savedAt: state.registration.saved?.at ?? null },
    invitation: { invitedOn: state.profile.invitedOn, renewing: state.profile.renewing, renewals: state.profile.renewals },
    seedEmail: { ...state.profile.seedEmail, due: result.seedEmailDue },
    mfa: {
      enrolledAt: state.mfa.enrolled?.at ?? null,
      verifiedAt: state.mfa.verified?.at ?? null,
      driftSeconds: state.mfa.driftSeconds,
      numberMatchingAt: state.mfa.numberMatching?.at ?? null,
    },
    deadlines: result.deadlines,
    sections: result.sections,
    currentSectionId: action.sectionId,
    nextAction: action,
    summary: result.sections.map((s) => {
      const doneAt =
        s.status === 'done'
          ? (s.items
              .map((i) => i.doneAt)
              .filter((x): x is string => x !== null)
              .sort()
              .at(-1) ?? null)
          : null
      return { sectionId: s.id, doneAt, evidence: lines.get(s.role) ?? [] }
    }),
    statusCode: encodeStatus({
      sectionIndex: Math.max(
        0,
        guide.sections.findIndex((x) => x.id === action.sectionId),
      ),
      audience: profile?.audience ?? 'none',
      seed: profile?.seed ?? 'no',
      deadline: state.profile.renewing ? 'renewing' : (result.deadlines?.active?.state ?? 'none'),
      finished: action.kind === 'done',
      language: spokenLanguage(ctx.language?.() ?? 'en'),
    }),
    recovery,
  }
}
