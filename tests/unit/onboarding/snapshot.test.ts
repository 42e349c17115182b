import { describe, expect, it } from 'vitest'
import type { RecoveryNotice } from '../../../src-shared/snapshot-schema'
import { SnapshotSchema } from '../../../src-shared/snapshot-schema'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'
import { GENESIS_HASH } from '../../../src-main/ledger/events'
import type { EventBody, LedgerEvent } from '../../../src-main/ledger/events'
import { buildSnapshot } from '../../../src-main/onboarding/snapshot'
import { applies } from '../../../src-shared/applies'
import { chainOf, mark } from '../support/events'
import { realGuide, testGuide } from '../support/guide'

const guide = testGuide([
  ['first', ['a', 'b']],
  ['second', ['c']],
  ['third', ['d', 'e', 'f']],
])
const real = realGuide()
const ZONE = 'Asia/Singapore'
const NOW = new Date('2026-11-23T10:00:00+08:00')
const profile = (audience: 'vendor' | 'offshore-odc' | 'offshore-non-odc', seedProvisioned: boolean, onboardingEmailOn: string | null = null): EventBody => ({
  type: 'profile-saved',
  data: { audience, seedProvisioned, orgEmail: 'ana@acme.com', onboardingEmailOn },
})
const PROFILE = profile('vendor', false)

const snap = (events: LedgerEvent[], g = guide, now = NOW, recovery: RecoveryNotice | null = null) =>
  buildSnapshot(g, events, recovery, now, DEFAULT_SETTINGS, ZONE)
const run = (...marks: [string, string, boolean][]) => chainOf([PROFILE, ...marks.map(([s, i, d]) => mark(s, i, d))])
const statuses = (events: LedgerEvent[]) => Object.fromEntries(snap(events).sections.map((s) => [s.id, s.status]))
const itemIds = (events: LedgerEvent[], g = real) => Object.fromEntries(snap(events, g).sections.map((s) => [s.id, s.items.map((i) => i.id)]))

