import { applies } from '../../src-shared/applies'
import type { Deadline } from '../../src-shared/deadline-schema'
import { itemRef, sectionByRole } from '../../src-shared/guide-schema'
import type { DeadlineKind, EvidenceName, Guide, GuideItem, GuideSection } from '../../src-shared/guide-schema'
import { day, inner, item as itemValue, say } from '../../src-shared/message'
import type { Msg } from '../../src-shared/message'
import { nextWords } from '../../src-shared/messages/progress-next'
import { expiryWords, waitWords } from '../../src-shared/messages/progress-status'
import type { Deadlines } from '../../src-shared/deadline-schema'
import type { ItemProgress, NextAction, SectionProgress } from '../../src-shared/snapshot-schema'
import { computeDeadlines } from '../kit/deadlines'
import type { DeadlineDays } from '../kit/deadlines'
import type { Audience, SeedAnswer } from '../../src-shared/profile'
import type { Proof } from '../kit/slice'
import { stepName, stepShort } from '../kit/step-words'
import { stillCounts } from './slice'
import type { ChecklistState } from './slice'

interface EngineContext {
  guide: Guide
  now: Date
  days: DeadlineDays
  timeZone: string
}

// What the engine needs of the record, named for what it is used for. The join (src-main/registry/progress.ts) reads it
// from the folded state and hands in the evidence lookup, so the engine imports neither the join nor another domain.
export interface RecordFacts {
  profile: { audience: Audience; seed: SeedAnswer } | null
  /** The day the deadlines count from, and whether a new invitation is on its way. */
  invitedOn: string | null
  renewing: boolean
  /** When the SEED onboarding email expired, and when a new one was asked for. */
  seedEmail: { expiredAt: string | null; requestedAt: string | null }
  /** The day the registration email came (it holds the registration link). */
  registrationEmailOn: string | null
  checklist: ChecklistState
  /** The proof of an evidence item, from the one slice that proves its evidence name. */
  evidence(name: EvidenceName, item: GuideItem): Proof | null
}

interface Progress {
  sections: SectionProgress[]
  deadlines: Deadlines | null
  /** The deadline that passed without its remedy, if any. */
  expired: Deadline | null
  /** R17: a service request for a new SEED onboarding email is due, whatever the next action is. */
  seedEmailDue: boolean
  nextAction: NextAction
}

// R5 and R16, each in its own words, and both when both passed. The registration link is named only once the
// registration email (which has it) is recorded; before that, what expired is the invitation.
export function expiryMsg(deadlines: Deadlines, days: DeadlineDays, linkArrived: boolean): Msg | null {
  const { active, activateBy } = deadlines
  if (active?.state !== 'expired') return null
  if (active.kind === 'activate') return say(expiryWords.activate, { days: days.activateDays, due: day(activateBy.due) })
  if (activateBy.state !== 'expired') {
    return linkArrived ? say(expiryWords.link, { due: day(active.due) }) : say(expiryWords.invitation, { days: days.registerDays, due: day(active.due) })
  }
  const both = { registerDue: day(active.due), activateDays: days.activateDays, activateDue: day(activateBy.due) }
  return linkArrived ? say(expiryWords.linkAndActivate, both) : say(expiryWords.invitationAndActivate, { ...both, registerDays: days.registerDays })
}

// The guide's item that meets a deadline, found by what it declares, never by its id.
const deadlineItem = (guide: Guide, kind: DeadlineKind) => {
  for (const section of guide.sections) {
    const item = section.items.find((i) => i.done.by === 'attest' && i.done.deadline === kind)
    if (item) return { section, item }
  }
  return null
}

