import { applies } from '../../src-shared/applies'
import type { Deadline } from '../../src-shared/deadline-schema'
import { itemRef, sectionByRole } from '../../src-shared/guide-schema'
import type { DeadlineKind, Guide, GuideItem, GuideSection } from '../../src-shared/guide-schema'
import { sectionName, sectionShortName } from '../../src-shared/labels'
import type { Deadlines } from '../../src-shared/deadline-schema'
import type { ItemProgress, NextAction, SectionProgress } from '../../src-shared/snapshot-schema'
import { computeDeadlines } from '../profile/deadlines'
import type { DeadlineDays } from '../profile/deadlines'
import { evidenceFor } from '../registry/state'
import type { State } from '../registry/state'
import type { CurrentPolicy, Proof } from '../registry/slice'

export interface EngineContext {
  guide: Guide
  now: Date
  days: DeadlineDays
  timeZone: string
  policies: readonly CurrentPolicy[]
}

export interface Progress {
  sections: SectionProgress[]
  deadlines: Deadlines | null
  /** The deadline that passed without its remedy, if any. */
  expired: Deadline | null
  /** R17: a service request for a new SEED onboarding email is due, whatever the next action is. */
  seedEmailDue: boolean
  nextAction: NextAction
}

const SEED_UNKNOWN = 'First find out whether SEED is provisioned for you.'

