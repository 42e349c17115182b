import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { readChosenFile } from '../../../src-main/platform/chosen-file'
import { MAX_BUNDLE_BYTES } from '../../../src-main/support/bundle'
import { english } from '../../support/english'
import { startCore } from './core-harness'
import { exportText, importResult, importView, parseBundle, refingerprint, refusal, textOf } from './bundle-files'
import type { BundleJson } from './bundle-files'
import { profileInput, requestInput } from './onboarding-inputs'
import { useTempDirs } from './temp-dir'

const tempDir = useTempDirs()

// A small real bundle (one saved profile) and a helpdesk profile with a saved event of its own.
async function setup() {
  const user = startCore({ dataDir: tempDir() })
  await user.act('profile:save', profileInput('vendor'))
  const text = await exportText(user, false)
  const helpdesk = startCore({ dataDir: tempDir(), now: '2026-11-25T09:00:00+08:00' })
  await helpdesk.act('profile:save', profileInput('offshore-odc', null))
  helpdesk.emit.mockClear()
  const before = helpdesk.ledgerBytes()!
  const unchanged = () => {
    expect(helpdesk.ledgerBytes()!.equals(before)).toBe(true)
    expect(helpdesk.emit).not.toHaveBeenCalled()
  }
  return { user, text, helpdesk, unchanged }
}

const NOT_JSON = /^ana-bundle\.json is not a support bundle: it is not a JSON file\. Nothing was imported\.$/
const NOT_BUNDLE = /^ana-bundle\.json is not a TechPass support bundle\. Nothing was imported\.$/

