import { describe, expect, it } from 'vitest'
import type { EventBody } from '../../../src-main/ledger/events'
import { fold } from '../../../src-main/ledger/fold'
import { chainOf, mark } from '../support/events'
import { realGuide, testGuide } from '../support/guide'

const guide = testGuide([
  ['first', ['a', 'b']],
  ['second', ['c']],
  ['third', ['d', 'e', 'f']],
])
const real = realGuide()

const profile = (onboardingEmailOn: string | null, audience: 'vendor' | 'offshore-odc' | 'offshore-non-odc' = 'vendor'): EventBody => ({
  type: 'profile-saved',
  data: { audience, seedProvisioned: audience === 'offshore-non-odc', orgEmail: 'ana@acme.com', onboardingEmailOn },
})
const details = { orgEmail: 'ana@acme.com', mobile: '+6591234567', projectName: 'Apollo' }
const sent: EventBody = { type: 'request-sent', data: { details } }
const emailOn = (on: string): EventBody => ({ type: 'registration-email-received', data: { on } })
const renewal: EventBody = { type: 'invitation-renewal-started', data: { expiredOn: '2026-11-25' } }

const doneKeys = (items: Map<string, { done: boolean }>) => [...items].filter(([, v]) => v.done).map(([k]) => k).sort()

describe('fold: items', () => {
  it('starts empty', () => {
    expect(fold(guide, [])).toEqual({
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
    })
  })

  it('keeps the latest mark of each item, with its time, as a manual change', () => {
    const events = chainOf([mark('first', 'a', true), mark('first', 'a', false), mark('first', 'a', true), mark('second', 'c', false)])
    const state = fold(guide, events)
    expect(state.items.get('first/a')).toEqual({ done: true, at: events[2]!.at, auto: false })
    expect(state.items.get('second/c')).toEqual({ done: false, at: events[3]!.at, auto: false })
    expect(state.items.size).toBe(2)
  })

  it('ticks every item whose completedBy signal happened, as automatic, if it applies to the user', () => {
    const events = chainOf([profile(null), sent])
    const state = fold(real, events)
    expect(doneKeys(state.items)).toEqual([
      'prerequisites/org-email',
      'prerequisites/who-you-are',
      'step-1/contact-manager',
      'step-1/give-details',
    ])
    expect(state.items.has('step-1/give-officer-details')).toBe(false)
    expect(state.items.get('step-1/give-details')).toEqual({ done: true, at: events[1]!.at, auto: true })
  })

  it('ticks the onboarding-email item only once a date is known', () => {
    expect(fold(real, chainOf([profile(null)])).items.has('prerequisites/onboarding-email')).toBe(false)
    expect(fold(real, chainOf([profile('2026-11-20')])).items.get('prerequisites/onboarding-email')?.done).toBe(true)
    expect(fold(real, chainOf([profile(null), sent, emailOn('2026-11-21')])).items.get('prerequisites/onboarding-email')?.done).toBe(true)
  })

  it('reopening a section unticks all its items and leaves the others', () => {
    const events = chainOf([profile('2026-11-20'), sent, { type: 'section-reopened', data: { sectionId: 'step-1' } }])
    const state = fold(real, events)
    for (const id of ['contact-manager', 'give-details', 'give-officer-details', 'registration-email']) {
      expect(state.items.get(`step-1/${id}`)).toEqual({ done: false, at: events[2]!.at, auto: false })
    }
    expect(state.items.get('prerequisites/who-you-are')?.done).toBe(true)
    expect(state.details).toEqual(details)
  })

  it('ignores recovery acknowledgements and the start marker', () => {
    const events = chainOf([
      { type: 'ledger-started', data: { archivedFrom: '/data/ledger.archived-x.json' } },
      { type: 'recovery-acknowledged', data: { reason: 'invalid', movedTo: '/x.json' } },
    ])
    expect(fold(guide, events)).toEqual(fold(guide, []))
  })
})

describe('fold: request, invitation and renewal', () => {
  it('records the request details and when they were sent', () => {
    const events = chainOf([profile(null), sent])
    expect(fold(real, events)).toMatchObject({ details, sentAt: events[1]!.at, invitedOn: null })
  })

  it('starts the invitation from the onboarding date when it is known first', () => {
    const state = fold(real, chainOf([profile('2026-11-20'), sent, emailOn('2026-11-21')]))
    expect(state).toMatchObject({ invitedOn: '2026-11-20', registrationEmailOn: '2026-11-21' })
  })

  it('starts the invitation from the registration email when no onboarding date was given', () => {
    const state = fold(real, chainOf([profile(null), sent, emailOn('2026-11-21')]))
    expect(state).toMatchObject({ invitedOn: '2026-11-21', registrationEmailOn: '2026-11-21' })
  })

  it('keeps the invitation date when the profile is saved again with the same date', () => {
    const state = fold(real, chainOf([profile('2026-11-20'), sent, emailOn('2026-11-21'), profile('2026-11-20', 'offshore-odc')]))
    expect(state.invitedOn).toBe('2026-11-20')
    expect(state.profile?.audience).toBe('offshore-odc')
  })

  it('a renewal resets Steps 1 to 6, keeps the prerequisites and the details, and waits for a new invitation', () => {
    const registration = { username: 'ana', firstName: 'Ana', lastName: 'Lim', mobile: '+6591234567', department: 'Eng' }
    const events = chainOf([profile('2026-11-20'), sent, emailOn('2026-11-20'), { type: 'registration-saved', data: { fields: registration } }, renewal])
    const state = fold(real, events)
    expect(state).toMatchObject({ renewing: true, renewals: 1, sentAt: null, registrationEmailOn: null, details, registration, invitedOn: '2026-11-20' })
    for (const section of real.sections.filter((s) => s.kind === 'step')) {
      for (const item of section.items) expect(state.items.get(`${section.id}/${item.id}`)?.done, `${section.id}/${item.id}`).toBe(false)
    }
    expect(doneKeys(state.items)).toEqual(['prerequisites/onboarding-email', 'prerequisites/org-email', 'prerequisites/who-you-are'])
  })

  it('after a renewal, the new registration email restarts the invitation', () => {
    const events = chainOf([profile('2026-11-20'), sent, emailOn('2026-11-20'), renewal, sent, emailOn('2026-12-01')])
    const state = fold(real, events)
    expect(state).toMatchObject({ renewing: false, renewals: 1, invitedOn: '2026-12-01', registrationEmailOn: '2026-12-01' })
    expect(state.items.get('step-1/registration-email')).toEqual({ done: true, at: events[5]!.at, auto: true })
  })
})

describe('fold: registration submitted', () => {
  it('remembers the first tick of "Submit the registration form" until a renewal', () => {
    const submit = (done: boolean): EventBody => ({ type: 'item-marked', data: { sectionId: 'step-2', itemId: 'submit-form', done } })
    const events = chainOf([profile('2026-11-20'), submit(true), submit(false)])
    expect(fold(real, events).registeredAt).toBe(events[1]!.at)
    const renewed = chainOf([profile('2026-11-20'), submit(true), { type: 'invitation-renewal-started', data: { expiredOn: '2026-12-20' } }])
    expect(fold(real, renewed).registeredAt).toBeNull()
  })
})