describe('buildSnapshot: progress (was the reducer)', () => {
  it('starts with every section not started and points at the first one', () => {
    const snapshot = snap([])
    expect(snapshot).toMatchObject({ eventCount: 0, headHash: GENESIS_HASH, updatedAt: null, currentSectionId: 'first', recovery: null, profile: null, deadlines: null })
    expect(snapshot.nextAction.kind).toBe('profile')
    expect(snapshot.sections.map(({ id, status, doneCount, totalCount }) => ({ id, status, doneCount, totalCount }))).toEqual([
      { id: 'first', status: 'not-started', doneCount: 0, totalCount: 2 },
      { id: 'second', status: 'not-started', doneCount: 0, totalCount: 1 },
      { id: 'third', status: 'not-started', doneCount: 0, totalCount: 3 },
    ])
    expect(snapshot.sections[0]?.items).toEqual([
      { id: 'a', done: false, changedAt: null, auto: false },
      { id: 'b', done: false, changedAt: null, auto: false },
    ])
    expect(SnapshotSchema.safeParse(snapshot).success).toBe(true)
  })

  it('marks a section in progress, then done, with counts', () => {
    const partly = run(['first', 'a', true])
    expect(statuses(partly)).toEqual({ first: 'in-progress', second: 'not-started', third: 'not-started' })
    expect(snap(partly).sections[0]).toMatchObject({ doneCount: 1, totalCount: 2 })
    const whole = run(['first', 'a', true], ['first', 'b', true])
    expect(statuses(whole).first).toBe('done')
    expect(snap(whole).sections[0]).toMatchObject({ doneCount: 2, totalCount: 2 })
  })

  it('makes the first section that is not done current, even when a later one is done', () => {
    expect(snap(run(['first', 'a', true], ['first', 'b', true])).currentSectionId).toBe('second')
    expect(snap(run(['second', 'c', true])).currentSectionId).toBe('first')
    const allButThird = run(['first', 'a', true], ['first', 'b', true], ['second', 'c', true], ['third', 'd', true])
    expect(snap(allButThird).nextAction).toMatchObject({ kind: 'item', sectionId: 'third', title: 'e' })
  })

  it('has nothing left to do once every section is done', () => {
    const all = run(['first', 'a', true], ['first', 'b', true], ['second', 'c', true], ['third', 'd', true], ['third', 'e', true], ['third', 'f', true])
    const snapshot = snap(all)
    expect(snapshot.nextAction.kind).toBe('done')
    expect(snapshot.sections.every((s) => s.status === 'done')).toBe(true)
  })

  it('reverts on unticking: done goes back to in progress, and the count drops', () => {
    const events = run(['second', 'c', true], ['second', 'c', false])
    const snapshot = snap(events)
    expect(snapshot.sections[1]?.items[0]).toEqual({ id: 'c', done: false, changedAt: events[2]!.at, auto: false })
    expect(snapshot.sections[1]).toMatchObject({ status: 'in-progress', doneCount: 0 })
    const first = snap(run(['first', 'a', true], ['first', 'b', true], ['first', 'b', false]))
    expect(first.sections[0]).toMatchObject({ status: 'in-progress', doneCount: 1 })
    expect(first.currentSectionId).toBe('first')
  })

  it('uses the latest mark of an item and the last event for head and time', () => {
    const events = run(['first', 'a', true], ['first', 'a', false], ['first', 'a', true])
    const snapshot = snap(events)
    expect(snapshot.sections[0]?.items[0]).toEqual({ id: 'a', done: true, changedAt: events[3]!.at, auto: false })
    expect(snapshot).toMatchObject({ eventCount: 4, headHash: events[3]!.hash, updatedAt: events[3]!.at })
  })

  it('ignores marks for items the guide no longer has', () => {
    const snapshot = snap(run(['first', 'gone', true], ['old-section', 'a', true]))
    expect(snapshot.sections.map((s) => s.status)).toEqual(['not-started', 'not-started', 'not-started'])
    expect(snapshot.sections.flatMap((s) => s.items.map((i) => i.id))).toEqual(['a', 'b', 'c', 'd', 'e', 'f'])
    expect(snapshot.eventCount).toBe(3)
  })

  it('passes the recovery notice through and ignores acknowledgement events for items', () => {
    const notice: RecoveryNotice = { reason: 'invalid', message: 'moved', movedTo: '/x.json', detectedAt: '2025-01-01T00:00:00.000Z' }
    const ack = chainOf([{ type: 'recovery-acknowledged', data: { reason: 'invalid', movedTo: '/x.json' } }])
    const snapshot = snap(ack, guide, NOW, notice)
    expect(snapshot.recovery).toEqual(notice)
    expect(snapshot.sections.every((s) => s.items.every((i) => !i.done && i.changedAt === null))).toBe(true)
    expect(snapshot.eventCount).toBe(1)
  })

  it('gives today in the user time zone', () => {
    expect(snap([], guide, new Date('2026-11-22T16:30:00Z')).today).toBe('2026-11-23')
    expect(snap([], guide, new Date('2026-11-22T15:59:00Z')).today).toBe('2026-11-22')
  })
})

describe('buildSnapshot: the items that apply', () => {
  it('shows every item before a profile is saved', () => {
    const ids = itemIds([])
    expect(ids.prerequisites).toEqual(['who-you-are', 'org-email', 'onboarding-email'])
    expect(ids['step-1']).toEqual(['contact-manager', 'give-details', 'give-officer-details', 'registration-email'])
    expect(ids['step-2']).toEqual(['open-link', 'fill-form', 'officer-fields', 'submit-form'])
    expect(ids['step-6']).toEqual(['privacy-terms', 'mdm-aup'])
  })

  it.each([
    ['vendor', false, ['contact-manager', 'give-details', 'registration-email'], ['open-link', 'fill-form', 'submit-form'], ['privacy-terms']],
    ['vendor', true, ['contact-manager', 'give-details', 'registration-email'], ['open-link', 'fill-form', 'submit-form'], ['privacy-terms', 'mdm-aup']],
    ['offshore-odc', false, ['contact-manager', 'give-details', 'registration-email'], ['open-link', 'fill-form', 'officer-fields', 'submit-form'], ['privacy-terms']],
    ['offshore-non-odc', true, ['contact-manager', 'give-details', 'give-officer-details', 'registration-email'], ['open-link', 'fill-form', 'officer-fields', 'submit-form'], ['privacy-terms', 'mdm-aup']],
  ] as const)('for %s with SEED %s, shows only the items that apply', (audience, seed, step1, step2, step6) => {
    const ids = itemIds(chainOf([profile(audience, seed)]))
    expect(ids['step-1']).toEqual(step1)
    expect(ids['step-2']).toEqual(step2)
    expect(ids['step-6']).toEqual(step6)
    expect(ids['next-steps']).toEqual(seed ? ['verify-login', 'seed-onboarding'] : ['verify-login'])
  })

  it('applies() follows audiences and seedOnly', () => {
    const item = { id: 'x', label: 'x', audiences: ['offshore-odc' as const], seedOnly: true }
    expect(applies(item, null)).toBe(true)
    expect(applies(item, { audience: 'offshore-odc', seedProvisioned: true })).toBe(true)
    expect(applies(item, { audience: 'offshore-odc', seedProvisioned: false })).toBe(false)
    expect(applies(item, { audience: 'vendor', seedProvisioned: true })).toBe(false)
  })
})

