import { describe, expect, it } from 'vitest'
import type { SectionRole } from '../../../src-shared/guide-schema'
import type { SeedAnswer } from '../../../src-shared/profile'
import type { RecoveryNotice, Snapshot } from '../../../src-shared/snapshot-schema'
import { SnapshotSchema } from '../../../src-shared/snapshot-schema'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'
import { GENESIS_HASH } from '../../../src-main/ledger/envelope'
import type { DomainBody, DomainEvent } from '../../../src-main/kit/events'
import type { CurrentPolicy } from '../../../src-main/kit/slice'
import { buildSnapshot } from '../support/replay'
import { itemOf, sectionOf } from '../support/core-harness'
import { chainOf, confirmed } from '../support/events'
import { realGuide } from '../support/guide'
import { said, titleOf } from '../support/said'

const guide = realGuide()
const ZONE = 'Asia/Singapore'
const NOW = new Date('2026-11-23T10:00:00+08:00')
const POLICIES: CurrentPolicy[] = [
  { id: 'privacy-policy', title: 'Privacy policy', version: '1.0', sha256: 'a'.repeat(64) },
  { id: 'terms-of-use', title: 'Terms of use', version: '1.0', sha256: 'b'.repeat(64) },
  { id: 'mdm-aup', title: 'MDM AUP', version: '1.0', sha256: 'c'.repeat(64) },
]
type Audience = 'vendor' | 'offshore-odc' | 'offshore-non-odc'
const profile = (audience: Audience, seed: SeedAnswer, onboardingEmailOn: string | null = null): DomainBody => ({
  type: 'profile-saved',
  data: { audience, seed, orgEmail: 'ana@acme.com', onboardingEmailOn },
})
const vendor = profile('vendor', 'no', '2026-11-20')
const fields = { username: 'ana', firstName: 'Ana', lastName: 'Lim', mobile: '+6591234567', department: 'Eng' }
const step1: DomainBody[] = [
  { type: 'request-sent', data: { details: { orgEmail: 'ana@acme.com', mobile: '+6591234567', projectName: 'Apollo' } } },
  { type: 'registration-email-received', data: { on: '2026-11-21' } },
]
const step2: DomainBody[] = [
  ...step1,
  { type: 'registration-saved', data: { fields } },
  confirmed('registration', 'open-link'),
  confirmed('registration', 'submit-form'),
]

const snap = (events: DomainEvent[], now = NOW, recovery: RecoveryNotice | null = null, policies = POLICIES) =>
  buildSnapshot({ guide, settings: DEFAULT_SETTINGS, timeZone: ZONE, policies }, events, recovery, now)
const itemIds = (s: Snapshot) => Object.fromEntries(s.sections.map((x) => [x.role, x.items.map((i) => i.id)]))