// R5 and R16, each in its own words, and both when both passed. The registration link is named only once the
// registration email (which has it) is recorded; before that, what expired is the invitation.
export function expiryText(deadlines: Deadlines, days: DeadlineDays, linkArrived: boolean): string {
  const { active, activateBy } = deadlines
  if (active?.state !== 'expired') return ''
  const activate = (also: boolean) => `The ${days.activateDays} days to activate your account ${also ? 'also ' : ''}ended on ${activateBy.due}.`
  if (active.kind === 'activate') return activate(false)
  const register = linkArrived
    ? `Your registration link stopped working after ${active.due}.`
    : `Your invitation has expired: the ${days.registerDays} days to register after your TechPass onboarding email ended on ${active.due}.`
  return activateBy.state === 'expired' ? `${register} ${activate(true)}` : register
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
export function progress(state: State, ctx: EngineContext): Progress {
  const { guide } = ctx
  const profile = state.profile.profile
  const fresh = (role: GuideSection['role'], proof: Proof | null) => (proof && proof.seq > (state.checklist.resetAfter[role] ?? 0) ? proof : null)
  const proofOf = (section: GuideSection, item: GuideItem): Proof | null =>
    item.done.by === 'evidence'
      ? fresh(section.role, evidenceFor(item.done.evidence, state, item, { policies: ctx.policies }))
      : fresh(section.role, state.checklist.confirmed[itemRef(section.role, item.id)] ?? null)
  const isDone = (role: GuideSection['role'], itemId: string) => {
    const section = sectionByRole(guide, role)
    const item = section.items.find((i) => i.id === itemId)
    return !item || !applies(item, profile) || proofOf(section, item) !== null
  }

  const deadlines = deadlinesOf(state, ctx, isDone)
  const active = deadlines?.active ?? null
  const expired = active?.state === 'expired' ? active : null
  const expiredWords = deadlines && expired ? expiryText(deadlines, ctx.days, state.request.emailOn !== null) : ''
  const expiredAt = expired ? deadlineItem(guide, expired.kind) : null
  const expiredIndex = expiredAt ? guide.sections.indexOf(expiredAt.section) : Infinity
  const remedyRole = 'request'
  const seedEmailDue = profile?.seed !== 'no' && state.profile.seedEmail.expiredAt !== null && state.profile.seedEmail.requestedAt === null

  const sections = guide.sections.map((section, index): SectionProgress => {
    const locked = index > expiredIndex
    const lockReason = expired ? `${expiredWords} Request a new invitation first.` : null
    const items = section.items
      .filter((item) => applies(item, profile))
      .map((item): ItemProgress => {
        const proof = proofOf(section, item)
        const confirmation = item.done.by === 'attest' ? state.checklist.confirmed[itemRef(section.role, item.id)] : undefined
        const missing = item.done.by === 'attest' ? item.done.requires.find((ref) => !isDone(...(ref.split('/') as [GuideSection['role'], string]))) : undefined
        const blockedBy = proof
          ? null
          : item.seedOnly && profile?.seed === 'unknown'
            ? SEED_UNKNOWN
            : locked
              ? lockReason
              : missing
                ? `First: ${labelOf(guide, missing, section)}.`
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
          ? expired
            ? `${expiredWords} Request a new invitation in Step 1.`
            : 'Your SEED onboarding email expired. Submit a service request for a new one.'
          : null
    return { id: section.id, role: section.role, status, doneCount, totalCount: items.length, reason, items }
  })
  return { sections, deadlines, expired, seedEmailDue, nextAction: nextAction(state, ctx, sections, active, seedEmailDue, expiredWords) }
}

function labelOf(guide: Guide, ref: string, from: GuideSection): string {
  const [role, itemId] = ref.split('/') as [GuideSection['role'], string]
  const section = sectionByRole(guide, role)
  const label = section.items.find((i) => i.id === itemId)?.label ?? itemId
  // Where it is, when that is another step: "(Step 4)", short, so a title with brackets never doubles them.
  return section === from ? label : `${label} (${sectionShortName(section)})`
}

// Registering is due until the registration is confirmed in time; then activating, until the account is activated.
function deadlinesOf(state: State, ctx: EngineContext, isDone: (role: GuideSection['role'], itemId: string) => boolean): Deadlines | null {
  const { invitedOn, renewing } = state.profile
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
  state: State,
  ctx: EngineContext,
  sections: SectionProgress[],
  due: Deadline | null,
  seedEmailDue: boolean,
  expiredWords: string,
): NextAction {
  const { guide } = ctx
  const expired = due?.state === 'expired' ? due : null
  const profileSection = sectionByRole(guide, 'profile')
  if (expired) {
    // Either deadline can be met late by a confirmation dated in time; say where, by the item that meets it. Registering
    // late needs the registration email recorded first, which a renewal waits for, so it is offered only once it is.
    const meets = deadlineItem(guide, expired.kind)
    const canMeetLate = meets && (expired.kind === 'activate' || state.request.emailOn !== null)
    const late = canMeetLate
      ? ` If you did “${meets.item.label}” on or before ${expired.due}, confirm it in ${sectionShortName(meets.section)} with the date.`
      : ''
    return {
      kind: 'renew',
      sectionId: sectionByRole(guide, 'request').id,
      itemId: null,
      title: 'Request a new invitation',
      detail: `${expiredWords} Ask your project manager for a new invitation.${late}`,
      due,
    }
  }
  if (seedEmailDue) {
    return {
      kind: 'seed-request',
      sectionId: sectionByRole(guide, 'finish').id,
      itemId: null,
      title: 'Ask for a new SEED onboarding email',
      detail: 'Your SEED onboarding email expired. Submit a service request, and a new one is sent to you.',
      due,
    }
  }
  const profile = state.profile.profile
  if (!profile) {
    return {
      kind: 'profile',
      sectionId: profileSection.id,
      itemId: profileSection.items[0]?.id ?? null,
      title: 'Tell us who you are',
      detail: 'Choose vendor or offshore user, and enter your organisational email.',
      due,
    }
  }
  if (profile.seed === 'unknown') {
    return {
      kind: 'seed-unknown',
      sectionId: profileSection.id,
      itemId: null,
      title: 'Find out whether SEED is provisioned for you',
      detail: 'Ask your project manager. Then change your answer in Before you start. You can do the other steps meanwhile, but not Step 6.',
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
      if (item) return { kind: 'item', sectionId: section.id, itemId: item.id, title: item.action ?? item.label, detail: sectionName(section), due }
    }
  }
  const last = guide.sections.at(-1)!
  return { kind: 'done', sectionId: last.id, itemId: null, title: 'All steps are done', detail: 'Your TechPass onboarding checklist is complete.', due: null }
}
