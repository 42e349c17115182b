import { describe, expect, it } from 'vitest'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import { itemOf, sectionOf, startCore } from '../support/core-harness'
import { profileInput, registrationInput, requestInput } from '../support/onboarding-inputs'
import { useTempDirs } from '../support/temp-dir'

// "Now" starts at 2026-11-23 10:00 in Singapore.
const tempDir = useTempDirs()
const NOW_ISO = new Date('2026-11-23T10:00:00+08:00').toISOString()
const doneIn = (s: Snapshot, role: 'profile' | 'request' | 'registration') =>
  Object.fromEntries(sectionOf(s, role)!.items.map((i) => [i.id, i.done ? 'done' : 'open']))

describe('profile:save', () => {
  it('an offshore user not in an ODC: saved as given, the details count as done, and the deadlines start', async () => {
    const { act, emit } = startCore({ dataDir: tempDir() })
    const profiled = await act('profile:save', profileInput())
    expect(profiled.profile).toEqual({ audience: 'offshore-non-odc', seed: 'yes', orgEmail: 'ana@acme.com', onboardingEmailOn: '2026-11-20' })
    expect(doneIn(profiled, 'profile')).toEqual({ 'who-you-are': 'done', 'org-email': 'done', 'onboarding-email': 'done' })
    expect(itemOf(profiled, 'profile', 'who-you-are')).toMatchObject({ how: 'evidence', doneAt: NOW_ISO })
    expect(profiled.deadlines?.registerBy).toEqual({ kind: 'register', due: '2026-11-25', daysLeft: 2, state: 'soon' })
    expect(profiled.nextAction).toMatchObject({ kind: 'item', sectionId: 'step-1', due: { kind: 'register', due: '2026-11-25' } })
    expect(emit).toHaveBeenCalledExactlyOnceWith('ledger:changed', profiled)
  })

  it('a vendor with no onboarding date: no deadlines yet, and the onboarding-email item waits for a date', async () => {
    const { act } = startCore({ dataDir: tempDir() })
    const profiled = await act('profile:save', profileInput('vendor', null))
    expect(profiled.deadlines).toBeNull()
    expect(doneIn(profiled, 'profile')).toEqual({ 'who-you-are': 'done', 'org-email': 'done', 'onboarding-email': 'open' })
    expect(sectionOf(profiled, 'profile')?.status).toBe('in-progress')
  })

  it('keeps "I don\'t know" as the SEED answer, and accepts it for every audience but the one SEED is forced for', async () => {
    const { act, call } = startCore({ dataDir: tempDir() })
    expect((await act('profile:save', { ...profileInput('offshore-odc'), seed: 'unknown' })).profile?.seed).toBe('unknown')
    expect((await act('profile:save', { ...profileInput('vendor'), seed: 'unknown' })).profile?.seed).toBe('unknown')
    const forced = await call('profile:save', { ...profileInput('offshore-non-odc'), seed: 'unknown' })
    expect(forced).toMatchObject({
      ok: false,
      error: { code: 'bad-input', message: { id: 'input.check-fields', values: { fields: { list: [{ id: 'input.field.seed' }] } } } },
    })
  })
})

