import { afterEach, describe, expect, it, vi } from 'vitest'
import { SnapshotSchema } from '../../../src-shared/snapshot-schema'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import { startCore } from '../support/core-harness'
import { profileInput, requestInput } from '../support/onboarding-inputs'
import { useTempDirs } from '../support/temp-dir'

// Counts every snapshot main builds, through the real builder.
const built = vi.hoisted(() => ({ count: 0 }))
vi.mock('../../../src-main/registry/snapshot', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src-main/registry/snapshot')>()
  return {
    ...real,
    snapshotOf: (...args: Parameters<typeof real.snapshotOf>) => {
      built.count++
      return real.snapshotOf(...args)
    },
  }
})

const tempDir = useTempDirs()

// A vendor whose registration email came: Step 2's first item can be ticked.
async function ready() {
  const h = startCore({ dataDir: tempDir() })
  await h.act('profile:save', profileInput('vendor'))
  await h.act('request:send', requestInput('vendor'))
  await h.act('request:email-received', { on: '2026-11-21' })
  return h
}

describe('one snapshot per change (issue 20)', () => {
  afterEach(() => vi.restoreAllMocks())

  it('checklist:confirm answers with the head only; the snapshot goes out once, in the push', async () => {
    const h = await ready()
    h.emit.mockClear()
    const reply = await h.call('checklist:confirm', { role: 'registration', item: 'open-link', done: true })
    expect(reply.ok).toBe(true)
    const head = (reply as { value: unknown }).value
    expect(head).toEqual({ eventCount: 4, headHash: expect.stringMatching(/^[0-9a-f]{64}$/) })
    expect(Object.keys(head as object).sort()).toEqual(['eventCount', 'headHash'])
    expect(h.emit).toHaveBeenCalledOnce()
    const [event, pushed] = h.emit.mock.lastCall!
    expect(event).toBe('ledger:changed')
    expect(pushed).toMatchObject(head as object)
    expect((pushed as Snapshot).sections.find((s) => s.role === 'registration')?.items[0]).toMatchObject({ id: 'open-link', done: true })
  })

  it('every command that changes the record answers without a snapshot', async () => {
    const h = startCore({ dataDir: tempDir() })
    const answers = [
      await h.call('profile:save', profileInput('vendor')),
      await h.call('request:send', requestInput('vendor')),
      await h.call('request:email-received', { on: '2026-11-21' }),
      await h.call('checklist:confirm', { role: 'registration', item: 'open-link', done: true }),
      await h.call('checklist:confirm', { role: 'registration', item: 'open-link', done: false }),
      await h.call('ledger:acknowledge-recovery'),
      await h.call('ledger:start-over'),
    ]
    for (const answer of answers) {
      expect(answer.ok).toBe(true)
      const text = JSON.stringify(answer)
      expect(text).not.toContain('sections')
      expect(text).not.toContain('nextAction')
    }
  })

  it('main builds one snapshot and parses it once per confirmed item (it built and parsed two)', async () => {
    const h = await ready()
    // The snapshot at the current head was built for the last push; the handler's checks reuse it.
    built.count = 0
    const parse = vi.spyOn(SnapshotSchema, 'parse')
    const safeParse = vi.spyOn(SnapshotSchema, 'safeParse')
    await h.act('checklist:confirm', { role: 'registration', item: 'open-link', done: true })
    expect(built.count).toBe(1)
    expect(parse.mock.calls.length + safeParse.mock.calls.length).toBe(1)
  })

  it('checklist:confirm and checklist:reopen check with the engine, not through a snapshot (which would run it from the join)', async () => {
    const h = await ready()
    // A new day: the snapshot built for the last push no longer stands, so asking for one would build one.
    h.clock.advance(24 * 60 * 60 * 1000)
    built.count = 0
    h.emit.mockClear()
    expect((await h.call('checklist:confirm', { role: 'registration', item: 'open-link', done: false })).ok).toBe(true)
    expect((await h.call('checklist:reopen', { role: 'registration' })).ok).toBe(false)
    expect(h.emit).not.toHaveBeenCalledWith('ledger:changed', expect.anything())
    expect(built.count).toBe(0)
  })

  it('reads at the same head, day and language reuse the snapshot; a new day builds a new one', async () => {
    const h = await ready()
    built.count = 0
    const first = await h.value<Snapshot>('ledger:snapshot')
    await h.value<Snapshot>('ledger:snapshot')
    expect(built.count).toBe(0)
    h.clock.advance(24 * 60 * 60 * 1000)
    const tomorrow = await h.value<Snapshot>('ledger:snapshot')
    expect(built.count).toBe(1)
    expect(tomorrow.today > first.today).toBe(true)
  })
})
