import { describe, expect, it } from 'vitest'
import { sectionByRole } from '../../../src-shared/guide-schema'
import type { DomainBody } from '../../../src-main/kit/events'
import { applyEvent, evidenceFor, initialState } from '../../../src-main/registry/state'
import { fold } from '../support/replay'
import { chainOf, confirmed } from '../support/events'
import { realGuide } from '../support/guide'

const guide = realGuide()
type Audience = 'vendor' | 'offshore-odc' | 'offshore-non-odc'
const profile = (onboardingEmailOn: string | null, audience: Audience = 'vendor'): DomainBody => ({
  type: 'profile-saved',
  data: { audience, seed: audience === 'offshore-non-odc' ? 'yes' : 'no', orgEmail: 'ana@acme.com', onboardingEmailOn },
})
const details = { orgEmail: 'ana@acme.com', mobile: '+6591234567', projectName: 'Apollo' }
const fields = { username: 'ana', firstName: 'Ana', lastName: 'Lim', mobile: '+6591234567', department: 'Eng' }
const sent: DomainBody = { type: 'request-sent', data: { details } }
const saved: DomainBody = { type: 'registration-saved', data: { fields } }
const emailOn = (on: string): DomainBody => ({ type: 'registration-email-received', data: { on } })
const renewal: DomainBody = { type: 'invitation-renewal-started', data: { expiredOn: '2026-11-25', kind: 'register' } }
const item = (role: Parameters<typeof sectionByRole>[1], id: string) => sectionByRole(guide, role).items.find((i) => i.id === id)!
const deepFreeze = <T>(value: T): T => {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}

describe('fold: the state of every slice, side by side', () => {
  it('starts empty, and the record-keeping events change nothing', () => {
    expect(fold([])).toEqual(initialState())
    const meta = chainOf([
      { type: 'ledger-started', data: { archivedFrom: '/data/ledger.archived-x.json' } },
      { type: 'recovery-acknowledged', data: { reason: 'invalid', movedTo: '/x.json' } },
      { type: 'ledger-migrated', data: { fromVersion: 1, backup: '/data/ledger.v1-x.json' } },
    ])
    expect(fold(meta)).toEqual(initialState())
  })

  // The record keeps the state (and the snapshot built from it) of the head it shows while the next event is applied,
  // and a bundle view folds beside it: a slice that changed the state it was given would change what is shown.
  it('applying an event never changes the state it was given, in any slice', () => {
    const events = chainOf([
      profile('2026-11-20', 'offshore-non-odc'),
      sent,
      emailOn('2026-11-21'),
      saved,
      confirmed('sign-in', 'open-portal'),
      confirmed('registration', 'submit-form', '2026-11-22'),
      { type: 'item-withdrawn', data: { role: 'sign-in', item: 'open-portal' } },
      { type: 'section-reopened', data: { role: 'request' } },
      { type: 'seed-email-expired', data: {} },
      { type: 'seed-service-requested', data: {} },
      { type: 'mfa-enrolled', data: { storage: 'encrypted' } },
      { type: 'mfa-verified', data: {} },
      { type: 'number-matching-practised', data: {} },
      { type: 'policy-read', data: { id: 'privacy-policy', version: '1.0', sha256: 'a'.repeat(64) } },
      { type: 'policy-accepted', data: { id: 'mdm-aup', version: '1.0', sha256: 'c'.repeat(64) } },
      renewal,
      emailOn('2026-12-01'),
    ])
    let state = initialState()
    for (const event of events) {
      const before = structuredClone(state)
      // Frozen all the way down: a slice that writes into what it was given throws here (tests run in strict mode).
      const next = applyEvent(deepFreeze(state), event)
      expect(state, event.type).toEqual(before)
      expect(next, event.type).not.toBe(state)
      state = next
    }
    // And the events did change it: this is the state the record reaches, not the initial one.
    expect(state.profile).toMatchObject({ renewals: 1, invitedOn: '2026-12-01' })
    expect(state.checklist.confirmed).toHaveProperty(['registration/submit-form'])
  })

  it('records the request details and when they were sent', () => {
    const events = chainOf([profile(null), sent])
    expect(fold(events).request).toEqual({ details, sent: { seq: 2, at: events[1]!.at }, emailOn: null, emailReceived: null })
  })
})

