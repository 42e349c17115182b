import { beforeAll, describe, expect, it } from 'vitest'
import { startCore } from './core-harness'
import { exportText, importView, parseBundle, refingerprint, refusal, textOf } from './bundle-files'
import { profileInput } from './onboarding-inputs'
import { writeBigLedger } from './events'
import { useTempDirs } from './temp-dir'

// The import reads a bundle in slices (256 KB of text, 200 events at a time). Damage in the last slice, after
// thousands of events that read well, is refused with the message it always had, and nothing is imported.

const tempDir = useTempDirs()
const COUNT = 3000

const NOT_JSON = /^ana-bundle\.json is not a support bundle: it is not a JSON file\. Nothing was imported\.$/
const DEEP =
  /^ana-bundle\.json is not a support bundle: its contents are nested more than 32 levels deep, and a support bundle never is\. Nothing was imported\.$/
const CHANGED =
  /^ana-bundle\.json was changed after it was exported: its fingerprint does not match\. Ask the user to export it again\. Nothing was imported\.$/
const UNKNOWN_PARTS = /^ana-bundle\.json is a damaged support bundle: it has parts this app does not know\. Nothing was imported\.$/
const brokenAt = (n: number) => new RegExp(`^The record in ana-bundle\\.json is broken\\. Entry ${n} .+\\. Nothing was imported\\.$`)

let text = ''

beforeAll(async () => {
  const dir = writeBigLedger(tempDir(), COUNT)
  text = await exportText(startCore({ dataDir: dir }), true)
}, 60_000)

// A helpdesk with a record of its own, to show that a refused import changes nothing.
async function helpdesk() {
  const h = startCore({ dataDir: tempDir(), now: '2026-11-25T09:00:00+08:00' })
  await h.act('profile:save', profileInput('offshore-odc', null))
  h.emit.mockClear()
  const before = h.ledgerBytes()!
  const unchanged = () => {
    expect(h.ledgerBytes()!.equals(before)).toBe(true)
    expect(h.emit).not.toHaveBeenCalled()
  }
  return { h, unchanged }
}

// Where the last event ends: the list closes right after it.
const lastEventEnd = (t: string) => t.indexOf('\n  ],\n  "snapshot"')

describe(`damage at the end of a large bundle (${COUNT.toLocaleString('en')} events) is refused as in a small one`, () => {
  it('the large bundle as exported imports, every event shown (the control)', async () => {
    expect(text.length).toBeGreaterThan(3 * 256 * 1024)
    const { h } = await helpdesk()
    const view = await importView(h, text)
    expect(view.timeline).toHaveLength(COUNT)
    expect(view.timeline.at(-1)!.seq).toBe(COUNT)
    expect(view.integrity).toMatchObject({ eventCount: COUNT, checkedByLinkOnly: COUNT / 10 })
  })

  it.each([
    ['the last two characters cut off', (t: string) => t.slice(0, -3)],
    ['a comma after the last event', (t: string) => `${t.slice(0, lastEventEnd(t))},${t.slice(lastEventEnd(t))}`],
    ['the last event closed by a bracket', (t: string) => `${t.slice(0, lastEventEnd(t) - 1)}]${t.slice(lastEventEnd(t))}`],
    ['the list of events closed by a brace', (t: string) => `${t.slice(0, lastEventEnd(t))}\n  },${t.slice(lastEventEnd(t) + 5)}`],
    ['one more part at the end, and the closing brace lost', (t: string) => `${t.trimEnd().slice(0, -1)},\n  "digest": "0"\n`],
  ])('%s: "not a JSON file"', async (_, damage) => {
    const damaged = damage(text)
    expect(damaged).not.toBe(text)
    const { h, unchanged } = await helpdesk()
    expect(await refusal(h, damaged)).toMatch(NOT_JSON)
    unchanged()
  })

  it('a byte that is not UTF-8 just before the end: "not a JSON file"', async () => {
    const bytes = new TextEncoder().encode(text)
    const damaged = new Uint8Array([...bytes.subarray(0, bytes.length - 2), 0xc3, ...bytes.subarray(bytes.length - 2)])
    const { h, unchanged } = await helpdesk()
    expect(await refusal(h, damaged)).toMatch(NOT_JSON)
    unchanged()
  })

  it('5,000 levels inside the last event: "nested too deep"', async () => {
    const at = lastEventEnd(text) - 1
    const damaged = `${text.slice(0, at)}, "x": ${'['.repeat(5000)}1${']'.repeat(5000)}${text.slice(at)}`
    const { h, unchanged } = await helpdesk()
    expect(await refusal(h, damaged)).toMatch(DEEP)
    unchanged()
  })

  it('the last event changed: "changed after it was exported"; with the fingerprint recomputed, "broken at entry N"', async () => {
    const bundle = parseBundle(text)
    const last = (bundle.events as Array<{ at: string }>).at(-1)!
    last.at = '2026-11-01T00:00:00.000Z'
    const { h, unchanged } = await helpdesk()
    expect(await refusal(h, textOf(bundle))).toMatch(CHANGED)
    expect(await refusal(h, textOf(await refingerprint(bundle)))).toMatch(brokenAt(COUNT))
    unchanged()
  })

  it('the events given a second time at the end of the file, one short: the later list counts, as in any JSON reader', async () => {
    const shorter = (parseBundle(text).events as unknown[]).slice(0, -1)
    const damaged = `${text.trimEnd().slice(0, -2)},\n  "events": ${JSON.stringify(shorter)}\n}\n`
    const { h, unchanged } = await helpdesk()
    expect(await refusal(h, damaged)).toMatch(CHANGED)
    unchanged()
  })

  it('a part this app does not know, added at the end with the fingerprint recomputed: "damaged"', async () => {
    const bundle = await refingerprint({ ...parseBundle(text), extra: [1, 2, 3] })
    const { h, unchanged } = await helpdesk()
    expect(await refusal(h, textOf(bundle))).toMatch(UNKNOWN_PARTS)
    unchanged()
  })
})
