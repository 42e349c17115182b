import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { readFileSync, rmSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Policies } from '../../../src-shared/policy-schema'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import { loadPolicies } from '../../../src-main/policies/load-policies'
import { itemOf, startCore } from '../support/core-harness'
import { fullRun } from '../support/full-run'
import { eventsIn } from '../support/ledger-file'
import { profileInput } from '../support/onboarding-inputs'
import { expectUnchanged } from '../support/refusals'
import { useTempDirs } from '../support/temp-dir'
import { copyResources, policyPath } from '../support/temp-resources'
import { english } from '../../support/english'

const tempDir = useTempDirs()
const NOW_ISO = new Date('2026-11-23T10:00:00+08:00').toISOString()
const vendor = (seed: 'yes' | 'no' | 'unknown') => ({ ...profileInput('vendor'), seed })
const fileSha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

// A core on its own data folder and its own copy of the resources, given as the configured policies folder.
function start(options: { configured?: boolean } = {}) {
  const resourcesDir = copyResources(tempDir())
  const h = startCore({ dataDir: tempDir(), resourcesDir, ...(options.configured ? { policiesDir: join(resourcesDir, 'policies') } : {}) })
  const list = () => h.value<Policies>('policy:list')
  const current = async (id: string) => {
    const p = (await list()).policies.find((x) => x.id === id)
    if (!p) throw new Error(`${id} is not listed`)
    return { id: p.id, version: p.version, sha256: p.sha256 }
  }
  const read = async (id: string) => h.value<Policies>('policy:read', await current(id))
  const accept = async (id: string) => h.value<Policies>('policy:accept', await current(id))
  return { ...h, resourcesDir, list, current, read, accept }
}

describe('policy:list follows the SEED answer (R14, R15)', () => {
  it('a vendor without SEED reads the privacy policy and the terms of use only, none read yet', async () => {
    const app = start()
    await app.act('profile:save', vendor('no'))
    const { policies, problems } = await app.list()
    expect(problems).toEqual([])
    expect(policies.map((p) => p.id)).toEqual(['privacy-policy', 'terms-of-use'])
    for (const p of policies) {
      expect(p).toMatchObject({ action: 'read', state: 'to-do', record: null, version: '1.0' })
      expect(p.sha256).toBe(fileSha(policyPath(app.resourcesDir, p.id)))
    }
  })

  it('an offshore user not in an ODC (SEED mandatory) also accepts the MDM AUP, in the assistant', async () => {
    const app = start()
    await app.act('profile:save', profileInput('offshore-non-odc'))
    expect((await app.list()).policies.map((p) => [p.id, p.action])).toEqual([
      ['privacy-policy', 'read'],
      ['terms-of-use', 'read'],
      ['mdm-aup', 'accept'],
    ])
  })

  it('texts shipped with the app are labelled samples; texts from a configured folder are not', async () => {
    expect((await start().list()).samples).toBe(true)
    expect((await start({ configured: true }).list()).samples).toBe(false)
  })
})

