import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import { openConfStore } from '../../../src-main/ledger/conf-store'
import { Ledger } from '../../../src-main/ledger/ledger'
import { itemOf, sectionOf, startCore } from '../support/core-harness'
import { officer, profileInput, registrationInput, requestInput } from '../support/onboarding-inputs'
import { useTempDirs } from '../support/temp-dir'

// "Now" starts at 2026-11-23 10:00 in Singapore.
const tempDir = useTempDirs()
const NOW_ISO = new Date('2026-11-23T10:00:00+08:00').toISOString()
const auto = (snapshot: Snapshot, sectionId: string) =>
  Object.fromEntries(sectionOf(snapshot, sectionId)!.items.map((i) => [i.id, i.done ? (i.auto ? 'auto' : 'ticked') : 'open']))
const eventsIn = (path: string) => (JSON.parse(readFileSync(path, 'utf8')) as { events: { type: string; data: unknown }[] }).events

describe('the guided flow through the dispatcher', () => {
  it('offshore user not in an ODC: profile, request, registration email, registration', async () => {
    const { value, emit } = startCore({ dataDir: tempDir() })
    const profiled = await value('profile:save', profileInput())
    expect(profiled.profile).toEqual({ audience: 'offshore-non-odc', seedProvisioned: true, orgEmail: 'ana@acme.com', onboardingEmailOn: '2026-11-20' })
    expect(auto(profiled, 'prerequisites')).toEqual({ 'who-you-are': 'auto', 'org-email': 'auto', 'onboarding-email': 'auto' })
    expect(itemOf(profiled, 'prerequisites', 'who-you-are')?.changedAt).toBe(NOW_ISO)
    expect(profiled.deadlines?.registerBy).toEqual({ kind: 'register', due: '2026-11-25', daysLeft: 2, state: 'soon' })
    expect(profiled.nextAction).toMatchObject({ kind: 'item', sectionId: 'step-1', due: { kind: 'register', due: '2026-11-25' } })

    const sent = await value('request:send', requestInput())
    expect(sent.request).toEqual({ details: { ...requestInput(), mobile: '+6591234567' }, sentAt: NOW_ISO, registrationEmailOn: null })
    expect(auto(sent, 'step-1')).toEqual({ 'contact-manager': 'auto', 'give-details': 'auto', 'give-officer-details': 'auto', 'registration-email': 'open' })

    const arrived = await value('request:email-received', { on: '2026-11-21' })
    expect(sectionOf(arrived, 'step-1')?.status).toBe('done')
    expect(arrived.request.registrationEmailOn).toBe('2026-11-21')
    expect(arrived.invitation.invitedOn).toBe('2026-11-20')
    expect(arrived.nextAction).toMatchObject({ kind: 'item', sectionId: 'step-2', title: 'Open the registration link in your email' })

    const registered = await value('registration:save', registrationInput())
    expect(registered.registration.fields).toEqual({ ...registrationInput(), mobile: '+6591234567' })
    expect(auto(registered, 'step-2')).toEqual({ 'open-link': 'open', 'fill-form': 'auto', 'officer-fields': 'auto', 'submit-form': 'open' })
    await value('ledger:record', { sectionId: 'step-2', itemId: 'open-link', done: true })
    const step2 = await value('ledger:record', { sectionId: 'step-2', itemId: 'submit-form', done: true })
    expect(sectionOf(step2, 'step-2')?.status).toBe('done')
    expect(step2.deadlines?.active).toEqual({ kind: 'activate', due: '2026-12-20', daysLeft: 27, state: 'fine' })
    expect(step2.nextAction).toMatchObject({ kind: 'item', sectionId: 'step-3', title: 'Go to the Docs portal and click Login' })
    expect(step2.eventCount).toBe(6)
    expect(emit).toHaveBeenCalledTimes(6)
    expect(emit).toHaveBeenLastCalledWith('ledger:changed', step2)
  })

  it('vendor with no onboarding date: the registration email date starts the deadlines; officer fields are dropped', async () => {
    const { value, ledgerPath } = startCore({ dataDir: tempDir() })
    const profiled = await value('profile:save', profileInput('vendor', null))
    expect(profiled.deadlines).toBeNull()
    expect(auto(profiled, 'prerequisites')).toEqual({ 'who-you-are': 'auto', 'org-email': 'auto', 'onboarding-email': 'open' })
    const sent = await value('request:send', { ...requestInput('vendor'), ...officer })
    expect(sent.request.details).toEqual({ orgEmail: 'ana@acme.com', mobile: '+6591234567', projectName: 'Apollo' })
    expect(sectionOf(sent, 'step-1')?.items.map((i) => i.id)).toEqual(['contact-manager', 'give-details', 'registration-email'])
    const arrived = await value('request:email-received', { on: '2026-11-22' })
    expect(arrived.invitation.invitedOn).toBe('2026-11-22')
    expect(arrived.deadlines?.registerBy).toEqual({ kind: 'register', due: '2026-11-27', daysLeft: 4, state: 'fine' })
    expect(arrived.deadlines?.activateBy.due).toBe('2026-12-22')
    expect(itemOf(arrived, 'prerequisites', 'onboarding-email')).toMatchObject({ done: true, auto: true })
    const registered = await value('registration:save', { ...registrationInput('vendor'), ...officer })
    expect(registered.registration.fields).toEqual({ ...registrationInput('vendor'), mobile: '+6591234567' })
    expect(JSON.stringify(eventsIn(ledgerPath))).not.toContain('Ravi')
  })

  it('offshore user in an ODC: no officer details in the request, but required at registration', async () => {
    const { value, call } = startCore({ dataDir: tempDir() })
    await value('profile:save', { ...profileInput('offshore-odc'), seedProvisioned: false })
    const sent = await value('request:send', requestInput('offshore-odc'))
    expect(sent.request.details).toEqual({ orgEmail: 'ana@acme.com', mobile: '+6591234567', projectName: 'Apollo' })
    const missing = await call('registration:save', registrationInput('vendor'))
    expect(!missing.ok && missing.error.message).toMatch(/reporting officer's name/)
    const registered = await value('registration:save', registrationInput('offshore-odc'))
    expect(registered.registration.fields).toMatchObject(officer)
  })
})

describe('changing who you are after the request', () => {
  // Regression test for a fixed bug: completedBy signals tick items for every audience, so an item that did not apply shows as done later.
  it('does not count officer details as given when a vendor becomes an offshore user not in an ODC', async () => {
    const { value } = startCore({ dataDir: tempDir() })
    await value('profile:save', profileInput('vendor'))
    const sent = await value('request:send', requestInput('vendor'))
    expect(sent.request.details).not.toHaveProperty('officerName')
    const changed = await value('profile:save', profileInput('offshore-non-odc'))
    expect(itemOf(changed, 'step-1', 'give-officer-details')?.done).toBe(false)
  })
})

describe('reopening a step', () => {
  it('reopens a done section as a new event, leaving the earlier events untouched', async () => {
    const { value, ledgerPath } = startCore({ dataDir: tempDir() })
    await value('profile:save', profileInput())
    const before = eventsIn(ledgerPath)
    expect(sectionOf(await value('ledger:snapshot'), 'prerequisites')?.status).toBe('done')
    const reopened = await value('ledger:reopen', { sectionId: 'prerequisites' })
    expect(sectionOf(reopened, 'prerequisites')).toMatchObject({ status: 'in-progress', doneCount: 0 })
    expect(reopened.eventCount).toBe(before.length + 1)
    const after = eventsIn(ledgerPath)
    expect(after.slice(0, before.length)).toEqual(before)
    expect(after.at(-1)).toMatchObject({ type: 'section-reopened', data: { sectionId: 'prerequisites' } })
    expect(reopened.profile?.audience).toBe('offshore-non-odc')
  })

  it('refuses to reopen a section that is not finished, changing nothing', async () => {
    const { value, call, ledgerBytes } = startCore({ dataDir: tempDir() })
    await value('profile:save', profileInput())
    const before = ledgerBytes()!
    const result = await call('ledger:reopen', { sectionId: 'step-1' })
    expect(result.ok ? null : result.error.code).toBe('not-allowed')
    expect(ledgerBytes()!.equals(before)).toBe(true)
  })
})

describe('an invitation that expires', () => {
  it('turns into "renew", resets Steps 1 to 6 with the request kept, then restarts from the new email', async () => {
    const { value, call, clock } = startCore({ dataDir: tempDir() })
    await value('profile:save', profileInput())
    await value('request:send', requestInput())
    await value('request:email-received', { on: '2026-11-20' })
    await value('registration:save', registrationInput())
    clock.set(new Date('2026-11-26T00:01:00+08:00'))
    const expired = await value('ledger:snapshot')
    expect(expired.deadlines?.active).toEqual({ kind: 'register', due: '2026-11-25', daysLeft: -1, state: 'expired' })
    expect(expired.nextAction).toMatchObject({ kind: 'renew', sectionId: 'step-1' })

    const renewing = await value('invitation:renew')
    for (const id of ['step-1', 'step-2', 'step-3', 'step-4', 'step-5', 'step-6']) {
      expect(sectionOf(renewing, id)?.items.every((i) => !i.done), id).toBe(true)
    }
    expect(sectionOf(renewing, 'prerequisites')?.status).toBe('done')
    expect(renewing.request).toEqual({ details: { ...requestInput(), mobile: '+6591234567' }, sentAt: null, registrationEmailOn: null })
    expect(renewing.invitation).toEqual({ invitedOn: '2026-11-20', renewing: true, renewals: 1 })
    expect(renewing.deadlines?.active).toBeNull()
    expect(renewing.nextAction).toMatchObject({ kind: 'item', sectionId: 'step-1', due: null })
    expect((await call('invitation:renew')).ok).toBe(false)

    clock.set(new Date('2026-11-27T09:00:00+08:00'))
    await value('request:send', renewing.request.details)
    const restarted = await value('request:email-received', { on: '2026-11-27' })
    expect(restarted.invitation).toEqual({ invitedOn: '2026-11-27', renewing: false, renewals: 1 })
    expect(restarted.deadlines?.active).toEqual({ kind: 'register', due: '2026-12-02', daysLeft: 5, state: 'fine' })
    expect(restarted.deadlines?.activateBy.due).toBe('2026-12-27')
    expect(restarted.nextAction.kind).toBe('item')
  })
})

describe('starting over', () => {
  it('archives ledger.json beside itself, bytes intact, and starts a ledger that points to it', async () => {
    const { value, ledgerPath, ledgerBytes, info } = startCore({ dataDir: tempDir() })
    await value('profile:save', profileInput())
    await value('request:send', requestInput())
    const before = ledgerBytes()!
    const { archivedTo, snapshot } = await value<{ archivedTo: string; snapshot: Snapshot }>('ledger:start-over')
    expect(dirname(archivedTo)).toBe(info.dataDir)
    expect(archivedTo).toBe(join(info.dataDir, 'ledger.archived-2026-11-23T02-00-00-000Z.json'))
    expect(readFileSync(archivedTo).equals(before)).toBe(true)
    expect(snapshot).toMatchObject({ eventCount: 1, profile: null, deadlines: null })
    expect(eventsIn(ledgerPath)).toEqual([expect.objectContaining({ type: 'ledger-started', data: { archivedFrom: archivedTo } })])
    expect(readdirSync(info.dataDir).sort()).toEqual(['ledger.archived-2026-11-23T02-00-00-000Z.json', 'ledger.json'])

    const reopened = Ledger.open(openConfStore, info.dataDir, new Date())
    expect(reopened.recovery).toBeNull()
    expect(reopened.all().map((e) => e.type)).toEqual(['ledger-started'])
    const again = startCore({ dataDir: info.dataDir })
    expect(await again.value('ledger:snapshot')).toMatchObject({ eventCount: 1, profile: null, recovery: null })
  })
})
