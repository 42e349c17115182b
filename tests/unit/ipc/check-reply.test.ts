import { beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { BundleViewSchema } from '../../../src-shared/bundle-view'
import { channels } from '../../../src-shared/contract'
import type { BundleView } from '../../../src-shared/bundle-view'
import { startCore } from '../support/core-harness'
import { exportText, importView } from '../support/bundle-files'
import { fullRun } from '../support/full-run'
import { useTempDirs } from '../support/temp-dir'
import { checkReply } from '../../../src-main/ipc/check-reply'
import { SLICE } from '../../../src-main/ledger/slices'
import { withTurns } from '../support/turns'

// support:import's reply for a real bundle, its timeline made as long as a large record's (entries with a part to strip).
let real: BundleView
beforeAll(async () => {
  const user = startCore({ dataDir: tempDir() })
  await fullRun(user)
  real = await importView(startCore({ dataDir: tempDir(), now: '2026-11-25T09:00:00+08:00' }), await exportText(user, true))
}, 60_000)

function importReply(count: number) {
  const timeline = Array.from({ length: count }, (_, i) => ({ ...real.timeline[i % real.timeline.length]!, seq: i + 1, extra: 'stripped' }))
  return { opened: true, view: { ...real, timeline }, alsoStripped: Array.from({ length: SLICE * 2 }, (_, i) => i) }
}

const tempDir = useTempDirs()
const schema = channels['support:import'].output

describe('checkReply: a reply with a long list is checked a slice at a time, with the same outcome', () => {
  it('gives what a check of the whole reply gives, unknown parts stripped from every item and from the reply', async () => {
    const reply = importReply(SLICE * 3 + 7)
    expect(BundleViewSchema.safeParse(reply.view).success).toBe(true)
    const checked = await checkReply(schema, reply)
    expect(checked).toEqual(schema.parse(reply))
    expect((checked as { view: { timeline: unknown[] } }).view.timeline).toHaveLength(SLICE * 3 + 7)
    expect(checked).not.toHaveProperty('alsoStripped')
  })

  it.each([0, SLICE, SLICE * 3 + 6])('refuses a reply whose timeline entry %i is wrong, as the whole check does', async (index) => {
    const reply = importReply(SLICE * 3 + 7)
    ;(reply.view.timeline[index] as { seq: unknown }).seq = 'one'
    expect(() => schema.parse(reply)).toThrow()
    await expect(checkReply(schema, reply)).rejects.toThrow()
  })

  it('refuses a wrong part outside the long list', async () => {
    const reply = { ...importReply(SLICE * 2), opened: 'yes' }
    await expect(checkReply(schema, reply)).rejects.toThrow()
  })

  it('lets other work run between slices, and leaves the reply it was given untouched', async () => {
    const reply = importReply(SLICE * 10)
    const before = structuredClone(reply)
    const { turns: turns } = await withTurns(() => checkReply(schema, reply))
    expect(turns).toBeGreaterThanOrEqual(10)
    expect(reply).toEqual(before)
  })

  it('a reply without a long list is checked at once', async () => {
    const small = z.object({ items: z.array(z.number()).max(3) })
    expect(await checkReply(small, { items: [1, 2, 3] })).toEqual({ items: [1, 2, 3] })
    await expect(checkReply(small, { items: [1, 2, 3, 4] })).rejects.toThrow()
  })
})