describe('policy:read and policy:accept (Step 6)', () => {
  it('reading records { id, version, sha256 } in a policy-read event whose time is shown', async () => {
    const app = start()
    await app.act('profile:save', vendor('no'))
    const terms = await app.current('terms-of-use')
    app.clock.advance(90_000)
    const after = await app.value<Policies>('policy:read', terms)
    const last = eventsIn(app.ledgerPath).at(-1)!
    expect(last).toMatchObject({
      type: 'policy-read',
      data: { id: 'terms-of-use', version: '1.0', sha256: fileSha(policyPath(app.resourcesDir, 'terms-of-use')) },
    })
    expect(last.at).toBe(new Date(Date.parse(NOW_ISO) + 90_000).toISOString())
    expect(after.policies.find((p) => p.id === 'terms-of-use')).toMatchObject({ state: 'done', record: { version: '1.0', sha256: terms.sha256, at: last.at } })
    expect(after.policies.find((p) => p.id === 'privacy-policy')?.state).toBe('to-do')
    expect(app.emit).toHaveBeenLastCalledWith('ledger:changed', expect.objectContaining({ eventCount: 2 }))
  })

  it('reading both is the evidence for read-policies; reading the same version again adds nothing', async () => {
    const app = start()
    await app.act('profile:save', vendor('no'))
    await app.read('privacy-policy')
    expect(itemOf(await app.value('ledger:snapshot'), 'policies', 'read-policies')?.done).toBe(false)
    const first = await app.read('terms-of-use')
    expect(itemOf(await app.value('ledger:snapshot'), 'policies', 'read-policies')?.done).toBe(true)
    const bytes = app.ledgerBytes()
    app.clock.advance(60_000)
    expect(await app.read('terms-of-use')).toEqual(first)
    expect(app.ledgerBytes()).toEqual(bytes)
    expect(eventsIn(app.ledgerPath).filter((e) => e.type === 'policy-read')).toHaveLength(2)
  })

  it('the MDM AUP is accepted in the assistant, which is its evidence', async () => {
    const app = start()
    await app.act('profile:save', vendor('yes'))
    const after = await app.accept('mdm-aup')
    expect(after.policies.find((p) => p.id === 'mdm-aup')).toMatchObject({ action: 'accept', state: 'done' })
    expect(eventsIn(app.ledgerPath).at(-1)).toMatchObject({ type: 'policy-accepted', data: { id: 'mdm-aup' } })
    expect(itemOf(await app.value('ledger:snapshot'), 'policies', 'mdm-aup')?.done).toBe(true)
  })

  // Regression test for a fixed bug: with no profile, applies() treats every item as applying, so the AUP is listed and accepted.
  it('the MDM AUP cannot be accepted before the user has said SEED is provisioned', async () => {
    const app = start()
    const aup = loadPolicies(join(app.resourcesDir, 'policies')).policies.find((p) => p.id === 'mdm-aup')!
    const input = { id: aup.id, version: aup.version, sha256: aup.sha256 }
    await expectUnchanged(app, () => app.call('policy:accept', input), 'not-allowed', /only when SEED is set up for you/)
    expect(app.ledgerBytes()).toBeNull()
    await app.act('profile:save', vendor('unknown'))
    await expectUnchanged(app, () => app.call('policy:accept', input), 'not-allowed', /only when SEED is set up for you/)
  })

  type Current = { id: string; version: string; sha256: string }
  type Refusal = [name: string, channel: string, seed: 'yes' | 'no', input: (privacy: Current, aup: Current) => unknown, code: string, says: RegExp]
  const refusals: Refusal[] = [
    [
      'accepting the privacy policy in the assistant',
      'policy:accept',
      'no',
      (c) => c,
      'not-allowed',
      /^Accept the Privacy policy on the TechPass page, not here\./,
    ],
    [
      'only reading the MDM AUP',
      'policy:read',
      'yes',
      (_, aup) => aup,
      'not-allowed',
      /You accept the MDM acceptable use policy \(SEED\) here in the assistant/,
    ],
    ['an unknown id', 'policy:read', 'no', (c) => ({ ...c, id: 'cookie-policy' }), 'not-found', /does not know that policy/],
    [
      'an older version',
      'policy:read',
      'no',
      (c) => ({ ...c, version: '0.9' }),
      'not-allowed',
      /not the newest version of the .+ The newest is version 1\.0\./,
    ],
    ['a newer version', 'policy:read', 'no', (c) => ({ ...c, version: '2.0' }), 'not-allowed', /not the newest version/],
    ['a wrong sha256', 'policy:read', 'no', (c) => ({ ...c, sha256: '0'.repeat(64) }), 'not-allowed', /not the newest version/],
    ['the sha256 in capitals', 'policy:read', 'no', (c) => ({ ...c, sha256: c.sha256.toUpperCase() }), 'not-allowed', /not the newest version/],
    ["another policy's sha256", 'policy:read', 'no', (c, aup) => ({ ...c, sha256: aup.sha256 }), 'not-allowed', /not the newest version/],
    [
      'a missing sha256',
      'policy:read',
      'no',
      (c) => ({ id: c.id, version: c.version }),
      'bad-input',
      /did not understand that request\. These parts are wrong: sha256\./,
    ],
    ['an extra field', 'policy:read', 'no', (c) => ({ ...c, acceptedAt: NOW_ISO }), 'bad-input', /It has 1 part that the assistant does not know/],
    ['the current MDM AUP without SEED', 'policy:accept', 'no', (_, aup) => aup, 'not-allowed', /only when SEED is set up for you/],
    ['an older MDM AUP version with SEED', 'policy:accept', 'yes', (_, aup) => ({ ...aup, version: '0.9' }), 'not-allowed', /not the newest version/],
  ]
  it.each(refusals)('refuses %s (%s, SEED %s), and the ledger stays byte-identical', async (_name, channel, seed, input, code, says) => {
    const app = start()
    await app.act('profile:save', vendor(seed))
    const aup = loadPolicies(join(app.resourcesDir, 'policies')).policies.find((p) => p.id === 'mdm-aup')!
    const sent = input(await app.current('privacy-policy'), { id: aup.id, version: aup.version, sha256: aup.sha256 })
    const listed = await app.list()
    await expectUnchanged(app, () => app.call(channel, sent), code, says)
    const result = await app.call(channel, sent)
    if (code !== 'bad-input') expect(!result.ok && english(result.error.message)).toMatch(/nothing was recorded\.$/i)
    expect(await app.list()).toEqual(listed)
  })

  it('a policy whose file could not be loaded cannot be read; the others still can, but the item waits for it', async () => {
    const resourcesDir = copyResources(tempDir())
    rmSync(policyPath(resourcesDir, 'terms-of-use'))
    const app = startCore({ dataDir: tempDir(), resourcesDir })
    await app.act('profile:save', vendor('no'))
    const listed = await app.value<Policies>('policy:list')
    expect(listed.problems).toEqual([
      { file: policyPath(resourcesDir, 'terms-of-use'), message: { id: 'policy-file.missing', values: { file: policyPath(resourcesDir, 'terms-of-use') } } },
    ])
    expect(english(listed.problems[0]!.message)).toBe(`The policy file ${policyPath(resourcesDir, 'terms-of-use')} is missing.`)
    // The log names the file and the problem's id, never its words.
    expect(app.log).toHaveBeenCalledWith(`policy file ${policyPath(resourcesDir, 'terms-of-use')}: policy-file.missing`)
    expect(listed.policies.map((p) => p.id)).toEqual(['privacy-policy'])
    await expectUnchanged(app, () => app.call('policy:read', { id: 'terms-of-use', version: '1.0', sha256: 'a'.repeat(64) }), 'not-found')
    const privacy = listed.policies[0]!
    await app.value('policy:read', { id: privacy.id, version: privacy.version, sha256: privacy.sha256 })
    expect(itemOf(await app.value<Snapshot>('ledger:snapshot'), 'policies', 'read-policies')?.done).toBe(false)
  })
})

