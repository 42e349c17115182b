import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { PolicyId, Policies } from '../../../src-shared/policy-schema'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'
import { buildSnapshot } from '../../../src-main/onboarding/snapshot'
import { itemOf, sectionOf, startCore } from '../support/core-harness'
import { chainOf } from '../support/events'
import { realGuide } from '../support/guide'
import { profileInput } from '../support/onboarding-inputs'
import { useTempDirs } from '../support/temp-dir'
import { copyResources, editPolicy, policyPath } from '../support/temp-resources'

const tempDir = useTempDirs()
const vendor = { ...profileInput('vendor'), seedProvisioned: false }
const step6 = (s: Snapshot) => ({
  status: sectionOf(s, 'step-6')?.status,
  item: itemOf(s, 'step-6', 'privacy-terms')?.done,
  doneAt: s.summary.find((x) => x.sectionId === 'step-6')?.doneAt ?? null,
})

// One data folder and one resources folder; each launch is a new core over both, as after a restart.
function world() {
  const dataDir = tempDir()
  const resourcesDir = copyResources(tempDir())
  const launch = (now?: string) => {
    const h = startCore({ dataDir, resourcesDir, now })
    const list = () => h.value<Policies>('policy:list')
    const find = async (id: PolicyId) => (await list()).policies.find((p) => p.id === id)!
    const accept = async (id: PolicyId) => {
      const p = await find(id)
      return h.value<Policies>('policy:accept', { id: p.id, version: p.version, sha256: p.sha256 })
    }
    return { ...h, list, find, accept }
  }
  return { dataDir, resourcesDir, launch }
}

async function acceptedBoth(w: ReturnType<typeof world>) {
  const first = w.launch()
  await first.value('profile:save', vendor)
  await first.accept('privacy-policy')
  await first.accept('terms-of-use')
  const snap = await first.value('ledger:snapshot')
  expect(step6(snap)).toEqual({ status: 'done', item: true, doneAt: '2026-11-23 10:00' })
  return first.find('privacy-policy')
}