describe('fold: the invitation date the deadlines count from', () => {
  it('starts from the onboarding date when it is known first', () => {
    const state = fold(chainOf([profile('2026-11-20'), sent, emailOn('2026-11-21')]))
    expect(state.profile.invitedOn).toBe('2026-11-20')
    expect(state.request.emailOn).toBe('2026-11-21')
  })

  it('starts from the registration email when no onboarding date was given', () => {
    const state = fold(chainOf([profile(null), sent, emailOn('2026-11-21')]))
    expect(state.profile.invitedOn).toBe('2026-11-21')
  })

  it('keeps the invitation date when the profile is saved again with the same date', () => {
    const state = fold(chainOf([profile('2026-11-20'), sent, emailOn('2026-11-21'), profile('2026-11-20', 'offshore-odc')]))
    expect(state.profile.invitedOn).toBe('2026-11-20')
    expect(state.profile.profile?.audience).toBe('offshore-odc')
  })

  it('follows a corrected onboarding date', () => {
    expect(fold(chainOf([profile('2026-11-20'), profile('2026-11-18')])).profile.invitedOn).toBe('2026-11-18')
  })

  it('a renewal clears what was sent and prepared, keeps the details to reuse, and waits for the new invitation', () => {
    const state = fold(chainOf([profile('2026-11-20'), sent, emailOn('2026-11-20'), saved, renewal]))
    expect(state.profile).toMatchObject({ renewing: true, renewals: 1, invitedOn: '2026-11-20' })
    expect(state.request).toEqual({ details, sent: null, emailOn: null, emailReceived: null })
    expect(state.registration).toEqual({ fields, saved: null })
    // Every section but the profile is set back to the renewal.
    expect(Object.keys(state.checklist.resetAfter).sort()).toEqual(['finish', 'mfa', 'password', 'policies', 'registration', 'request', 'sign-in'])
    expect(Object.values(state.checklist.resetAfter)).toEqual(Array(7).fill(5))
  })

  it('after a renewal, the new registration email restarts the invitation', () => {
    const events = chainOf([profile('2026-11-20'), sent, emailOn('2026-11-20'), renewal, sent, emailOn('2026-12-01')])
    const state = fold(events)
    expect(state.profile).toMatchObject({ renewing: false, renewals: 1, invitedOn: '2026-12-01' })
    expect(state.request.emailReceived).toEqual({ seq: 6, at: events[5]!.at })
  })
})

describe('fold: confirmations and setting sections back', () => {
  it('keeps the latest confirmation of each item with its day, and a withdrawal removes it', () => {
    const events = chainOf([
      confirmed('sign-in', 'open-portal'),
      confirmed('registration', 'submit-form', '2026-11-22'),
      { type: 'item-withdrawn', data: { role: 'sign-in', item: 'open-portal' } },
    ])
    expect(fold(events).checklist.confirmed).toEqual({ 'registration/submit-form': { seq: 2, at: events[1]!.at, on: '2026-11-22' } })
  })

  it('reopening a section sets back that section only', () => {
    const state = fold(chainOf([profile(null), sent, { type: 'section-reopened', data: { role: 'request' } }]))
    expect(state.checklist.resetAfter).toEqual({ request: 3 })
    expect(state.request.details).toEqual(details)
  })

  it('the SEED onboarding email: reported expired, then a service request; a second report asks again', () => {
    const events = chainOf([
      profile(null, 'offshore-non-odc'),
      { type: 'seed-email-expired', data: {} },
      { type: 'seed-service-requested', data: {} },
      { type: 'seed-email-expired', data: {} },
    ])
    expect(fold(events.slice(0, 3)).profile.seedEmail).toEqual({ expiredAt: events[1]!.at, requestedAt: events[2]!.at })
    expect(fold(events).profile.seedEmail).toEqual({ expiredAt: events[3]!.at, requestedAt: null })
  })

  it('a new practice key starts the MFA rehearsal again', () => {
    const events = chainOf([
      { type: 'mfa-enrolled', data: { storage: 'encrypted' } },
      { type: 'mfa-verified', data: {} },
      { type: 'number-matching-practised', data: {} },
      { type: 'mfa-enrolled', data: { storage: 'memory-only' } },
    ])
    expect(fold(events.slice(0, 3)).mfa).toMatchObject({ verified: { seq: 2 }, numberMatching: { seq: 3 } })
    expect(fold(events).mfa).toEqual({
      enrolled: { seq: 4, at: events[3]!.at, hash: events[3]!.hash },
      storage: 'memory-only',
      verified: null,
      driftSeconds: null,
      numberMatching: null,
    })
  })
})