describe('buildSnapshot: progress', () => {
  it('starts with every section not started, matching the schema, and asks who the user is', () => {
    const snapshot = snap([])
    expect(SnapshotSchema.safeParse(snapshot).success).toBe(true)
    expect(snapshot).toMatchObject({
      eventCount: 0,
      headHash: GENESIS_HASH,
      updatedAt: null,
      currentSectionId: 'prerequisites',
      recovery: null,
      profile: null,
      deadlines: null,
    })
    expect(snapshot.nextAction.kind).toBe('profile')
    expect(snapshot.sections.map((s) => [s.role, s.status, s.doneCount, s.totalCount])).toEqual([
      ['profile', 'not-started', 0, 3],
      ['request', 'not-started', 0, 4],
      ['registration', 'not-started', 0, 4],
      ['sign-in', 'not-started', 0, 5],
      ['mfa', 'not-started', 0, 3],
      ['password', 'not-started', 0, 1],
      ['policies', 'not-started', 0, 3],
      ['finish', 'not-started', 0, 2],
    ])
    expect(sectionOf(snapshot, 'profile')?.items[0]).toEqual({
      id: 'who-you-are',
      how: 'evidence',
      done: false,
      doneAt: null,
      on: null,
      blockedBy: null,
      needsDate: false,
    })
  })

  it('marks a section in progress only when something in it is done, then done, with counts', () => {
    const partly = snap(chainOf([profile('vendor', 'no')]))
    expect(sectionOf(partly, 'profile')).toMatchObject({ status: 'in-progress', doneCount: 2, totalCount: 3 })
    expect(sectionOf(partly, 'request')).toMatchObject({ status: 'not-started', doneCount: 0 })
    const whole = snap(chainOf([vendor]))
    expect(sectionOf(whole, 'profile')).toMatchObject({ status: 'done', doneCount: 3, totalCount: 3 })
  })

  it('points the next action at the first open item, even when a later section is done', () => {
    const events = chainOf([vendor, ...step2])
    expect(snap(events)).toMatchObject({ currentSectionId: 'step-3', nextAction: { kind: 'item', sectionId: 'step-3', itemId: 'practise-code' } })
    expect(titleOf(snap(events).nextAction)).toBe('Practise with Microsoft Authenticator on your phone first')
    const waiting = snap(chainOf([vendor, step1[0]!])).nextAction
    expect(waiting).toMatchObject({ sectionId: 'step-1', itemId: 'registration-email' })
    expect(titleOf(waiting)).toBe('Wait for the registration email, then enter the date it arrived')
  })

  it('takes a confirmation back when it is withdrawn: done goes back, and the count drops', () => {
    const events = chainOf([vendor, ...step2, { type: 'item-withdrawn', data: { role: 'registration', item: 'submit-form' } }])
    const snapshot = snap(events)
    expect(sectionOf(snapshot, 'registration')).toMatchObject({ status: 'in-progress', doneCount: 2, totalCount: 3 })
    expect(itemOf(snapshot, 'registration', 'submit-form')).toMatchObject({ done: false, doneAt: null })
  })

  it('shows when a confirmation was given and the day the user gave', () => {
    const events = chainOf([
      vendor,
      ...step1,
      { type: 'registration-saved', data: { fields } },
      confirmed('registration', 'open-link'),
      confirmed('registration', 'submit-form', '2026-11-22'),
    ])
    expect(itemOf(snap(events), 'registration', 'submit-form')).toEqual({
      id: 'submit-form',
      how: 'attest',
      done: true,
      doneAt: events.at(-1)!.at,
      on: '2026-11-22',
      blockedBy: null,
      needsDate: false,
    })
  })

  it('takes its head and time from the last event', () => {
    const events = chainOf([vendor, ...step1])
    expect(snap(events)).toMatchObject({ eventCount: 3, headHash: events[2]!.hash, updatedAt: events[2]!.at })
  })

  it('passes the recovery notice through', () => {
    const notice: RecoveryNotice = {
      reason: 'invalid',
      message: { id: 'recovery.invalid', values: { movedTo: '/x.json' } },
      movedTo: '/x.json',
      detectedAt: '2025-01-01T00:00:00.000Z',
    }
    const ack = chainOf([{ type: 'recovery-acknowledged', data: { reason: 'invalid', movedTo: '/x.json' } }])
    const snapshot = snap(ack, NOW, notice)
    expect(snapshot.recovery).toEqual(notice)
    expect(snapshot.sections.every((s) => s.status === 'not-started')).toBe(true)
  })

  it('gives today in the user time zone', () => {
    expect(snap([], new Date('2026-11-22T16:30:00Z')).today).toBe('2026-11-23')
    expect(snap([], new Date('2026-11-22T15:59:00Z')).today).toBe('2026-11-22')
  })
})

describe('buildSnapshot: the items that apply', () => {
  it('shows every item before a profile is saved', () => {
    const ids = itemIds(snap([]))
    expect(ids.profile).toEqual(['who-you-are', 'org-email', 'onboarding-email'])
    expect(ids.request).toEqual(['contact-manager', 'give-details', 'give-officer-details', 'registration-email'])
    expect(ids.registration).toEqual(['open-link', 'fill-form', 'officer-fields', 'submit-form'])
    expect(ids.policies).toEqual(['read-policies', 'accept-on-techpass', 'mdm-aup'])
  })

  it.each([
    [
      'vendor',
      'no',
      ['contact-manager', 'give-details', 'registration-email'],
      ['open-link', 'fill-form', 'submit-form'],
      ['read-policies', 'accept-on-techpass'],
      ['verify-login'],
    ],
    [
      'vendor',
      'yes',
      ['contact-manager', 'give-details', 'registration-email'],
      ['open-link', 'fill-form', 'submit-form'],
      ['read-policies', 'accept-on-techpass', 'mdm-aup'],
      ['verify-login', 'seed-onboarding'],
    ],
    [
      'vendor',
      'unknown',
      ['contact-manager', 'give-details', 'registration-email'],
      ['open-link', 'fill-form', 'submit-form'],
      ['read-policies', 'accept-on-techpass', 'mdm-aup'],
      ['verify-login', 'seed-onboarding'],
    ],
    [
      'offshore-odc',
      'no',
      ['contact-manager', 'give-details', 'registration-email'],
      ['open-link', 'fill-form', 'officer-fields', 'submit-form'],
      ['read-policies', 'accept-on-techpass'],
      ['verify-login'],
    ],
    [
      'offshore-non-odc',
      'yes',
      ['contact-manager', 'give-details', 'give-officer-details', 'registration-email'],
      ['open-link', 'fill-form', 'officer-fields', 'submit-form'],
      ['read-policies', 'accept-on-techpass', 'mdm-aup'],
      ['verify-login', 'seed-onboarding'],
    ],
  ] as const)('for %s with SEED %s, shows only the items that apply', (audience, seed, request, registration, policies, finish) => {
    const ids = itemIds(snap(chainOf([profile(audience, seed)])))
    expect(ids).toMatchObject({ request, registration, policies, finish })
  })
})