describe('a changed policy makes its acceptance stale', () => {
  it('one letter changed in the body: stale with the old acceptance, Step 6 reopens, accepting again closes it', async () => {
    const w = world()
    const old = await acceptedBoth(w)
    editPolicy(w.resourcesDir, 'privacy-policy', (t) => t.replace('you agree to how', 'you agree to How'))
    const edited = readFileSync(policyPath(w.resourcesDir, 'privacy-policy'))
    const shipped = readFileSync(policyPath('resources', 'privacy-policy'))
    expect(edited.length).toBe(shipped.length)
    expect(edited.filter((byte, i) => byte !== shipped[i])).toHaveLength(1)

    const later = w.launch('2026-11-24T09:00:00+08:00')
    const stale = await later.find('privacy-policy')
    expect(stale.version).toBe(old.version)
    expect(stale.sha256).not.toBe(old.sha256)
    expect(stale).toMatchObject({ state: 'stale', acceptance: { version: '1.0', sha256: old.sha256, acceptedAt: old.acceptance!.acceptedAt } })
    expect((await later.find('terms-of-use')).state).toBe('accepted')
    expect(step6(await later.value('ledger:snapshot'))).toEqual({ status: 'in-progress', item: false, doneAt: null })

    await later.accept('privacy-policy')
    const again = await later.find('privacy-policy')
    expect(again).toMatchObject({ state: 'accepted', acceptance: { version: '1.0', sha256: stale.sha256, acceptedAt: new Date('2026-11-24T01:00:00Z').toISOString() } })
    expect(step6(await later.value('ledger:snapshot'))).toEqual({ status: 'done', item: true, doneAt: '2026-11-24 09:00' })
  })

  it('only the version in the front matter changed: stale; the old version is refused; the new one is accepted', async () => {
    const w = world()
    const old = await acceptedBoth(w)
    editPolicy(w.resourcesDir, 'privacy-policy', (t) => t.replace('version: "1.0"', 'version: "1.1"'))

    const later = w.launch()
    const stale = await later.find('privacy-policy')
    expect(stale).toMatchObject({ version: '1.1', state: 'stale', acceptance: { version: '1.0', sha256: old.sha256 } })
    expect(sectionOf(await later.value('ledger:snapshot'), 'step-6')?.status).not.toBe('done')

    const bytes = later.ledgerBytes()
    const refused = await later.call('policy:accept', { id: 'privacy-policy', version: '1.0', sha256: stale.sha256 })
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-allowed', message: expect.stringContaining('version 1.1') } })
    expect(later.ledgerBytes()).toEqual(bytes)

    await later.accept('privacy-policy')
    expect(await later.find('privacy-policy')).toMatchObject({ state: 'accepted', acceptance: { version: '1.1', sha256: stale.sha256 } })
    expect(sectionOf(await later.value('ledger:snapshot'), 'step-6')?.status).toBe('done')
  })

  it('a stale AUP reopens Step 6 for a SEED user while privacy and terms stay accepted', async () => {
    const w = world()
    const first = w.launch()
    await first.value('profile:save', profileInput('offshore-non-odc'))
    for (const id of ['privacy-policy', 'terms-of-use', 'mdm-aup'] as const) await first.accept(id)
    expect(sectionOf(await first.value('ledger:snapshot'), 'step-6')?.status).toBe('done')
    editPolicy(w.resourcesDir, 'mdm-aup', (t) => `${t}\n`)

    const later = w.launch()
    expect((await later.list()).policies.map((p) => p.state)).toEqual(['accepted', 'accepted', 'stale'])
    const snap = await later.value('ledger:snapshot')
    expect(itemOf(snap, 'step-6', 'privacy-terms')?.done).toBe(true)
    expect(itemOf(snap, 'step-6', 'mdm-aup')?.done).toBe(false)
    expect(sectionOf(snap, 'step-6')?.status).toBe('in-progress')
  })

  it('putting the original byte back makes the old acceptance current again', async () => {
    const w = world()
    await acceptedBoth(w)
    const path = policyPath(w.resourcesDir, 'terms-of-use')
    const original = readFileSync(path)
    const changed = Buffer.from(original)
    const at = original.lastIndexOf('e')
    changed.writeUInt8(original.readUInt8(at) ^ 0x20, at) // 'e' → 'E'
    expect(changed.toString('utf8')).not.toBe(original.toString('utf8'))
    writeFileSync(path, changed)
    expect((await w.launch().find('terms-of-use')).state).toBe('stale')
    writeFileSync(path, original)
    expect((await w.launch().find('terms-of-use')).state).toBe('accepted')
  })
})

describe('buildSnapshot: a policy item needs the same version and the same hash', () => {
  const guide = realGuide()
  const NOW = new Date('2026-11-23T02:00:00Z')
  const sha = 'c'.repeat(64)
  const accepted = chainOf([
    { type: 'profile-saved', data: { audience: 'vendor', seedProvisioned: false, orgEmail: 'ana@acme.com', onboardingEmailOn: null } },
    { type: 'policy-accepted', data: { id: 'privacy-policy', version: '1.0', sha256: sha } },
    { type: 'policy-accepted', data: { id: 'terms-of-use', version: '1.0', sha256: sha } },
  ])
  const done = (current: { id: string; version: string; sha256: string }[]) =>
    itemOf(buildSnapshot(guide, accepted, null, NOW, DEFAULT_SETTINGS, 'Asia/Singapore', current), 'step-6', 'privacy-terms')?.done

  it.each([
    ['both match: done', '1.0', sha, true],
    ['same hash, another version: not done', '1.1', sha, false],
    ['same version, another hash: not done', '1.0', 'd'.repeat(64), false],
  ])('%s', (_, version, sha256, expected) => {
    expect(done([{ id: 'privacy-policy', version, sha256 }, { id: 'terms-of-use', version: '1.0', sha256: sha }])).toBe(expected)
  })

  it('a policy that did not load cannot count as accepted', () => {
    expect(done([{ id: 'terms-of-use', version: '1.0', sha256: sha }])).toBe(false)
  })
})
