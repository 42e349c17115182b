import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BundleView } from '../../../src-shared/bundle-view'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import { sealEvent } from '../../../src-main/ledger/chain'
import { startCore } from '../support/core-harness'
import { parseBundle, refingerprint, refusal, textOf } from './bundle-files'
import { useTempDirs } from '../support/temp-dir'
import { said, titleOf } from './said'
import { english } from '../../support/english'
import { V1_ODD_DATA } from './v1-odd-data'

// Bundles that version 0.1.0 saved (tests/fixtures/ledgers-0.1.0): the helpdesk still reads them with today's steps.
const tempDir = useTempDirs()
const fixture = (name: string) => readFileSync(join('tests/fixtures/ledgers-0.1.0', name))

async function importBundle(name: string) {
  const h = startCore({ dataDir: tempDir(), now: '2026-11-25T02:00:00Z' })
  h.toOpen.push({ path: `/downloads/${name}`, bytes: fixture(name) })
  return h.value<{ opened: boolean; view: BundleView }>('support:import')
}

describe('a support bundle saved by version 0.1.0', () => {
  it('opens, and its complete onboarding still reads as complete', async () => {
    const { opened, view } = await importBundle('complete.full.bundle.json')
    expect(opened).toBe(true)
    expect(said(view.who)).toBe('Offshore user not in an ODC; SEED provisioned')
    expect(said(view.currentStep)).toBe('Next steps')
    expect(titleOf(view.nextAction)).toBe('All steps are done')
    expect(view.integrity.checkedInFull).toBe(22)
    expect(view.integrity.detail).toMatchObject({ id: 'bundle.checked-earlier-version', values: { checked: { msg: { id: 'bundle.checked-all' } } } })
    expect(said(view.integrity.detail)).toMatch(/^Checked in full: all 22 events\. This bundle comes from an earlier version of the assistant/)
    expect(view.timeline.map((t) => said(t.text))).toContain('Read the Privacy policy to the end, version 1.0')
  })

  it('opens redacted, checking the personal events by link only', async () => {
    const { view } = await importBundle('complete.redacted.bundle.json')
    expect(view.redacted).toBe(true)
    expect(view.integrity.checkedByLinkOnly).toBeGreaterThan(0)
    expect(view.integrity.checkedInFull + view.integrity.checkedByLinkOnly).toBe(22)
    expect(titleOf(view.nextAction)).toBe('All steps are done')
  })

  it('with one event edited is refused, naming the event', async () => {
    const text = fixture('complete.full.bundle.json').toString('utf8').replace('"projectName": "Apollo"', '"projectName": "Apolo"')
    const h = startCore({ dataDir: tempDir(), now: '2026-11-25T02:00:00Z' })
    h.toOpen.push({ path: '/downloads/edited.json', bytes: text })
    const result = await h.call('support:import')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(english(result.error.message)).toMatch(/changed after it was exported|Entry 2/)
  })

  // Regression test (issue 22, N3): 0.1.0 always wrote an object as an event's data. With `data: null` the import
  // stopped on a TypeError and the helpdesk saw an "internal" error; an array or a number slipped through.
  it.each(V1_ODD_DATA)('whose %s event has the data %j, sealed and fingerprinted, is refused in plain words, and nothing changes', async (type, data) => {
    const bundle = parseBundle(fixture('complete.full.bundle.json').toString('utf8'))
    const last = bundle.events.at(-1) as { seq: number; hash: string }
    bundle.events.push(sealEvent(last, new Date('2026-11-23T17:00:00Z'), { type, data }))
    const text = textOf(await refingerprint(bundle))
    const dataDir = tempDir()
    const h = startCore({ dataDir, now: '2026-11-25T02:00:00Z' })
    const before = { snapshot: await h.value<Snapshot>('ledger:snapshot'), files: filesIn(dataDir) }
    expect(await refusal(h, text, '/downloads/odd.json')).toBe(
      'The record in odd.json is broken. The record is from an earlier version, and it holds something that version never wrote. Nothing was imported.',
    )
    expect({ snapshot: await h.value<Snapshot>('ledger:snapshot'), files: filesIn(dataDir) }).toEqual(before)
  })
})

// Every file in a folder and below it, with its bytes.
function filesIn(dir: string): Record<string, string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
  return Object.fromEntries(entries.map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name)).toString('base64')]))
}