describe('evidenceFor: each evidence name is proved by its own event', () => {
  const policies = [
    { id: 'privacy-policy', title: 'Privacy policy', version: '1.0', sha256: 'a'.repeat(64) },
    { id: 'terms-of-use', title: 'Terms of use', version: '1.0', sha256: 'b'.repeat(64) },
    { id: 'mdm-aup', title: 'MDM AUP', version: '1.0', sha256: 'c'.repeat(64) },
  ]
  const read = (i: number): DomainBody => ({
    type: 'policy-read',
    data: { id: policies[i]!.id as 'privacy-policy', version: '1.0', sha256: policies[i]!.sha256 },
  })
  const proof = (events: ReturnType<typeof chainOf>, role: Parameters<typeof sectionByRole>[1], id: string) => {
    const it = item(role, id)
    if (it.done.by !== 'evidence') throw new Error(`${role}/${id} is not an evidence item`)
    return evidenceFor(it.done.evidence, fold(events), it, { policies })
  }

  it('proves nothing on an empty record', () => {
    for (const section of guide.sections) {
      for (const i of section.items) if (i.done.by === 'evidence') expect(proof([], section.role, i.id), `${section.role}/${i.id}`).toBeNull()
    }
  })

  it('the profile, the request, the email, the registration and a verified code; no onboarding date, no proof of it', () => {
    const events = chainOf([
      profile(null),
      sent,
      emailOn('2026-11-21'),
      saved,
      { type: 'mfa-enrolled', data: { storage: 'encrypted' } },
      { type: 'mfa-verified', data: {} },
    ])
    expect(proof(events, 'profile', 'who-you-are')).toEqual({ seq: 1, at: events[0]!.at })
    // The registration email proves its own item, never the TechPass onboarding email's.
    expect(proof(events, 'profile', 'onboarding-email')).toBeNull()
    expect(proof(events, 'request', 'give-details')).toEqual({ seq: 2, at: events[1]!.at })
    expect(proof(events, 'request', 'registration-email')).toEqual({ seq: 3, at: events[2]!.at })
    expect(proof(events, 'registration', 'fill-form')).toEqual({ seq: 4, at: events[3]!.at })
    expect(proof(events, 'sign-in', 'practise-code')).toEqual({ seq: 6, at: events[5]!.at })
  })

  it('policies read: every policy the item names, in its current version; fresh from the earliest, done at the latest', () => {
    expect(proof(chainOf([read(0)]), 'policies', 'read-policies')).toBeNull()
    const both = chainOf([read(1), read(0)])
    expect(proof(both, 'policies', 'read-policies')).toEqual({ seq: 1, at: both[1]!.at })
    const stale = chainOf([read(0), { type: 'policy-read', data: { id: 'terms-of-use', version: '0.9', sha256: 'b'.repeat(64) } }])
    expect(proof(stale, 'policies', 'read-policies')).toBeNull()
  })

  it('policies accepted: reading is not accepting, and accepting counts as reading', () => {
    expect(proof(chainOf([read(2)]), 'policies', 'mdm-aup')).toBeNull()
    const accepted = chainOf([{ type: 'policy-accepted', data: { id: 'mdm-aup', version: '1.0', sha256: 'c'.repeat(64) } }])
    expect(proof(accepted, 'policies', 'mdm-aup')).toMatchObject({ seq: 1 })
  })
})