describe('buildSnapshot: deadlines and the next action', () => {
  const vendor = profile('vendor', false, '2026-11-20')
  const registered: EventBody = {
    type: 'registration-saved',
    data: { fields: { username: 'ana', firstName: 'Ana', lastName: 'Lim', mobile: '+6591234567', department: 'Eng' } },
  }
  const tick = (sectionId: string, ...ids: string[]) => ids.map((id) => mark(sectionId, id, true))

  it('has no deadlines until an invitation date is known', () => {
    expect(snap(chainOf([profile('vendor', false)]), real).deadlines).toBeNull()
  })

  it('watches the register-by date until Step 2 is done, then activate-by until Step 6 is done', () => {
    const base = [vendor]
    const first = snap(chainOf(base), real)
    expect(first.deadlines).toMatchObject({ invitedOn: '2026-11-20', timeZone: ZONE, registerBy: { due: '2026-11-25', daysLeft: 2, state: 'soon' } })
    expect(first.deadlines?.activateBy).toMatchObject({ due: '2026-12-20', daysLeft: 27, state: 'fine' })
    expect(first.deadlines?.active?.kind).toBe('register')
    expect(first.nextAction.due?.kind).toBe('register')
    const step2 = [...base, registered, ...tick('step-2', 'open-link', 'submit-form')]
    expect(snap(chainOf(step2), real).deadlines?.active?.kind).toBe('activate')
    const policies = [
      { id: 'privacy-policy', version: '1.0', sha256: 'a'.repeat(64) },
      { id: 'terms-of-use', version: '1.0', sha256: 'b'.repeat(64) },
    ] as const
    const step6 = [...step2, ...policies.map((p): EventBody => ({ type: 'policy-accepted', data: { ...p } }))]
    expect(buildSnapshot(real, chainOf(step6), null, NOW, DEFAULT_SETTINGS, ZONE, policies).deadlines?.active).toBeNull()
  })

  it('turns the next action into "renew" once the active deadline has passed, pointing at Step 1', () => {
    const snapshot = snap(chainOf([vendor]), real, new Date('2026-11-26T00:01:00+08:00'))
    expect(snapshot.deadlines?.registerBy).toMatchObject({ daysLeft: -1, state: 'expired' })
    expect(snapshot.nextAction).toMatchObject({ kind: 'renew', sectionId: 'step-1', due: { kind: 'register', due: '2026-11-25' } })
    expect(snapshot.nextAction.detail).toContain('2026-11-25')
  })

  it('has no active deadline while a renewal waits for the new invitation', () => {
    const events = chainOf([vendor, { type: 'invitation-renewal-started', data: { expiredOn: '2026-11-25' } }])
    const snapshot = snap(events, real, new Date('2026-11-27T09:00:00+08:00'))
    expect(snapshot.invitation).toEqual({ invitedOn: '2026-11-20', renewing: true, renewals: 1 })
    expect(snapshot.deadlines?.active).toBeNull()
    expect(snapshot.nextAction).toMatchObject({ kind: 'item', sectionId: 'step-1', due: null })
  })
})

describe('buildSnapshot: reopening Step 2 after registering', () => {
  it('keeps the activate-by deadline instead of bringing the 5-day limit back', () => {
    const events = chainOf([
      { type: 'profile-saved', data: { audience: 'vendor', seedProvisioned: false, orgEmail: 'a@b.com', onboardingEmailOn: '2026-11-01' } },
      ...['open-link', 'fill-form', 'submit-form'].map((itemId): EventBody => ({ type: 'item-marked', data: { sectionId: 'step-2', itemId, done: true } })),
      { type: 'section-reopened', data: { sectionId: 'step-2' } },
    ])
    const snap = buildSnapshot(realGuide(), events, null, new Date('2026-11-20T02:00:00Z'), DEFAULT_SETTINGS, 'Asia/Singapore')
    expect(snap.sections.find((s) => s.id === 'step-2')?.status).not.toBe('done')
    expect(snap.deadlines?.active?.kind).toBe('activate')
    expect(snap.nextAction.kind).not.toBe('renew')
  })
})