describe('changing who you are after the request', () => {
  // Regression test for a fixed bug: one request-sent event proved every Step 1 item, for any audience, so details never given showed as done.
  it('does not count officer details as given when a vendor becomes an offshore user not in an ODC', async () => {
    const { act } = startCore({ dataDir: tempDir() })
    await act('profile:save', profileInput('vendor'))
    const sent = await act('request:send', requestInput('vendor'))
    expect(sent.request.details).not.toHaveProperty('officerName')
    const changed = await act('profile:save', profileInput('offshore-non-odc'))
    expect(doneIn(changed, 'request')).toEqual({
      'contact-manager': 'done',
      'give-details': 'done',
      'give-officer-details': 'open',
      'registration-email': 'open',
    })
    const again = await act('request:send', requestInput('offshore-non-odc'))
    expect(itemOf(again, 'request', 'give-officer-details')?.done).toBe(true)
  })

  // Regression test for the same bug in Step 2: a vendor's registration never held the reporting officer's fields.
  it('does not count the officer fields of the registration as filled when a vendor becomes an offshore user', async () => {
    const { act } = startCore({ dataDir: tempDir() })
    await act('profile:save', profileInput('vendor'))
    await act('registration:save', registrationInput('vendor'))
    const changed = await act('profile:save', profileInput('offshore-odc'))
    expect(itemOf(changed, 'registration', 'fill-form')?.done).toBe(true)
    expect(itemOf(changed, 'registration', 'officer-fields')?.done).toBe(false)
    const again = await act('registration:save', registrationInput('offshore-odc'))
    expect(itemOf(again, 'registration', 'officer-fields')?.done).toBe(true)
  })
})

describe('invitation:renew', () => {
  it('is refused while nothing has expired, also on the last day, and without any invitation date', async () => {
    const { value, act, call, ledgerBytes, clock } = startCore({ dataDir: tempDir() })
    await act('profile:save', profileInput('vendor', null))
    const before = ledgerBytes()!
    expect(await call('invitation:renew')).toMatchObject({ ok: false, error: { code: 'not-allowed', message: { id: 'profile.invitation-not-expired' } } })
    await act('profile:save', profileInput('vendor'))
    const dated = ledgerBytes()!
    expect((await call('invitation:renew')).ok).toBe(false)
    clock.set(new Date('2026-11-25T23:59:00+08:00'))
    expect((await value('ledger:snapshot')).deadlines?.active?.state).toBe('last-day')
    expect((await call('invitation:renew')).ok).toBe(false)
    expect(ledgerBytes()!.equals(dated)).toBe(true)
    expect(dated.equals(before)).toBe(false)
  })

  it('after the deadline: records which deadline passed, keeps the details, and restarts from the new email', async () => {
    const { value, act, call, clock } = startCore({ dataDir: tempDir() })
    await act('profile:save', profileInput())
    await act('request:send', requestInput())
    await act('request:email-received', { on: '2026-11-20' })
    await act('registration:save', registrationInput())
    clock.set(new Date('2026-11-26T00:01:00+08:00'))
    const expired = await value('ledger:snapshot')
    expect(expired.deadlines?.active).toEqual({ kind: 'register', due: '2026-11-25', daysLeft: -1, state: 'expired' })
    expect(expired.nextAction).toMatchObject({ kind: 'renew', sectionId: 'step-1' })

    const renewing = await act('invitation:renew')
    expect(renewing.request).toEqual({ details: { ...requestInput(), mobile: '+6591234567' }, sentAt: null, registrationEmailOn: null })
    expect(renewing.registration.fields).toEqual({ ...registrationInput(), mobile: '+6591234567' })
    expect(renewing.invitation).toEqual({ invitedOn: '2026-11-20', renewing: true, renewals: 1 })
    expect(renewing.deadlines?.active).toBeNull()
    expect(renewing.nextAction).toMatchObject({ kind: 'item', sectionId: 'step-1', due: null })
    expect((await call('invitation:renew')).ok).toBe(false)

    clock.set(new Date('2026-11-27T09:00:00+08:00'))
    await act('request:send', renewing.request.details)
    const restarted = await act('request:email-received', { on: '2026-11-27' })
    expect(restarted.invitation).toEqual({ invitedOn: '2026-11-27', renewing: false, renewals: 1 })
    expect(restarted.deadlines?.active).toEqual({ kind: 'register', due: '2026-12-02', daysLeft: 5, state: 'fine' })
    expect(restarted.deadlines?.activateBy.due).toBe('2026-12-27')
    expect(restarted.nextAction.kind).toBe('item')
  })
})
