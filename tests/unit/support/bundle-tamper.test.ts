import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { startCore } from './core-harness'
import { exportText, importView, leafPaths, nudge, parseBundle, refingerprint, refusal, textOf } from './bundle-files'
import type { BundleJson } from './bundle-files'
import { fullRun } from './full-run'
import { useTempDirs } from './temp-dir'

const tempDir = useTempDirs()

const CHANGED =
  /^ana-bundle\.json was changed after it was exported: its fingerprint does not match\. Ask the user to export it again\. Nothing was imported\.$/
const brokenAt = (n: number) => new RegExp(`^The record in ana-bundle\\.json is broken\\. Entry ${n} .+\\. Nothing was imported\\.$`)

// One journey exported both ways, and a helpdesk profile to import into.
async function exported() {
  const user = startCore({ dataDir: tempDir() })
  await fullRun(user)
  const plain = await exportText(user, false)
  const redacted = await exportText(user, true)
  const helpdesk = startCore({ dataDir: tempDir(), now: '2026-11-25T09:00:00+08:00' })
  const before = helpdesk.ledgerBytes()
  // A refused import leaves the helpdesk's profile exactly as it was.
  const unchanged = () => expect(helpdesk.ledgerBytes()).toEqual(before)
  return { plain, redacted, helpdesk, unchanged }
}

const clone = (text: string): BundleJson => parseBundle(text)
const eventsOf = (b: BundleJson) => b.events as Record<string, unknown>[]

// A random event of the bundle and a random leaf inside it (envelope or data).
const eventEdit = (bundle: BundleJson, where: (e: Record<string, unknown>) => boolean = () => true) => {
  const candidates = eventsOf(bundle).flatMap((e, i) => (where(e) ? leafPaths(e).map((path) => ({ index: i, path })) : []))
  return fc.tuple(fc.constantFrom(...candidates), fc.nat())
}