describe('buildSnapshot: deadlines and the next action', () => {
  const allRead: DomainBody[] = POLICIES.slice(0, 2).map((p) => ({
    type: 'policy-read',
    data: { id: p.id as 'terms-of-use', version: p.version, sha256: p.sha256 },
  }))
  const through = (role: SectionRole, items: string[]) => items.map((i) => confirmed(role, i))
  const toStep6 = [
    ...step2,
    ...through('sign-in', ['open-portal', 'enter-username', 'enter-password', 'start-mfa']),
    ...through('mfa', ['install-authenticator', 'scan-qr', 'number-matching']),
    ...through('password', ['reset-password']),
    ...allRead,
  ]

  it('has no deadlines until an invitation date is known', () => {
    expect(snap(chainOf([profile('vendor', 'no')])).deadlines).toBeNull()
  })

  it('watches the register-by date until the form is submitted, then activate-by until the policies are accepted on TechPass', () => {
    const first = snap(chainOf([vendor]))
    expect(first.deadlines).toMatchObject({ invitedOn: '2026-11-20', timeZone: ZONE, registerBy: { due: '2026-11-25', daysLeft: 2, state: 'soon' } })
    expect(first.deadlines?.activateBy).toMatchObject({ due: '2026-12-20', daysLeft: 27, state: 'fine' })
    expect(first.deadlines?.active?.kind).toBe('register')
    expect(first.nextAction.due?.kind).toBe('register')
    expect(snap(chainOf([vendor, ...step2])).deadlines?.active?.kind).toBe('activate')
    expect(snap(chainOf([vendor, ...toStep6])).deadlines?.active?.kind).toBe('activate')
    expect(snap(chainOf([vendor, ...toStep6, confirmed('policies', 'accept-on-techpass')])).deadlines?.active).toBeNull()
  })

  it('turns the next action into "renew" once the active deadline has passed, pointing at Step 1', () => {
    const snapshot = snap(chainOf([vendor]), new Date('2026-11-26T00:01:00+08:00'))
    expect(snapshot.deadlines?.registerBy).toMatchObject({ daysLeft: -1, state: 'expired' })
    expect(snapshot.nextAction).toMatchObject({ kind: 'renew', sectionId: 'step-1', due: { kind: 'register', due: '2026-11-25' } })
    expect(JSON.stringify(snapshot.nextAction.detail)).toContain('{"day":"2026-11-25"}')
    expect(said(snapshot.nextAction.detail)).toContain('25 November 2026')
  })

  it('has no active deadline while a renewal waits for the new invitation', () => {
    const events = chainOf([vendor, { type: 'invitation-renewal-started', data: { expiredOn: '2026-11-25', kind: 'register' } }])
    const snapshot = snap(events, new Date('2026-11-27T09:00:00+08:00'))
    expect(snapshot.invitation).toEqual({ invitedOn: '2026-11-20', renewing: true, renewals: 1 })
    expect(snapshot.deadlines?.active).toBeNull()
    expect(snapshot.nextAction).toMatchObject({ kind: 'item', sectionId: 'step-1', due: null })
  })

  // Regression test for a fixed bug: reopening Step 2 after registering in time brought the 5-day limit back as expired.
  it('reopening Step 2 after registering keeps the activate-by deadline instead of bringing the 5-day limit back', () => {
    const events = chainOf([vendor, ...step2, { type: 'section-reopened', data: { role: 'registration' } }])
    const later = snap(events, new Date('2026-11-28T10:00:00+08:00'))
    expect(sectionOf(later, 'registration')?.status).not.toBe('done')
    expect(later.deadlines?.active?.kind).toBe('activate')
    expect(later.nextAction.kind).not.toBe('renew')
    expect(itemOf(later, 'registration', 'submit-form')).toMatchObject({
      done: false,
      needsDate: false,
    })
    expect(said(itemOf(later, 'registration', 'submit-form')?.blockedBy)).toBe('Do this first: Open the registration link in the registration email.')
  })
})
