import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { readFileSync, rmSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Policies } from '../../../src-shared/policy-schema'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import { loadPolicies } from '../../../src-main/policies/load-policies'
import { itemOf, sectionOf, startCore } from '../support/core-harness'
import { profileInput } from '../support/onboarding-inputs'
import { useTempDirs } from '../support/temp-dir'
import { copyResources, policyPath } from '../support/temp-resources'

const tempDir = useTempDirs()
const NOW_ISO = new Date('2026-11-23T10:00:00+08:00').toISOString()
const vendor = (seedProvisioned: boolean) => ({ ...profileInput('vendor'), seedProvisioned })
const eventsIn = (path: string) => (JSON.parse(readFileSync(path, 'utf8')) as { events: { type: string; at: string; data: unknown }[] }).events
const fileSha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

// A core on its own data folder and its own copy of the resources.
function start() {
  const resourcesDir = copyResources(tempDir())
  const h = startCore({ dataDir: tempDir(), resourcesDir })
  const list = () => h.value<Policies>('policy:list')
  const current = async (id: string) => {
    const p = (await list()).policies.find((x) => x.id === id)
    if (!p) throw new Error(`${id} is not listed`)
    return { id: p.id, version: p.version, sha256: p.sha256 }
  }
  const accept = async (id: string) => h.value<Policies>('policy:accept', await current(id))
  return { ...h, resourcesDir, list, current, accept }
}

describe('policy:list follows the SEED choice (R14, R15)', () => {
  it('a vendor without SEED is shown the privacy policy and the terms of use only, none accepted yet', async () => {
    const app = start()
    await app.value('profile:save', vendor(false))
    const { policies, problems } = await app.list()
    expect(problems).toEqual([])
    expect(policies.map((p) => p.id)).toEqual(['privacy-policy', 'terms-of-use'])
    for (const p of policies) {
      expect(p).toMatchObject({ required: true, state: 'not-accepted', acceptance: null, version: '1.0' })
      expect(p.sha256).toBe(fileSha(policyPath(app.resourcesDir, p.id)))
    }
  })

  it('an offshore user not in an ODC (SEED mandatory) is shown the MDM AUP as well', async () => {
    const app = start()
    await app.value('profile:save', profileInput('offshore-non-odc'))
    expect((await app.list()).policies.map((p) => p.id)).toEqual(['privacy-policy', 'terms-of-use', 'mdm-aup'])
  })

  it('switching SEED on makes the AUP required: Step 6 is not done again although privacy and terms were accepted', async () => {
    const app = start()
    await app.value('profile:save', vendor(false))
    await app.accept('privacy-policy')
    await app.accept('terms-of-use')
    const before = await app.value('ledger:snapshot')
    expect(sectionOf(before, 'step-6')).toMatchObject({ status: 'done', doneCount: 1, totalCount: 1 })

    const seeded = await app.value('profile:save', vendor(true))
    expect(sectionOf(seeded, 'step-6')).toMatchObject({ status: 'in-progress', doneCount: 1, totalCount: 2 })
    expect(itemOf(seeded, 'step-6', 'mdm-aup')).toMatchObject({ done: false, changedAt: null, auto: true })
    expect(seeded.summary.find((s) => s.sectionId === 'step-6')?.doneAt).toBeNull()
    const listed = await app.list()
    expect(listed.policies.map((p) => [p.id, p.state])).toEqual([
      ['privacy-policy', 'accepted'],
      ['terms-of-use', 'accepted'],
      ['mdm-aup', 'not-accepted'],
    ])

    await app.accept('mdm-aup')
    expect(sectionOf(await app.value('ledger:snapshot'), 'step-6')?.status).toBe('done')
  })
})

describe('policy:accept before the SEED choice is known', () => {
  // Regression test for a fixed bug: with no profile, applies() treats every item as applying, so the AUP is listed and accepted.
  it('the MDM AUP cannot be accepted before the user has said whether SEED is provisioned', async () => {
    const app = start()
    const aup = loadPolicies(join(app.resourcesDir, 'policies')).policies.find((p) => p.id === 'mdm-aup')!
    const result = await app.call('policy:accept', { id: aup.id, version: aup.version, sha256: aup.sha256 })
    expect(result).toMatchObject({ ok: false, error: { code: 'not-allowed' } })
    expect(app.ledgerBytes()).toBeNull()
  })
})