describe('a tampered bundle is refused', () => {
  it('the bundles as exported import cleanly (the control for every case below)', async () => {
    const { plain, redacted, helpdesk } = await exported()
    expect((await importView(helpdesk, plain)).integrity.checkedInFull).toBe(eventsOf(clone(plain)).length)
    expect((await importView(helpdesk, redacted)).redacted).toBe(true)
  })

  it.each(['plain', 'redacted'] as const)(
    'one character changed in any event of a %s bundle, fingerprint left alone: "changed after it was exported"',
    async (which) => {
      const made = await exported()
      const original = clone(made[which])
      await fc.assert(
        fc.asyncProperty(eventEdit(original), async ([{ index, path }, seed]) => {
          const bundle = clone(made[which])
          nudge(eventsOf(bundle)[index], path, seed)
          expect(await refusal(made.helpdesk, textOf(bundle))).toMatch(CHANGED)
        }),
        { numRuns: 120 },
      )
      made.unchanged()
    },
  )

  it('one character changed in any event, fingerprint recomputed: "broken at event N" names that event', async () => {
    const made = await exported()
    const original = clone(made.plain)
    await fc.assert(
      fc.asyncProperty(eventEdit(original), async ([{ index, path }, seed]) => {
        const bundle = clone(made.plain)
        nudge(eventsOf(bundle)[index], path, seed)
        expect(await refusal(made.helpdesk, textOf(await refingerprint(bundle)))).toMatch(brokenAt(index + 1))
      }),
      { numRuns: 150 },
    )
    made.unchanged()
  })

  it('in a redacted bundle, an edited event without personal data is still caught by its own hash', async () => {
    const made = await exported()
    const original = clone(made.redacted)
    const clean = (e: Record<string, unknown>) => !JSON.stringify(e.data).includes('[redacted]')
    await fc.assert(
      fc.asyncProperty(eventEdit(original, clean), async ([{ index, path }, seed]) => {
        const bundle = clone(made.redacted)
        nudge(eventsOf(bundle)[index], path, seed)
        expect(await refusal(made.helpdesk, textOf(await refingerprint(bundle)))).toMatch(brokenAt(index + 1))
      }),
      { numRuns: 80 },
    )
  })

  it('an event that points at a different predecessor is named, even in a redacted bundle', async () => {
    const { redacted, helpdesk } = await exported()
    const bundle = clone(redacted)
    eventsOf(bundle)[1]!.prevHash = 'f'.repeat(64)
    expect(await refusal(helpdesk, textOf(await refingerprint(bundle)))).toMatch(
      /^The record in ana-bundle\.json is broken\. Entry 2 does not follow entry 1\. Nothing was imported\.$/,
    )
  })

  it.each([
    ['exportedAt', (b: BundleJson) => void (b.exportedAt = b.exportedAt.replace('16:50', '16:51'))],
    ['appVersion', (b: BundleJson) => void (b.appVersion = '0.0.1-test')],
    ['the redacted flag', (b: BundleJson) => void (b.redacted = !b.redacted)],
    ['the profile', (b: BundleJson) => void ((b.profile as { audience: string }).audience = 'vendor')],
    ['the snapshot status code', (b: BundleJson) => void ((b.snapshot as { statusCode: string }).statusCode = 'TP-800-G')],
    ['the snapshot today', (b: BundleJson) => nudge(b, ['snapshot', 'today'], 3)],
    ['the chain check', (b: BundleJson) => void (b.chainCheck.eventCount += 1)],
    ['the digest itself', (b: BundleJson) => void (b.digest = `${b.digest[0] === 'a' ? 'b' : 'a'}${b.digest.slice(1)}`)],
  ])('a change to %s: "changed after it was exported"', async (_, edit) => {
    const { plain, redacted, helpdesk, unchanged } = await exported()
    for (const text of [plain, redacted]) {
      const bundle = clone(text)
      edit(bundle)
      expect(await refusal(helpdesk, textOf(bundle))).toMatch(CHANGED)
    }
    unchanged()
  })

  it('an event removed or two events swapped, fingerprint left alone: "changed after it was exported"', async () => {
    const { plain, redacted, helpdesk } = await exported()
    for (const text of [plain, redacted]) {
      const n = eventsOf(clone(text)).length
      for (const index of [0, 5, n - 1]) {
        const bundle = clone(text)
        eventsOf(bundle).splice(index, 1)
        expect(await refusal(helpdesk, textOf(bundle))).toMatch(CHANGED)
      }
      const swapped = clone(text)
      const events = eventsOf(swapped)
      ;[events[3], events[4]] = [events[4]!, events[3]!]
      expect(await refusal(helpdesk, textOf(swapped))).toMatch(CHANGED)
    }
  })

  it.each(['plain', 'redacted'] as const)('in a %s bundle with the fingerprint recomputed, a removed event breaks the record where it was', async (which) => {
    const made = await exported()
    const n = eventsOf(clone(made[which])).length
    for (const index of [0, 1, 6, n - 2]) {
      const bundle = clone(made[which])
      eventsOf(bundle).splice(index, 1)
      expect(await refusal(made.helpdesk, textOf(await refingerprint(bundle)))).toMatch(
        new RegExp(`^The record in ana-bundle\\.json is broken\\. Entry ${index + 1} has the number ${index + 2}\\. Nothing was imported\\.$`),
      )
    }
  })

  it.each(['plain', 'redacted'] as const)(
    'in a %s bundle with the fingerprint recomputed, swapped events break the record at the first of them',
    async (which) => {
      const made = await exported()
      for (const first of [0, 3, 9]) {
        const bundle = clone(made[which])
        const events = eventsOf(bundle)
        ;[events[first], events[first + 1]] = [events[first + 1]!, events[first]!]
        expect(await refusal(made.helpdesk, textOf(await refingerprint(bundle)))).toMatch(brokenAt(first + 1))
      }
    },
  )

  it('a duplicated event with the fingerprint recomputed is caught where the copy sits', async () => {
    const { plain, helpdesk } = await exported()
    const bundle = clone(plain)
    const events = eventsOf(bundle)
    events.splice(4, 0, structuredClone(events[3]!))
    expect(await refusal(helpdesk, textOf(await refingerprint(bundle)))).toMatch(brokenAt(5))
  })

  it('the refusal names the file that was picked, wherever it lives', async () => {
    const { plain, helpdesk } = await exported()
    const bundle = clone(plain)
    bundle.exportedAt = '2020-01-01T00:00:00.000Z'
    const message = await refusal(helpdesk, textOf(bundle), 'C:\\Users\\helpdesk\\Desktop\\ticket 4411.json'.replaceAll('\\', '/'))
    expect(message).toMatch(/^ticket 4411\.json was changed after it was exported/)
  })
})
