import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Policies } from '../../../src-shared/policy-schema'
import type { PolicyId } from '../../../src-shared/policy-ids'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'
import type { CurrentPolicy } from '../../../src-main/kit/slice'
import { buildSnapshot } from '../support/replay'
import { itemOf, sectionOf, startCore } from '../support/core-harness'
import { chainOf } from '../support/events'
import { fullRun } from '../support/full-run'
import { realGuide } from '../support/guide'
import { useTempDirs } from '../support/temp-dir'
import { copyResources, editPolicy, policyPath } from '../support/temp-resources'

const tempDir = useTempDirs()
const step6 = (s: Snapshot) => ({
  status: sectionOf(s, 'policies')?.status,
  read: itemOf(s, 'policies', 'read-policies')?.done,
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
    const actOn = async (id: PolicyId) => {
      const p = await find(id)
      return h.value<Policies>(p.action === 'read' ? 'policy:read' : 'policy:accept', { id: p.id, version: p.version, sha256: p.sha256 })
    }
    return { ...h, list, find, actOn }
  }
  return { dataDir, resourcesDir, launch }
}

// A vendor's whole journey: Step 6 done at 16:40 UTC on 2026-11-23 (00:40 on the 24th in Singapore).
async function finished(w: ReturnType<typeof world>, audience: 'vendor' | 'offshore-non-odc' = 'vendor') {
  const first = w.launch()
  await fullRun(first, audience)
  expect(step6(await first.value('ledger:snapshot'))).toEqual({ status: 'done', read: true, doneAt: '2026-11-23T16:40:00.000Z' })
  return first.find('privacy-policy')
}

describe('a changed policy makes what was done with it stale', () => {
  it('one letter changed in the body: stale with the old record, Step 6 reopens, reading again closes it', async () => {
    const w = world()
    const old = await finished(w)
    editPolicy(w.resourcesDir, 'privacy-policy', (t) => t.replace('you agree to how', 'you agree to How'))
    const edited = readFileSync(policyPath(w.resourcesDir, 'privacy-policy'))
    const shipped = readFileSync(policyPath('resources', 'privacy-policy'))
    expect(edited.length).toBe(shipped.length)
    expect(edited.filter((byte, i) => byte !== shipped[i])).toHaveLength(1)

    const later = w.launch('2026-11-25T09:00:00+08:00')
    const stale = await later.find('privacy-policy')
    expect(stale.version).toBe(old.version)
    expect(stale.sha256).not.toBe(old.sha256)
    expect(stale).toMatchObject({ state: 'stale', record: { version: '1.0', sha256: old.sha256, at: old.record!.at } })
    expect((await later.find('terms-of-use')).state).toBe('done')
    expect(step6(await later.value('ledger:snapshot'))).toEqual({ status: 'in-progress', read: false, doneAt: null })

    await later.actOn('privacy-policy')
    expect(await later.find('privacy-policy')).toMatchObject({
      state: 'done',
      record: { version: '1.0', sha256: stale.sha256, at: new Date('2026-11-25T01:00:00Z').toISOString() },
    })
    expect(step6(await later.value('ledger:snapshot'))).toEqual({ status: 'done', read: true, doneAt: '2026-11-25T01:00:00.000Z' })
  })

  it('only the version in the front matter changed: stale; the old version is refused; the new one is read', async () => {
    const w = world()
    const old = await finished(w)
    editPolicy(w.resourcesDir, 'privacy-policy', (t) => t.replace('version: "1.0"', 'version: "1.1"'))

    const later = w.launch('2026-11-25T09:00:00+08:00')
    const stale = await later.find('privacy-policy')
    expect(stale).toMatchObject({ version: '1.1', state: 'stale', record: { version: '1.0', sha256: old.sha256 } })
    expect(sectionOf(await later.value('ledger:snapshot'), 'policies')?.status).not.toBe('done')

    const bytes = later.ledgerBytes()
    const refused = await later.call('policy:read', { id: 'privacy-policy', version: '1.0', sha256: stale.sha256 })
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-allowed', message: { id: 'policy.not-current', values: { version: '1.1' } } } })
    expect(later.ledgerBytes()).toEqual(bytes)

    await later.actOn('privacy-policy')
    expect(await later.find('privacy-policy')).toMatchObject({ state: 'done', record: { version: '1.1', sha256: stale.sha256 } })
    expect(sectionOf(await later.value('ledger:snapshot'), 'policies')?.status).toBe('done')
  })

  it('a stale AUP reopens Step 6 for a SEED user while privacy and terms stay read', async () => {
    const w = world()
    await finished(w, 'offshore-non-odc')
    editPolicy(w.resourcesDir, 'mdm-aup', (t) => `${t}\n`)

    const later = w.launch('2026-11-25T09:00:00+08:00')
    expect((await later.list()).policies.map((p) => p.state)).toEqual(['done', 'done', 'stale'])
    const snap = await later.value('ledger:snapshot')
    expect(itemOf(snap, 'policies', 'read-policies')?.done).toBe(true)
    expect(itemOf(snap, 'policies', 'mdm-aup')?.done).toBe(false)
    expect(sectionOf(snap, 'policies')?.status).toBe('in-progress')
  })

  it('putting the original byte back makes the old record current again', async () => {
    const w = world()
    await finished(w)
    const path = policyPath(w.resourcesDir, 'terms-of-use')
    const original = readFileSync(path)
    const changed = Buffer.from(original)
    const at = original.lastIndexOf('e')
    changed.writeUInt8(original.readUInt8(at) ^ 0x20, at) // 'e' → 'E'
    expect(changed.toString('utf8')).not.toBe(original.toString('utf8'))
    writeFileSync(path, changed)
    expect((await w.launch().find('terms-of-use')).state).toBe('stale')
    writeFileSync(path, original)
    expect((await w.launch().find('terms-of-use')).state).toBe('done')
  })
})

describe('buildSnapshot: a policy item needs the same version and the same text', () => {
  const guide = realGuide()
  const NOW = new Date('2026-11-23T02:00:00Z')
  const sha = 'c'.repeat(64)
  const read = chainOf([
    { type: 'profile-saved', data: { audience: 'vendor', seed: 'no', orgEmail: 'ana@acme.com', onboardingEmailOn: null } },
    { type: 'policy-read', data: { id: 'privacy-policy', version: '1.0', sha256: sha } },
    { type: 'policy-read', data: { id: 'terms-of-use', version: '1.0', sha256: sha } },
  ])
  const titled = (p: { id: string; version: string; sha256: string }): CurrentPolicy => ({ ...p, title: p.id })
  const done = (current: { id: string; version: string; sha256: string }[]) =>
    itemOf(
      buildSnapshot({ guide, settings: DEFAULT_SETTINGS, timeZone: 'Asia/Singapore', policies: current.map(titled) }, read, null, NOW),
      'policies',
      'read-policies',
    )?.done

  it.each([
    ['both match: done', '1.0', sha, true],
    ['same text, another version: not done', '1.1', sha, false],
    ['same version, another text: not done', '1.0', 'd'.repeat(64), false],
  ])('%s', (_, version, sha256, expected) => {
    expect(
      done([
        { id: 'privacy-policy', version, sha256 },
        { id: 'terms-of-use', version: '1.0', sha256: sha },
      ]),
    ).toBe(expected)
  })

  it('a policy that did not load cannot count as read', () => {
    expect(done([{ id: 'terms-of-use', version: '1.0', sha256: sha }])).toBe(false)
  })
})