describe('policy:accept', () => {
  it('records { id, version, sha256 } in a policy-accepted event whose time is the acceptedAt shown', async () => {
    const app = start()
    await app.value('profile:save', vendor(false))
    const terms = await app.current('terms-of-use')
    app.clock.advance(90_000)
    const after = await app.value<Policies>('policy:accept', terms)
    const last = eventsIn(app.ledgerPath).at(-1)!
    expect(last.type).toBe('policy-accepted')
    expect(last.data).toEqual({ id: 'terms-of-use', version: '1.0', sha256: fileSha(policyPath(app.resourcesDir, 'terms-of-use')) })
    expect(last.at).toBe(new Date(Date.parse(NOW_ISO) + 90_000).toISOString())
    const shown = after.policies.find((p) => p.id === 'terms-of-use')!
    expect(shown).toMatchObject({ state: 'accepted', acceptance: { version: '1.0', sha256: terms.sha256, acceptedAt: last.at } })
    expect(after.policies.find((p) => p.id === 'privacy-policy')?.state).toBe('not-accepted')
    expect(app.emit).toHaveBeenLastCalledWith('ledger:changed', expect.objectContaining({ eventCount: 2 }))
  })

  it('accepting the same version twice adds no second event', async () => {
    const app = start()
    await app.value('profile:save', vendor(false))
    const first = await app.accept('privacy-policy')
    const bytes = app.ledgerBytes()
    app.clock.advance(60_000)
    const second = await app.accept('privacy-policy')
    expect(second).toEqual(first)
    expect(app.ledgerBytes()).toEqual(bytes)
    expect(eventsIn(app.ledgerPath).filter((e) => e.type === 'policy-accepted')).toHaveLength(1)
  })

  type Current = { id: string; version: string; sha256: string }
  type Refusal = [name: string, seed: boolean, input: (privacy: Current, aup: Current) => unknown, code: string]
  const refusals: Refusal[] = [
    ['an unknown id', false, (c) => ({ ...c, id: 'cookie-policy' }), 'not-found'],
    ['an older version', false, (c) => ({ ...c, version: '0.9' }), 'not-allowed'],
    ['a newer version', false, (c) => ({ ...c, version: '2.0' }), 'not-allowed'],
    ['a wrong sha256', false, (c) => ({ ...c, sha256: '0'.repeat(64) }), 'not-allowed'],
    ['the sha256 in capitals', false, (c) => ({ ...c, sha256: c.sha256.toUpperCase() }), 'not-allowed'],
    ['another policy\'s sha256', false, (c, aup) => ({ ...c, sha256: aup.sha256 }), 'not-allowed'],
    ['a missing sha256', false, (c) => ({ id: c.id, version: c.version }), 'bad-input'],
    ['an extra field', false, (c) => ({ ...c, acceptedAt: NOW_ISO }), 'bad-input'],
    ['the current MDM AUP without SEED', false, (_, aup) => aup, 'not-allowed'],
    ['an older MDM AUP version with SEED', true, (_, aup) => ({ ...aup, version: '0.9' }), 'not-allowed'],
  ]
  it.each(refusals)('refuses %s (SEED: %s) and the ledger stays byte-identical', async (_, seed, input, code) => {
    const app = start()
    await app.value('profile:save', vendor(seed))
    const aup = loadPolicies(join(app.resourcesDir, 'policies')).policies.find((p) => p.id === 'mdm-aup')!
    const sent = input(await app.current('privacy-policy'), { id: aup.id, version: aup.version, sha256: aup.sha256 })
    const bytes = app.ledgerBytes()
    const listed = await app.list()
    const result = await app.call('policy:accept', sent)
    expect(result).toMatchObject({ ok: false, error: { code } })
    expect(!result.ok && result.error.message).toMatch(/nothing was (accepted|changed)/i)
    expect(app.ledgerBytes()).toEqual(bytes)
    expect(await app.list()).toEqual(listed)
  })

  it('a policy whose file could not be loaded cannot be accepted; the others still can', async () => {
    const resourcesDir = copyResources(tempDir())
    rmSync(policyPath(resourcesDir, 'terms-of-use'))
    const app = startCore({ dataDir: tempDir(), resourcesDir })
    await app.value('profile:save', vendor(false))
    const listed = await app.value<Policies>('policy:list')
    expect(listed.problems).toEqual([{ file: policyPath(resourcesDir, 'terms-of-use'), message: expect.stringContaining(policyPath(resourcesDir, 'terms-of-use')) }])
    expect(app.log).toHaveBeenCalledWith(listed.problems[0]!.message)
    expect(listed.policies.map((p) => p.id)).toEqual(['privacy-policy'])
    const refused = await app.call('policy:accept', { id: 'terms-of-use', version: '1.0', sha256: 'a'.repeat(64) })
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-found' } })
    const privacy = listed.policies[0]!
    await app.value('policy:accept', { id: privacy.id, version: privacy.version, sha256: privacy.sha256 })
    const snap = await app.value<Snapshot>('ledger:snapshot')
    expect(itemOf(snap, 'step-6', 'privacy-terms')?.done).toBe(false)
  })
})

describe('the Step 6 checklist items tick themselves only', () => {
  it.each([
    ['privacy-terms', true, true],
    ['privacy-terms', false, true],
    ['mdm-aup', true, true],
    ['privacy-terms', true, false],
  ])('ledger:record on step-6/%s (done: %s, SEED: %s) is not-allowed and changes nothing', async (itemId, done, seed) => {
    const app = start()
    await app.value('profile:save', vendor(seed))
    if (!done) {
      await app.accept('privacy-policy')
      await app.accept('terms-of-use')
    }
    const before = await app.value('ledger:snapshot')
    const bytes = app.ledgerBytes()
    const result = await app.call('ledger:record', { sectionId: 'step-6', itemId, done })
    expect(result).toMatchObject({ ok: false, error: { code: 'not-allowed' } })
    expect(app.ledgerBytes()).toEqual(bytes)
    expect(await app.value('ledger:snapshot')).toEqual(before)
  })
})
