import { i18n } from '@lingui/core'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BridgeApi } from '../../../../src-shared/bridge'
import { createAppStore } from '../../../../src-renderer/src/state/app-store'
import { drawWhenReady, FIRST_DRAW_WAIT_MS, startApp } from '../../../../src-renderer/src/state/start-app'
import { messages } from '../../../../src-renderer/src/locales/en/messages.po'
import { sampleSnapshot } from '../../support/snapshot'
import { realGuide } from '../../support/guide'
import { english } from '../../../support/english'

// The store says its own sentences in the language on screen: English is loaded and active, as main.tsx does it.
i18n.loadAndActivate({ locale: 'en', locales: ['en-GB'], messages })

const mfaStatus = {
  enrolled: false,
  enrolledAt: null,
  storage: null,
  keyAvailable: false,
  verifiedAt: null,
  consecutiveFailures: 0,
  cooldownSecondsLeft: 30,
  disabled: false,
  numberMatchingPractisedAt: null,
}
const info = { name: 'TechPass Onboarding Assistant', version: '0.0.0', dataDir: '/data', isPackaged: false, mode: 'browser-harness' }
const settings = { organisationName: 'GovTech' }
// Main's refusals are message ids with values (src-shared/message.ts).
const fail = (id: string) => ({ ok: false, error: { code: 'unavailable', message: { id } } })