describe('Step 6 on the checklist', () => {
  it.each([
    ['read-policies', true, 'no'],
    ['mdm-aup', true, 'yes'],
    ['read-policies', false, 'no'],
  ] as const)('checklist:confirm on policies/%s (done: %s, SEED %s) is refused: the assistant marks it done', async (item, done, seed) => {
    const app = start()
    await app.act('profile:save', vendor(seed))
    if (!done) for (const id of ['privacy-policy', 'terms-of-use']) await app.read(id)
    const before = await app.value('ledger:snapshot')
    await expectUnchanged(app, () => app.call('checklist:confirm', { role: 'policies', item, done }), 'not-allowed', /^You cannot tick “.+” yourself/)
    expect(await app.value('ledger:snapshot')).toEqual(before)
  })

  // Regression test for a fixed bug: after Step 6 was reopened, reading a policy again recorded nothing, so the step could never be done.
  it('after Step 6 is reopened, the policies are to be read again, and "accepted on TechPass" waits for that', async () => {
    const app = start()
    await fullRun(app, 'vendor')
    const reopened = await app.act('checklist:reopen', { role: 'policies' })
    expect(itemOf(reopened, 'policies', 'read-policies')?.done).toBe(false)
    expect((await app.list()).policies.map((p) => p.state)).toEqual(['to-do', 'to-do'])
    const accept = () => app.call('checklist:confirm', { role: 'policies', item: 'accept-on-techpass', done: true })
    await expectUnchanged(app, accept, 'not-allowed', /^Do this first: Read the privacy policy and terms of use\. Nothing was changed\.$/)
    expect(itemOf(await app.value('ledger:snapshot'), 'policies', 'accept-on-techpass')?.blockedBy).toEqual({
      id: 'progress.blocked-first',
      values: { item: { item: 'policies/read-policies' } },
    })
    for (const id of ['privacy-policy', 'terms-of-use']) await app.read(id)
    expect(itemOf(await app.value('ledger:snapshot'), 'policies', 'read-policies')?.done).toBe(true)
    expect((await accept()).ok).toBe(true)
  })
})