// Pure: the record's state, the guide and "now" decide what is done, what waits and what to do next.
export function progress(state: RecordFacts, ctx: EngineContext): Progress {
  const { guide } = ctx
  const profile = state.profile
  const proofOf = (section: GuideSection, item: GuideItem): Proof | null =>
    stillCounts(
      state.checklist,
      section.role,
      item.done.by === 'evidence' ? state.evidence(item.done.evidence, item) : state.checklist.confirmed[itemRef(section.role, item.id)],
    )
  const isDone = (role: GuideSection['role'], itemId: string) => {
    const section = sectionByRole(guide, role)
    const item = section.items.find((i) => i.id === itemId)
    return !item || !applies(item, profile) || proofOf(section, item) !== null
  }

  const deadlines = deadlinesOf(state, ctx, isDone)
  const active = deadlines?.active ?? null
  const expired = active?.state === 'expired' ? active : null
  const expiredWords = deadlines && expired ? expiryMsg(deadlines, ctx.days, state.registrationEmailOn !== null) : null
  const expiredAt = expired ? deadlineItem(guide, expired.kind) : null
  const expiredIndex = expiredAt ? guide.sections.indexOf(expiredAt.section) : Infinity
  const remedyRole = 'request'
  const seedEmailDue = profile?.seed !== 'no' && state.seedEmail.expiredAt !== null && state.seedEmail.requestedAt === null

  const sections = guide.sections.map((section, index): SectionProgress => {
    const locked = index > expiredIndex
    const lockReason = expiredWords ? say(waitWords.locked, { expired: inner(expiredWords) }) : null
    const items = section.items
      .filter((item) => applies(item, profile))
      .map((item): ItemProgress => {
        const proof = proofOf(section, item)
        const confirmation = item.done.by === 'attest' ? state.checklist.confirmed[itemRef(section.role, item.id)] : undefined
        const missing = item.done.by === 'attest' ? item.done.requires.find((ref) => !isDone(...(ref.split('/') as [GuideSection['role'], string]))) : undefined
        const blockedBy = proof
          ? null
          : item.seedOnly && profile?.seed === 'unknown'
            ? say(waitWords.seedUnknown)
            : locked
              ? lockReason
              : missing
                ? requirementOf(guide, missing, section)
                : null
        const needsDate = item.done.by === 'attest' && !proof && !blockedBy && expired !== null && item.done.deadline === expired.kind
        return {
          id: item.id,
          how: item.done.by,
          done: proof !== null,
          doneAt: proof?.at ?? null,
          on: proof && confirmation ? confirmation.on : null,
          blockedBy,
          needsDate,
        }
      })
    const doneCount = items.filter((i) => i.done).length
    const actionNeeded = (expired && (section === expiredAt?.section || section.role === remedyRole)) || (section.role === 'finish' && seedEmailDue)
    const status = locked ? 'locked' : actionNeeded ? 'action-needed' : doneCount === items.length ? 'done' : doneCount > 0 ? 'in-progress' : 'not-started'
    const reason =
      status === 'locked'
        ? lockReason
        : status === 'action-needed'
          ? expiredWords
            ? say(waitWords.renewIn, { expired: inner(expiredWords), step: stepShort(sectionByRole(guide, remedyRole)) })
            : say(waitWords.seedEmailExpired)
          : null
    return { id: section.id, role: section.role, status, doneCount, totalCount: items.length, reason, items }
  })
  return { sections, deadlines, expired, seedEmailDue, nextAction: nextAction(state, ctx, sections, active, seedEmailDue, expiredWords) }
}

// "Do this first: …", naming the item; and where it is when that is another step: "(Step 4)", short, so a title
// with brackets never doubles them.
function requirementOf(guide: Guide, ref: string, from: GuideSection): Msg {
  const [role, itemId] = ref.split('/') as [GuideSection['role'], string]
  const section = sectionByRole(guide, role)
  const first = itemValue(role, itemId)
  return section === from ? say(waitWords.first, { item: first }) : say(waitWords.firstElsewhere, { item: first, step: stepShort(section) })
}

