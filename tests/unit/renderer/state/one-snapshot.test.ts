import { describe, expect, it, vi } from 'vitest'
import type { BridgeApi } from '../../../../src-shared/bridge'
import type { Head } from '../../../../src-shared/contract'
import type { Snapshot } from '../../../../src-shared/snapshot-schema'
import { createAppStore, head } from '../../../../src-renderer/src/state/app-store'
import { sampleSnapshot } from '../../support/snapshot'

// The next snapshot after one confirmation: a new head, the first section's second item done; nothing else changed.
const next: Snapshot = structuredClone({
  ...sampleSnapshot,
  eventCount: 2,
  headHash: 'b'.repeat(64),
  sections: sampleSnapshot.sections.map((s, i) => (i === 0 ? { ...s, doneCount: 2, items: s.items.map((item) => ({ ...item, done: true })) } : s)),
})
const headOf = (s: Snapshot): Head => ({ eventCount: s.eventCount, headHash: s.headHash })

function storeWith(confirm: () => Promise<unknown>) {
  const read = vi.fn(async () => ({ ok: true, value: structuredClone(next) }))
  const api = { checklist: { confirm: vi.fn(confirm) }, ledger: { snapshot: read } } as unknown as BridgeApi
  const store = createAppStore(api)
  store.setState({ snapshot: structuredClone(sampleSnapshot) })
  return { store, api, read }
}

const confirmIt = (api: BridgeApi) => api.checklist.confirm({ role: 'profile', item: 'onboarding-email', done: true, on: null })

describe('run() with a command that changes the record (issue 20: the push is the one snapshot)', () => {
  it('when the push came before the answer, as Electron delivers them, it reads nothing more', async () => {
    let pushed: Snapshot | null = null
    const { store, read } = storeWith(async () => {
      pushed = structuredClone(next)
      store.getState().receive(pushed)
      return { ok: true, value: headOf(next) }
    })
    const done = vi.fn(() => null)
    const value = await store.getState().run(confirmIt, { done, reached: head })
    expect(value).toEqual(headOf(next))
    expect(read).not.toHaveBeenCalled()
    expect(store.getState().snapshot).toEqual(next)
    expect(store.getState().pending).toBe(false)
    expect(done).toHaveBeenCalledOnce()
  })

  it('when the answer comes first, it reads the snapshot once, and says `done` only once the store shows that head', async () => {
    const { store, read } = storeWith(async () => ({ ok: true, value: headOf(next) }))
    const shownWhenDone: Array<string | undefined> = []
    await store.getState().run(confirmIt, {
      done: () => {
        shownWhenDone.push(store.getState().snapshot?.headHash)
        return null
      },
      reached: head,
    })
    expect(read).toHaveBeenCalledOnce()
    expect(shownWhenDone).toEqual([next.headHash])
    // The push arriving late changes nothing: it equals what is shown.
    const listener = vi.fn()
    store.subscribe(listener)
    store.getState().receive(structuredClone(next))
    expect(listener).not.toHaveBeenCalled()
  })
})

describe('run() when the answer comes first and the read behind it fails', () => {
  const unreachable = (store: ReturnType<typeof storeWith>['store']) => store.getState().notice

  it.each([
    ['rejects', async () => Promise.reject(new Error('channel closed'))],
    ['answers with an error', async () => ({ ok: false, error: { code: 'internal', message: { id: 'ipc.internal' } } })],
  ])('when the read %s: buttons come back, an error is said instead of "Saved", and nothing rejects', async (_how, failing) => {
    const { store, api } = storeWith(async () => ({ ok: true, value: headOf(next) }))
    ;(api.ledger.snapshot as unknown as ReturnType<typeof vi.fn>).mockImplementation(failing)
    const done = vi.fn(() => null)
    await expect(store.getState().run(confirmIt, { done, reached: head })).resolves.toBeNull()
    expect(store.getState().pending).toBe(false)
    expect(done).not.toHaveBeenCalled()
    expect(unreachable(store)).toEqual({ tone: 'error', text: { id: 'ipc.unreachable' } })
    expect(store.getState().snapshot).toEqual(sampleSnapshot)
  })

  it('a later head already shown (another change pushed meanwhile) counts as reached: no read, no error', async () => {
    const later = { ...structuredClone(next), eventCount: 3, headHash: 'c'.repeat(64) }
    const { store, read } = storeWith(async () => {
      store.getState().receive(structuredClone(later))
      return { ok: true, value: headOf(next) }
    })
    const done = vi.fn(() => null)
    await expect(store.getState().run(confirmIt, { done, reached: head })).resolves.toEqual(headOf(next))
    expect(read).not.toHaveBeenCalled()
    expect(done).toHaveBeenCalledOnce()
  })
})

describe('receive() keeps what did not change', () => {
  it('a snapshot equal to the one shown changes nothing in the store', () => {
    const { store } = storeWith(async () => null)
    const listener = vi.fn()
    store.subscribe(listener)
    store.getState().receive(structuredClone(sampleSnapshot))
    expect(listener).not.toHaveBeenCalled()
  })

  it('a new snapshot keeps the unchanged parts as the objects already shown', () => {
    const { store } = storeWith(async () => null)
    const before = store.getState().snapshot!
    store.getState().receive(structuredClone(next))
    const after = store.getState().snapshot!
    expect(after).toEqual(next)
    expect(after).not.toBe(before)
    expect(after.profile).toBe(before.profile)
    expect(after.request).toBe(before.request)
    expect(after.mfa).toBe(before.mfa)
    expect(after.sections[0]).not.toBe(before.sections[0])
    // The first item was done already; only the second changed.
    expect(after.sections[0]!.items[0]).toBe(before.sections[0]!.items[0])
    expect(after.sections[0]!.items[1]).not.toBe(before.sections[0]!.items[1])
  })
})