// Each start-up read answers only when the test releases it, so the test sees which calls were made before any answer.
function startupApi(replies: Record<string, unknown> = {}) {
  const asked: string[] = []
  const pending: Array<() => void> = []
  const call = (name: string, value: unknown) =>
    vi.fn(() => {
      asked.push(name)
      return new Promise((resolve) => pending.push(() => resolve(name in replies ? replies[name] : { ok: true, value })))
    })
  const api = {
    app: { info: call('app.info', info), onMenuChosen: vi.fn(() => () => undefined) },
    config: { current: call('config.current', settings) },
    guide: { definition: call('guide.definition', realGuide()) },
    ledger: { snapshot: call('ledger.snapshot', sampleSnapshot), onChanged: vi.fn(() => () => undefined) },
    mfa: { status: call('mfa.status', mfaStatus), onChanged: vi.fn(() => () => undefined) },
    language: { current: call('language.current', { language: 'en', offered: ['en', 'vi'] }) },
    drafts: { load: call('drafts.load', { projectName: 'Apollo' }) },
  }
  const releaseAll = async () => {
    while (pending.length) pending.shift()!()
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return { api: api as unknown as BridgeApi, asked, releaseAll }
}

describe('app start-up', () => {
  it('asks for everything it needs in one wave, before any answer arrives', async () => {
    const { api, asked, releaseAll } = startupApi()
    const store = createAppStore(api)
    const done = store.getState().init()
    await Promise.resolve()
    expect([...asked].sort()).toEqual([
      'app.info',
      'config.current',
      'drafts.load',
      'drafts.load',
      'guide.definition',
      'language.current',
      'ledger.snapshot',
      'mfa.status',
    ])
    expect(vi.mocked(api.drafts.load).mock.calls).toEqual([[{ form: 'request' }], [{ form: 'registration' }]])
    await releaseAll()
    await done
    expect(store.getState().phase).toBe('ready')
    expect(store.getState().mfa).toEqual(mfaStatus)
    expect(store.getState().mfaCooldownUntil).toBeGreaterThan(Date.now())
    expect(store.getState().snapshot).toEqual(sampleSnapshot)
    // The forms read their drafts from the store: no form asks main again.
    expect(store.getState().drafts).toEqual({ request: { projectName: 'Apollo' }, registration: { projectName: 'Apollo' } })
    expect(store.getState().draftsProblem).toBeNull()
  })

  it('starts loading the first screen’s tool as soon as the guide and the snapshot arrive, before the rest', async () => {
    const { api } = startupApi()
    const preloadFor = vi.fn()
    // The guide and the snapshot answer; everything else is still out.
    vi.mocked(api.guide.definition).mockResolvedValueOnce({ ok: true, value: realGuide() } as never)
    vi.mocked(api.ledger.snapshot).mockResolvedValueOnce({ ok: true, value: sampleSnapshot } as never)
    const store = createAppStore(api, { preloadFor })
    void store.getState().init()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(store.getState().phase).toBe('loading')
    expect(preloadFor).toHaveBeenCalledWith(realGuide(), sampleSnapshot)
  })

  it('still starts when a draft cannot be read, and keeps why for the form', async () => {
    const { api, releaseAll } = startupApi({ 'drafts.load': fail('storage.drafts-unavailable') })
    const store = createAppStore(api)
    const done = store.getState().init()
    await releaseAll()
    await done
    expect(store.getState()).toMatchObject({ phase: 'ready', drafts: { request: {}, registration: {} }, draftsProblem: { id: 'storage.drafts-unavailable' } })
  })

  it('still starts when only the MFA rehearsal cannot', async () => {
    const { api, releaseAll } = startupApi({ 'mfa.status': fail('storage.mfa-unavailable') })
    const store = createAppStore(api)
    const done = store.getState().init()
    await releaseAll()
    await done
    expect(store.getState().phase).toBe('ready')
    expect(store.getState().mfa).toBeNull()
  })

  it('shows main’s message when a read it needs fails', async () => {
    const { api, releaseAll } = startupApi({ 'ledger.snapshot': fail('storage.progress-unavailable') })
    const store = createAppStore(api)
    const done = store.getState().init()
    await releaseAll()
    await done
    expect(store.getState()).toMatchObject({ phase: 'failed', failure: { id: 'storage.progress-unavailable' } })
    // What is known is kept, so the failure screen can still name the helpdesk.
    expect(store.getState().settings).toEqual(settings)
  })

  it('says plainly that main cannot be reached instead of loading for ever', async () => {
    const { api } = startupApi()
    vi.mocked(api.guide.definition).mockRejectedValueOnce(new Error('channel closed'))
    const store = createAppStore(api)
    await store.getState().init()
    expect(store.getState()).toMatchObject({ phase: 'failed', failure: { id: 'ipc.unreachable' } })
    expect(english(store.getState().failure!)).toBe('Part of the assistant stopped answering. Close the app, open it again, and try again.')
  })

  it('startApp listens for main’s pushes before it asks, and asks before anything is drawn', () => {
    const { api, asked } = startupApi()
    const order: string[] = []
    vi.mocked(api.ledger.onChanged).mockImplementation(() => (order.push('listen'), () => undefined))
    vi.mocked(api.guide.definition).mockImplementation(() => (order.push('ask'), new Promise(() => undefined)) as never)
    const store = createAppStore(api)
    const started = startApp(store)
    // Synchronously, before React could draw: the pushes are taken and the whole wave is out.
    expect(order).toEqual(['listen', 'ask'])
    expect(asked).toHaveLength(7)
    expect(started.ready).toBeInstanceOf(Promise)
    started.stop()
  })

  it('does what the application menu asks: a view opens, an export starts', async () => {
    const { api } = startupApi()
    let choose: (payload: { item: string }) => void = () => undefined
    vi.mocked(api.app.onMenuChosen).mockImplementation(((handler: typeof choose) => ((choose = handler), () => undefined)) as never)
    const exported = vi.fn(() => new Promise(() => undefined))
    ;(api as unknown as { support: unknown }).support = { export: exported }
    const store = createAppStore(api)
    const { stop } = startApp(store)
    choose({ item: 'guide-mode' })
    expect(store.getState().view).toBe('guide')
    choose({ item: 'checklist' })
    expect(store.getState().view).toBe('checklist')
    choose({ item: 'import-bundle' })
    expect(store.getState().view).toBe('guide')
    choose({ item: 'export-bundle' })
    expect(exported).toHaveBeenCalledWith({ redact: true })
    expect(store.getState().pending).toBe(true)
    stop()
  })

  // main.tsx draws when `ready.then(firstScreenLoaded)` settles: the first screen's parts must have been asked for
  // (preloadFor) by the time init resolves, or the window would draw before its tool had loaded.
  it('asks for the first screen’s parts before init resolves', async () => {
    const { api, releaseAll } = startupApi()
    const preloadFor = vi.fn()
    const store = createAppStore(api, { preloadFor })
    const done = store.getState().init()
    await releaseAll()
    await done
    expect(store.getState().phase).toBe('ready')
    expect(preloadFor).toHaveBeenCalledTimes(1)
    expect(preloadFor).toHaveBeenCalledWith(store.getState().guide, store.getState().snapshot)
  })
})

describe('drawWhenReady: the first draw', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  const later = () => {
    let settle!: (ok: boolean) => void
    const promise = new Promise<void>((resolve, reject) => (settle = (ok) => (ok ? resolve() : reject(new Error('failed')))))
    return { promise, settle }
  }

  it('draws once, as soon as the reads and the first screen’s files are in, and not again when the wait ends', async () => {
    const draw = vi.fn()
    const ready = later()
    drawWhenReady(ready.promise, draw)
    await vi.advanceTimersByTimeAsync(FIRST_DRAW_WAIT_MS / 3)
    expect(draw).not.toHaveBeenCalled()
    ready.settle(true)
    await vi.advanceTimersByTimeAsync(0)
    expect(draw).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(FIRST_DRAW_WAIT_MS * 2)
    expect(draw).toHaveBeenCalledTimes(1)
  })

  it('draws when the wait ends if main is slow, and not again when the answers come', async () => {
    const draw = vi.fn()
    const ready = later()
    drawWhenReady(ready.promise, draw)
    await vi.advanceTimersByTimeAsync(FIRST_DRAW_WAIT_MS - 1)
    expect(draw).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(draw).toHaveBeenCalledTimes(1)
    ready.settle(true)
    await vi.advanceTimersByTimeAsync(0)
    expect(draw).toHaveBeenCalledTimes(1)
  })

  it('draws at once when `ready` rejects', async () => {
    const draw = vi.fn()
    const ready = later()
    drawWhenReady(ready.promise, draw)
    ready.settle(false)
    await vi.advanceTimersByTimeAsync(0)
    expect(draw).toHaveBeenCalledTimes(1)
  })
})
