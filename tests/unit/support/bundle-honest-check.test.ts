import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../../src-main/ledger/chain'
import { SLICE } from '../../../src-main/ledger/slices'
import { bundleDigest } from '../../../src-main/support/bundle'
import { startCore } from './core-harness'
import { exportText, importView, leafPaths, parseBundle, refingerprint, refusal, textOf } from './bundle-files'
import type { BundleJson } from './bundle-files'
import { fullRun } from './full-run'
import { writeBigLedger } from './events'
import { useTempDirs } from './temp-dir'
import { withTurns } from './turns'

const tempDir = useTempDirs()

const PERSONAL = new Set([
  'orgEmail',
  'mobile',
  'officerName',
  'officerEmail',
  'companyAddress',
  'username',
  'firstName',
  'lastName',
  'movedTo',
  'archivedFrom',
])
const FORGED = (n: number) =>
  `The record in ana-bundle.json is broken. Entry ${n} shows a value as removed, in a place that never holds personal data. Nothing was imported.`

async function redactedJourney() {
  const user = startCore({ dataDir: tempDir() })
  await fullRun(user)
  const text = await exportText(user, true)
  const helpdesk = startCore({ dataDir: tempDir(), now: '2026-11-25T09:00:00+08:00' })
  return { text, helpdesk, events: parseBundle(text).events as Record<string, unknown>[] }
}

const indexOf = (events: Record<string, unknown>[], type: string) => events.findIndex((e) => e.type === type)

describe('a forged "[redacted]" in a redacted bundle no longer switches off the check', () => {
  // Each of these passed before: any "[redacted]" in an event skipped its own check entirely.
  it.each([
    ['a policy version', 'policy-read', (d: Record<string, unknown>) => void (d.version = '[redacted]')],
    ['the version of the policy accepted in the app', 'policy-accepted', (d: Record<string, unknown>) => void (d.version = '[redacted]')],
    [
      'the project name beside redacted contact details',
      'request-sent',
      (d: Record<string, unknown>) => void ((d.details as Record<string, unknown>).projectName = '[redacted]'),
    ],
    [
      'the department beside a redacted name',
      'registration-saved',
      (d: Record<string, unknown>) => void ((d.fields as Record<string, unknown>).department = '[redacted]'),
    ],
  ])('%s: the event is broken, with the fingerprint recomputed', async (_, type, edit) => {
    const { text, helpdesk, events } = await redactedJourney()
    const bundle = parseBundle(text)
    const index = indexOf(events, type)
    expect(index).toBeGreaterThanOrEqual(0)
    edit((bundle.events as Record<string, unknown>[])[index]!.data as Record<string, unknown>)
    const before = helpdesk.ledgerBytes()
    expect(await refusal(helpdesk, textOf(await refingerprint(bundle)))).toBe(FORGED(index + 1))
    expect(helpdesk.ledgerBytes()).toEqual(before)
  })

  // Fields with a fixed form (a type, a time, a day, a section's role, an item's id) cannot even hold the marker.
  it.each([
    ['a type', 'registration-email-received', (e: Record<string, unknown>) => void (e.type = '[redacted]')],
    ['a date and time', 'registration-email-received', (e: Record<string, unknown>) => void (e.at = '[redacted]')],
    ['a day', 'registration-email-received', (e: Record<string, unknown>) => void ((e.data as Record<string, unknown>).on = '[redacted]')],
    ['the section of a confirmed item', 'item-confirmed', (e: Record<string, unknown>) => void ((e.data as Record<string, unknown>).role = '[redacted]')],
    ['the item of a confirmed item', 'item-confirmed', (e: Record<string, unknown>) => void ((e.data as Record<string, unknown>).item = '[redacted]')],
    ['the SEED answer', 'profile-saved', (e: Record<string, unknown>) => void ((e.data as Record<string, unknown>).seed = '[redacted]')],
  ])('%s: the event is not one this app records', async (_, type, edit) => {
    const { text, helpdesk, events } = await redactedJourney()
    const bundle = parseBundle(text)
    const index = indexOf(events, type)
    expect(index).toBeGreaterThanOrEqual(0)
    edit((bundle.events as Record<string, unknown>[])[index]!)
    expect(await refusal(helpdesk, textOf(await refingerprint(bundle)))).toMatch(
      new RegExp(`is broken\\. Entry ${index + 1} is not something this app records\\.`),
    )
  })

  it('"[redacted]" put in any field that redaction never writes breaks that event', async () => {
    const { text, helpdesk } = await redactedJourney()
    const original = parseBundle(text)
    const targets = (original.events as unknown[]).flatMap((e, index) =>
      leafPaths(e)
        .filter((path) => !PERSONAL.has(String(path.at(-1))))
        .map((path) => ({ index, path })),
    )
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), async ({ index, path }) => {
        const bundle: BundleJson = parseBundle(text)
        const parent = path
          .slice(0, -1)
          .reduce<Record<string | number, unknown>>(
            (o, k) => o[k] as Record<string | number, unknown>,
            (bundle.events as unknown[])[index] as Record<string, unknown>,
          )
        parent[path.at(-1)!] = '[redacted]'
        expect(await refusal(helpdesk, textOf(await refingerprint(bundle)))).toMatch(new RegExp(`is broken\\. Entry ${index + 1} `))
      }),
      { numRuns: 120 },
    )
  })
})

describe('the fingerprint is computed in slices but is the same fingerprint', () => {
  it('equals the SHA-256 of the whole canonical text, so bundles saved before still open', async () => {
    const { text } = await redactedJourney()
    const { digest, ...body } = parseBundle(text)
    const whole = createHash('sha256').update(canonicalJson(body)).digest('hex')
    expect(await bundleDigest(body)).toBe(whole)
    expect(digest).toBe(whole)
    const long = { b: Array.from({ length: SLICE * 3 + 7 }, (_, i) => ({ i, s: `x${i}` })), a: [], c: 'z', d: undefined }
    expect(await bundleDigest(long)).toBe(createHash('sha256').update(canonicalJson(long)).digest('hex'))
  })
})

describe('a large bundle is verified without holding the main process', () => {
  const bigLedger = (count: number) => writeBigLedger(tempDir(), count)

  it('importing 2,000 events lets other work run between slices, and shows every event', async () => {
    const count = 2000
    const user = startCore({ dataDir: bigLedger(count), now: '2026-11-23T10:00:00+08:00' })
    const text = await exportText(user, true)
    const helpdesk = startCore({ dataDir: tempDir(), now: '2026-11-25T09:00:00+08:00' })
    const { value: view, turns: ticks } = await withTurns(() => importView(helpdesk, text))
    expect(view.timeline).toHaveLength(count)
    expect(view.integrity).toMatchObject({ eventCount: count, checkedInFull: count - count / 10, checkedByLinkOnly: count / 10 })
    // At least one pause per slice while fingerprinting and one while verifying: the event loop is never held for the whole file.
    expect(ticks).toBeGreaterThanOrEqual(2 * Math.floor((count - 1) / SLICE))
  })
})
