import { applies } from '../../src-shared/applies'
import type { CompletionSignal, Guide } from '../../src-shared/guide-schema'
import { itemKey } from '../../src-shared/snapshot-schema'
import type { EventData, LedgerEvent } from './events'

export interface ItemState {
  done: boolean
  at: string
  auto: boolean
}

// Everything the events say, before "now" and the audience are applied.
export interface Folded {
  items: Map<string, ItemState>
  profile: EventData<'profile-saved'> | null
  details: EventData<'request-sent'>['details'] | null
  sentAt: string | null
  registrationEmailOn: string | null
  registration: EventData<'registration-saved'>['fields'] | null
  savedAt: string | null
  invitedOn: string | null
  renewing: boolean
  renewals: number
  /** When the user first ticked "Submit the registration form" (since the last renewal). */
  registeredAt: string | null
  acceptances: Map<string, { version: string; sha256: string; at: string }>
  mfa: { enrolledAt: string | null; verifiedAt: string | null; driftSeconds: number | null; numberMatchingAt: string | null }
  passwordResetAt: string | null
}

export const REGISTRATION_SUBMITTED = itemKey('step-2', 'submit-form')

// The ledger replaces its events array on every change and never edits one in place, so a fold can be
// kept per array: the snapshot, the policy list and the services then share one replay instead of each doing it.
const memo = new WeakMap<Guide, WeakMap<readonly LedgerEvent[], Folded>>()

export function fold(guide: Guide, events: readonly LedgerEvent[]): Folded {
  let byEvents = memo.get(guide)
  if (!byEvents) memo.set(guide, (byEvents = new WeakMap()))
  const known = byEvents.get(events)
  if (known) return known
  const state = replay(guide, events)
  byEvents.set(events, state)
  return state
}

// Pure: replays the ledger in order. Undoing is always a later event, never a deletion.
function replay(guide: Guide, events: readonly LedgerEvent[]): Folded {
  const s: Folded = {
    items: new Map(),
    profile: null,
    details: null,
    sentAt: null,
    registrationEmailOn: null,
    registration: null,
    savedAt: null,
    invitedOn: null,
    renewing: false,
    renewals: 0,
    registeredAt: null,
    acceptances: new Map(),
    mfa: { enrolledAt: null, verifiedAt: null, driftSeconds: null, numberMatchingAt: null },
    passwordResetAt: null,
  }
  // Ticks only what applies to the user now, so a later change of audience cannot inherit ticks.
  const signal = (name: CompletionSignal, at: string, options: { keepDone?: boolean } = {}) => {
    for (const section of guide.sections) {
      for (const item of section.items) {
        const key = itemKey(section.id, item.id)
        if (options.keepDone && s.items.get(key)?.done) continue
        if (item.completedBy === name && applies(item, s.profile)) s.items.set(key, { done: true, at, auto: true })
      }
    }
  }
  const reset = (sectionIds: string[], at: string) => {
    for (const section of guide.sections.filter((x) => sectionIds.includes(x.id))) {
      for (const item of section.items) s.items.set(itemKey(section.id, item.id), { done: false, at, auto: false })
    }
  }
  for (const e of events) {
    switch (e.type) {
      case 'item-marked': {
        const key = itemKey(e.data.sectionId, e.data.itemId)
        s.items.set(key, { done: e.data.done, at: e.at, auto: false })
        if (key === REGISTRATION_SUBMITTED && e.data.done) s.registeredAt ??= e.at
        break
      }
      case 'profile-saved': {
        const changedDate = e.data.onboardingEmailOn !== (s.profile?.onboardingEmailOn ?? null)
        s.profile = e.data
        signal('profile-saved', e.at)
        if (e.data.onboardingEmailOn) {
          if (changedDate || s.invitedOn === null) s.invitedOn = e.data.onboardingEmailOn
          signal('onboarding-date-known', e.at)
        }
        break
      }
      case 'request-sent':
        s.details = e.data.details
        s.sentAt = e.at
        signal('request-sent', e.at)
        break
      case 'registration-email-received':
        s.registrationEmailOn = e.data.on
        // The first date known starts the deadlines; after a renewal, the new invitation restarts them.
        if (s.invitedOn === null || s.renewing) s.invitedOn = e.data.on
        s.renewing = false
        signal('registration-email-received', e.at)
        // The onboarding email may already be ticked from the profile; its time must not move later.
        signal('onboarding-date-known', e.at, { keepDone: true })
        break
      case 'registration-saved':
        s.registration = e.data.fields
        s.savedAt = e.at
        signal('registration-saved', e.at)
        break
      case 'section-reopened':
        reset([e.data.sectionId], e.at)
        break
      case 'invitation-renewal-started':
        s.renewing = true
        s.renewals += 1
        s.registeredAt = null
        s.sentAt = null
        s.registrationEmailOn = null
        reset(guide.sections.filter((x) => x.kind === 'step').map((x) => x.id), e.at)
        break
      case 'mfa-enrolled':
        s.mfa.enrolledAt = e.at
        break
      case 'mfa-verified':
        s.mfa.verifiedAt = e.at
        break
      case 'mfa-drift-seen':
        s.mfa.driftSeconds = e.data.seconds
        break
      case 'number-matching-practised':
        s.mfa.numberMatchingAt = e.at
        break
      case 'password-reset-confirmed':
        s.passwordResetAt = e.at
        signal('password-reset-confirmed', e.at)
        break
      case 'policy-accepted':
        s.acceptances.set(e.data.id, { version: e.data.version, sha256: e.data.sha256, at: e.at })
        break
      case 'recovery-acknowledged':
      case 'ledger-started':
        break
    }
  }
  return s
}