describe('files that are not bundles are refused with their own message', () => {
  it.each([
    ['plain text', 'hello, helpdesk'],
    ['an empty file', ''],
    ['a bundle cut off half way', '{ "format": "techpass-support-bundle", "schemaVersion": 1, '],
    ['JSON with a trailing comma', '{ "a": 1, }'],
  ])('%s: "not a JSON file"', async (_, bytes) => {
    const { helpdesk, unchanged } = await setup()
    expect(await refusal(helpdesk, bytes)).toMatch(NOT_JSON)
    unchanged()
  })

  it('bytes that are not UTF-8 text: "not a JSON file"', async () => {
    const { helpdesk } = await setup()
    expect(await refusal(helpdesk, new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toMatch(NOT_JSON)
  })

  it.each([
    ['an empty object', '{}'],
    ['an array', '[]'],
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"techpass-support-bundle"'],
    ['another format', JSON.stringify({ format: 'techpass-ledger', schemaVersion: 1 })],
    ['an array holding a bundle', JSON.stringify([{ format: 'techpass-support-bundle', schemaVersion: 1 }])],
  ])('JSON that is %s: "not a TechPass support bundle"', async (_, bytes) => {
    const { helpdesk, unchanged } = await setup()
    expect(await refusal(helpdesk, bytes)).toMatch(NOT_BUNDLE)
    unchanged()
  })

  it("the user's own progress file (ledger.jsonl, one event a line) is not a bundle", async () => {
    const { user, helpdesk } = await setup()
    expect(await refusal(helpdesk, readFileSync(user.ledgerPath))).toMatch(/^ana-bundle\.json is not a support bundle: it is not a JSON file\./)
  })
})

describe('a bundle from a newer version of the app', () => {
  it.each([4, 5, 99])('schemaVersion %i: "newer version", naming both formats', async (version) => {
    const { text, helpdesk, unchanged } = await setup()
    const bundle = parseBundle(text)
    bundle.schemaVersion = version
    const message = await refusal(helpdesk, textOf(await refingerprint(bundle)))
    expect(message).toBe(
      `ana-bundle.json was made by a newer version of the assistant (bundle format ${version}; this app reads format 3). Update this app to read it. Nothing was imported.`,
    )
    unchanged()
  })

  it('says "newer version" even when the rest of the newer format is unknown to this app', async () => {
    const { helpdesk } = await setup()
    const message = await refusal(helpdesk, JSON.stringify({ format: 'techpass-support-bundle', schemaVersion: 4, records: [] }))
    expect(message).toMatch(/newer version of the assistant/)
  })
})

describe('a file over the size limit', () => {
  it('a file the dialog reports as larger than 5 MB: "at most 5 MB", without being parsed', async () => {
    const { text, helpdesk, unchanged } = await setup()
    expect(await refusal(helpdesk, text, undefined, 12 * 1024 * 1024)).toBe(
      'ana-bundle.json is 12 MB, but a support bundle is at most 5 MB. Nothing was imported.',
    )
    unchanged()
  })

  it('one byte over the limit is refused; exactly the limit is not', async () => {
    const { text, helpdesk } = await setup()
    expect(await refusal(helpdesk, text, undefined, MAX_BUNDLE_BYTES + 1)).toMatch(
      /^ana-bundle\.json is .+ MB, but a support bundle is at most 5 MB\. Nothing was imported\.$/,
    )
    const atLimit = await importResult(helpdesk, text, undefined, MAX_BUNDLE_BYTES)
    expect(atLimit.ok).toBe(true)
  })

  it('a real file of 5 MB and one byte, padded with spaces, is refused', async () => {
    const { text, helpdesk } = await setup()
    const padded = text + ' '.repeat(MAX_BUNDLE_BYTES + 1 - Buffer.byteLength(text))
    expect(Buffer.byteLength(padded)).toBe(MAX_BUNDLE_BYTES + 1)
    expect(await refusal(helpdesk, padded)).toMatch(/at most 5 MB\. Nothing was imported\.$/)
  })
})

describe('a bundle with parts missing or of the wrong kind is "damaged", naming the part', () => {
  const DATE = 'the date it was saved'
  it.each<[string, string, (b: BundleJson) => void]>([
    ['no schemaVersion', 'its format number', (b) => void delete (b as Partial<BundleJson>).schemaVersion],
    ['no appVersion', 'the app version', (b) => void delete (b as Partial<BundleJson>).appVersion],
    ['no exportedAt', DATE, (b) => void delete (b as Partial<BundleJson>).exportedAt],
    ['no redacted flag', 'the note saying whether personal data was removed', (b) => void delete (b as Partial<BundleJson>).redacted],
    ['no events', 'the list of events', (b) => void delete (b as Partial<BundleJson>).events],
    ['no chain check', 'the check made when it was saved', (b) => void delete (b as Partial<BundleJson>).chainCheck],
    ['no digest', 'its fingerprint', (b) => void delete (b as Partial<BundleJson>).digest],
    ['events that are not a list', 'the list of events', (b) => void ((b as Record<string, unknown>).events = { 1: 'profile-saved' })],
    ['a digest that is not a hash', 'its fingerprint', (b) => void (b.digest = 'abc123')],
    ['a redacted flag written as text', 'the note saying whether personal data was removed', (b) => void ((b as Record<string, unknown>).redacted = 'no')],
    ['schemaVersion 0', 'its format number', (b) => void (b.schemaVersion = 0)],
    ['schemaVersion 0.5', 'its format number', (b) => void (b.schemaVersion = 0.5)],
    ['schemaVersion -1', 'its format number', (b) => void (b.schemaVersion = -1)],
    ['schemaVersion as text', 'its format number', (b) => void ((b as Record<string, unknown>).schemaVersion = '1')],
    ['a chain check without its count', 'the check made when it was saved', (b) => void delete (b.chainCheck as Partial<BundleJson['chainCheck']>).eventCount],
    ['a chain check broken at event 0', 'the check made when it was saved', (b) => void (b.chainCheck = { ok: false, brokenAt: 0, eventCount: 1 })],
    // Each of these ended in an internal error ("Invalid time value") when the helpdesk view formatted the date.
    ['exportedAt that is not a date', DATE, (b) => void (b.exportedAt = 'yesterday')],
    ['exportedAt that is a date without a time', DATE, (b) => void (b.exportedAt = '2026-11-23')],
    ['exportedAt on the 31st of February', DATE, (b) => void (b.exportedAt = '2026-02-31T10:00:00Z')],
    ['exportedAt as a number', DATE, (b) => void ((b as Record<string, unknown>).exportedAt = 1_795_000_000_000)],
    ['an app version with a line break', 'the app version', (b) => void (b.appVersion = '1.0\nInstalled by IT')],
    ['a snapshot that is not a progress summary', 'the progress summary', (b) => void ((b as Record<string, unknown>).snapshot = { statusCode: 'TP-800-G' })],
    ['a profile of the wrong kind', 'the user’s profile', (b) => void ((b as Record<string, unknown>).profile = 'vendor')],
  ])('%s: "%s is missing or of the wrong kind"', async (_, part, edit) => {
    const { text, helpdesk, unchanged } = await setup()
    const bundle = parseBundle(text)
    edit(bundle)
    // The fingerprint is recomputed, so only the field check stands between this file and the view.
    const message = await refusal(helpdesk, textOf(bundle.digest === undefined || bundle.digest === 'abc123' ? bundle : await refingerprint(bundle)))
    expect(message).toBe(`ana-bundle.json is a damaged support bundle: ${part} is missing or of the wrong kind. Nothing was imported.`)
    unchanged()
  })

  it('a part this app does not know: "damaged", even with the fingerprint recomputed', async () => {
    const { text, helpdesk, unchanged } = await setup()
    const bundle = await refingerprint({ ...parseBundle(text), note: 'hello' })
    expect(await refusal(helpdesk, textOf(bundle))).toBe(
      'ana-bundle.json is a damaged support bundle: it has parts this app does not know. Nothing was imported.',
    )
    unchanged()
  })

  it('a part slipped inside the progress summary, which the field check would ignore, breaks the fingerprint', async () => {
    const { text, helpdesk } = await setup()
    const bundle = parseBundle(text)
    ;(bundle.snapshot as Record<string, unknown>).extra = 'x'
    expect(await refusal(helpdesk, textOf(bundle))).toMatch(/^ana-bundle\.json was changed after it was exported/)
  })

  it.each(['profile', 'snapshot'] as const)('a bundle without its %s is refused too', async (key) => {
    const { text, helpdesk } = await setup()
    const bundle = parseBundle(text) as Partial<BundleJson>
    delete bundle[key]
    expect(await refusal(helpdesk, textOf(bundle))).toMatch(/^ana-bundle\.json is a damaged support bundle: the (user’s profile|progress summary) is missing/)
  })
})

describe('a bundle nested far too deeply', () => {
  const DEEP =
    /^ana-bundle\.json is not a support bundle: its contents are nested more than 32 levels deep, and a support bundle never is\. Nothing was imported\.$/
  const nest = (levels: number) => `${'['.repeat(levels)}1${']'.repeat(levels)}`

  // Before the depth check, 5,000 levels in the profile overflowed the stack while hashing: an internal error.
  it.each([
    ['in the profile', (t: string) => t.replace(/"profile": (\{[^}]*\}|null)/, `"profile": ${nest(5000)}`)],
    ['in an event', (t: string) => t.replace('"events": [', `"events": [${nest(5000)},`)],
    ['as the whole file', () => nest(5000)],
    ['of objects, just past the limit', () => `${'{"a":'.repeat(33)}1${'}'.repeat(33)}`],
  ])('5,000 levels %s: its own message, and nothing imported', async (_, make) => {
    const { text, helpdesk, unchanged } = await setup()
    const deep = make(text)
    expect(deep).not.toBe(text)
    expect(await refusal(helpdesk, deep)).toMatch(DEEP)
    unchanged()
  })

  it('brackets inside text do not count as nesting', async () => {
    const { user, helpdesk } = await setup()
    await user.act('request:send', { ...requestInput('vendor'), projectName: `${'[{'.repeat(30)}\\"${'['.repeat(30)}` })
    const view = await importView(helpdesk, await exportText(user, false))
    expect(view.timeline).toHaveLength(2)
  })
})

describe('the open dialog', () => {
  it('cancelled: { opened: false, view: null } and nothing changes', async () => {
    const { helpdesk, unchanged } = await setup()
    expect(helpdesk.toOpen).toHaveLength(0)
    expect(await helpdesk.call('support:import')).toEqual({ ok: true, value: { opened: false, view: null } })
    unchanged()
  })

  it('a file that cannot be read: its own message, and nothing imported', async () => {
    const { helpdesk, unchanged } = await setup()
    vi.spyOn(helpdesk.ports.files, 'open').mockRejectedValueOnce(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }))
    const result = await helpdesk.call('support:import')
    expect(result).toEqual({ ok: false, error: { code: 'bad-input', message: { id: 'support.unreadable' } } })
    unchanged()
  })

  // The files port reads the choice through the bounded reader (platform/chosen-file.ts), as the app does.
  describe.runIf(process.platform !== 'win32')('what the bounded reader says of the chosen path', () => {
    it.each([
      ['a FIFO', (path: string) => execFileSync('mkfifo', [path])],
      ['a folder', (path: string) => mkdirSync(path)],
    ])('%s: "not an ordinary file", and nothing imported', async (_, make) => {
      const { helpdesk, unchanged } = await setup()
      const path = join(tempDir(), 'ana-bundle.json')
      make(path)
      helpdesk.toOpen.push(readChosenFile(path, MAX_BUNDLE_BYTES))
      expect(await helpdesk.call('support:import')).toEqual({
        ok: false,
        error: { code: 'bad-input', message: { id: 'support.not-a-file', values: { name: 'ana-bundle.json' } } },
      })
      expect(english({ id: 'support.not-a-file', values: { name: 'ana-bundle.json' } })).toBe(
        'ana-bundle.json is not an ordinary file, so it is not a support bundle. Nothing was imported.',
      )
      unchanged()
    })

    it('a bundle saved as an ordinary file still imports', async () => {
      const { text, helpdesk } = await setup()
      const path = join(tempDir(), 'ana-bundle.json')
      writeFileSync(path, text)
      helpdesk.toOpen.push(readChosenFile(path, MAX_BUNDLE_BYTES))
      const result = await helpdesk.call('support:import')
      expect(result.ok && (result.value as { opened: boolean }).opened).toBe(true)
    })
  })

  it('asks for a JSON file no bigger than the limit', async () => {
    const { text, helpdesk } = await setup()
    const open = vi.spyOn(helpdesk.ports.files, 'open')
    await importView(helpdesk, text)
    expect(open).toHaveBeenCalledExactlyOnceWith('json', MAX_BUNDLE_BYTES)
  })
})