// Registering is due until the registration is confirmed in time; then activating, until the account is activated.
function deadlinesOf(state: RecordFacts, ctx: EngineContext, isDone: (role: GuideSection['role'], itemId: string) => boolean): Deadlines | null {
  const { invitedOn, renewing } = state
  if (!invitedOn) return null
  const { registerBy, activateBy } = computeDeadlines(invitedOn, ctx.now, ctx.days, ctx.timeZone)
  const met = (kind: DeadlineKind) => {
    const found = deadlineItem(ctx.guide, kind)
    if (!found) return true
    const confirmation = state.checklist.confirmed[itemRef(found.section.role, found.item.id)]
    return isDone(found.section.role, found.item.id) || (confirmation !== undefined && confirmation.seq > state.checklist.renewedAfter)
  }
  const active = renewing ? null : !met('register') ? registerBy : !met('activate') ? activateBy : null
  return { invitedOn, timeZone: ctx.timeZone, registerBy, activateBy, active }
}

// One thing to do next, with the deadline that matters now (said here once, not again elsewhere).
function nextAction(
  state: RecordFacts,
  ctx: EngineContext,
  sections: SectionProgress[],
  due: Deadline | null,
  seedEmailDue: boolean,
  expiredWords: Msg | null,
): NextAction {
  const { guide } = ctx
  const expired = due?.state === 'expired' ? due : null
  const profileSection = sectionByRole(guide, 'profile')
  if (expired && expiredWords) {
    // Either deadline can be met late by a confirmation dated in time; say where, by the item that meets it. Registering
    // late needs the registration email recorded first, which a renewal waits for, so it is offered only once it is.
    const meets = deadlineItem(guide, expired.kind)
    const canMeetLate = meets && (expired.kind === 'activate' || state.registrationEmailOn !== null)
    const words = inner(expiredWords)
    return {
      kind: 'renew',
      sectionId: sectionByRole(guide, 'request').id,
      itemId: null,
      title: say(nextWords.renew),
      detail: canMeetLate
        ? say(nextWords.renewOrConfirm, {
            expired: words,
            item: itemValue(meets.section.role, meets.item.id),
            due: day(expired.due),
            step: stepShort(meets.section),
          })
        : say(nextWords.renewDetail, { expired: words }),
      due,
    }
  }
  if (seedEmailDue) {
    return {
      kind: 'seed-request',
      sectionId: sectionByRole(guide, 'finish').id,
      itemId: null,
      title: say(nextWords.seedRequest),
      detail: say(nextWords.seedRequestDetail),
      due,
    }
  }
  const profile = state.profile
  if (!profile) {
    return {
      kind: 'profile',
      sectionId: profileSection.id,
      itemId: profileSection.items[0]?.id ?? null,
      title: say(nextWords.profile),
      detail: say(nextWords.profileDetail),
      due,
    }
  }
  if (profile.seed === 'unknown') {
    // The step that cannot be finished without the answer: the first numbered one with an item for SEED users only.
    const waits = guide.sections.find((s) => s.kind === 'step' && s.items.some((i) => i.seedOnly)) ?? guide.sections.at(-1)!
    return {
      kind: 'seed-unknown',
      sectionId: profileSection.id,
      itemId: null,
      title: say(nextWords.seedUnknown),
      detail: say(nextWords.seedUnknownDetail, { profile: stepShort(profileSection), step: stepShort(waits) }),
      due,
    }
  }
  // The TechPass onboarding email's date may be left empty until the email comes, so it is asked for last, never first.
  const later = (item: GuideItem) => item.done.by === 'evidence' && item.done.evidence === 'onboarding-date-known'
  for (const skipLater of [true, false]) {
    for (const progressOf of sections) {
      const section = guide.sections.find((s) => s.id === progressOf.id)!
      const item = progressOf.items
        .filter((i) => !i.done)
        .map((i) => section.items.find((x) => x.id === i.id)!)
        .find((i) => !skipLater || !later(i))
      // Its title is the item's own words, which the renderer takes from the guide in the user's language.
      if (item) return { kind: 'item', sectionId: section.id, itemId: item.id, title: null, detail: stepName(section), due }
    }
  }
  const last = guide.sections.at(-1)!
  return { kind: 'done', sectionId: last.id, itemId: null, title: say(nextWords.done), detail: say(nextWords.doneDetail), due: null }
}
