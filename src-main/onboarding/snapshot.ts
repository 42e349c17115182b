import type { Deadline } from '../../src-shared/deadline-schema'
import { applies } from '../../src-shared/applies'
import { encodeStatus } from '../../src-shared/status-code'
import type { Guide, GuideItem, GuideSection } from '../../src-shared/guide-schema'
import { itemKey } from '../../src-shared/snapshot-schema'
import type { RecoveryNotice, SectionStatus, Snapshot } from '../../src-shared/snapshot-schema'
import type { Settings } from '../config/settings'
import { GENESIS_HASH } from '../ledger/events'
import type { LedgerEvent } from '../ledger/events'
import { fold } from '../ledger/fold'
import type { Folded } from '../ledger/fold'
import { computeDeadlines, todayIn } from './deadlines'
import { summarize } from './summary'

const sectionName = (s: GuideSection) => (s.kind === 'step' ? `Step ${s.number ?? ''}: ${s.title}` : s.title)

export interface CurrentPolicy {
  id: string
  version: string
  sha256: string
}

// A policy item is done only while every policy it names is accepted at its current version and hash.
function policyItem(item: GuideItem, state: Folded, current: readonly CurrentPolicy[]) {
  const accepted = (item.policies ?? []).map((id) => {
    const now = current.find((p) => p.id === id)
    const a = state.acceptances.get(id)
    return now && a && a.version === now.version && a.sha256 === now.sha256 ? a.at : null
  })
  const done = accepted.every((at) => at !== null)
  const latest = accepted.filter((at): at is string => at !== null).sort().at(-1) ?? null
  return { id: item.id, done, changedAt: latest, auto: true }
}

function progress(guide: Guide, state: Folded, current: readonly CurrentPolicy[]) {
  return guide.sections.map((section) => {
    const items = section.items
      .filter((item) => applies(item, state.profile))
      .map((item) => {
        if (item.policies) return policyItem(item, state, current)
        const it = state.items.get(itemKey(section.id, item.id))
        return { id: item.id, done: it?.done ?? false, changedAt: it?.at ?? null, auto: it?.auto ?? false }
      })
    const doneCount = items.filter((i) => i.done).length
    const status: SectionStatus =
      doneCount === items.length ? 'done' : doneCount > 0 || items.some((i) => i.changedAt) ? 'in-progress' : 'not-started'
    return { id: section.id, status, doneCount, totalCount: items.length, items }
  })
}

function nextAction(guide: Guide, state: Folded, sections: Snapshot['sections'], due: Deadline | null): Snapshot['nextAction'] {
  if (due?.state === 'expired') {
    const what = due.kind === 'register' ? `Your registration link stopped working after ${due.due}.` : `The time to activate your account ended on ${due.due}.`
    return { kind: 'renew', sectionId: 'step-1', title: 'Request a new invitation', detail: `${what} Ask your project manager for a new invitation.`, due }
  }
  if (!state.profile) {
    return { kind: 'profile', sectionId: guide.sections[0]!.id, title: 'Tell us who you are', detail: 'Choose vendor or offshore user, and enter your organisational email.', due }
  }
  for (const progressOf of sections) {
    const section = guide.sections.find((s) => s.id === progressOf.id)!
    const open = progressOf.items.find((i) => !i.done)
    if (!open) continue
    const item = section.items.find((i) => i.id === open.id)!
    return { kind: 'item', sectionId: section.id, title: item.label, detail: sectionName(section), due }
  }
  const last = guide.sections.at(-1)!
  return { kind: 'done', sectionId: last.id, title: 'All steps are done', detail: 'Your TechPass onboarding checklist is complete.', due: null }
}

// Pure: events + guide + "now" give the snapshot the renderer shows.
export function buildSnapshot(
  guide: Guide,
  events: readonly LedgerEvent[],
  recovery: RecoveryNotice | null,
  now: Date,
  settings: Settings,
  timeZone: string,
  currentPolicies: readonly CurrentPolicy[] = [],
): Snapshot {
  const state = fold(guide, events)
  const sections = progress(guide, state, currentPolicies)
  const statusOf = (id: string) => sections.find((s) => s.id === id)?.status
  let deadlines: Snapshot['deadlines'] = null
  if (state.invitedOn) {
    const { registerBy, activateBy } = computeDeadlines(state.invitedOn, now, settings.deadlines, timeZone)
    // Once registration was submitted, reopening Step 2 later does not bring the 5-day limit back.
    const registered = state.registeredAt !== null || statusOf('step-2') === 'done'
    const active = state.renewing ? null : !registered ? registerBy : statusOf('step-6') !== 'done' ? activateBy : null
    deadlines = { invitedOn: state.invitedOn, timeZone, registerBy, activateBy, active }
  }
  const action = nextAction(guide, state, sections, deadlines?.active ?? null)
  const last = events.at(-1)
  return {
    eventCount: events.length,
    headHash: last?.hash ?? GENESIS_HASH,
    updatedAt: last?.at ?? null,
    today: todayIn(now, timeZone),
    profile: state.profile,
    request: { details: state.details, sentAt: state.sentAt, registrationEmailOn: state.registrationEmailOn },
    registration: { fields: state.registration, savedAt: state.savedAt },
    invitation: { invitedOn: state.invitedOn, renewing: state.renewing, renewals: state.renewals },
    deadlines,
    sections,
    currentSectionId: action.sectionId,
    nextAction: action,
    summary: summarize(guide, state, sections, timeZone),
    statusCode: encodeStatus({
      sectionIndex: Math.max(0, guide.sections.findIndex((x) => x.id === action.sectionId)),
      audience: state.profile?.audience ?? 'none',
      seed: state.profile?.seedProvisioned ?? false,
      deadline: state.renewing ? 'renewing' : (deadlines?.active?.state ?? 'none'),
    }),
    recovery,
  }
}
