import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Snapshot } from '../../../src-shared/snapshot-schema'

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn(), send: vi.fn(), sendSync: vi.fn() },
}))
vi.mock('electron', () => electron)

type Api = Record<string, Record<string, (...args: unknown[]) => unknown>>

const snapshot: Snapshot = {
  eventCount: 0,
  headHash: '0'.repeat(64),
  updatedAt: null,
  items: {},
  sections: [],
  currentSectionId: null,
  recovery: null,
}

async function load(): Promise<Api> {
  vi.resetModules()
  await import('../../../src-preload/index')
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
  return electron.contextBridge.exposeInMainWorld.mock.calls[0]![1] as Api
}

beforeEach(() => {
  vi.clearAllMocks()
})

describe('the preload', () => {
  it('exposes exactly one object, as techpass', async () => {
    await load()
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledExactlyOnceWith('techpass', expect.any(Object))
  })

  it('exposes the contract API and nothing else', async () => {
    const api = await load()
    expect(Object.keys(api).sort()).toEqual(['app', 'guide', 'ledger'])
    expect(Object.keys(api.app!)).toEqual(['info'])
    expect(Object.keys(api.guide!)).toEqual(['definition'])
    expect(Object.keys(api.ledger!).sort()).toEqual(['acknowledgeRecovery', 'onChanged', 'record', 'snapshot'])
    for (const domain of Object.values(api)) for (const fn of Object.values(domain)) expect(typeof fn).toBe('function')
  })

  it('never exposes ipcRenderer or its methods', async () => {
    const api = await load()
    const forbidden = new Set<unknown>([electron.ipcRenderer, ...Object.values(electron.ipcRenderer)])
    for (const level of [api, ...Object.values(api)]) {
      expect(forbidden.has(level)).toBe(false)
      for (const key of ['invoke', 'send', 'sendSync', 'on', 'once', 'removeListener', 'ipcRenderer']) expect(level).not.toHaveProperty(key)
      for (const value of Object.values(level)) expect(forbidden.has(value)).toBe(false)
    }
  })

  it('sends each call through ipcRenderer.invoke on its channel', async () => {
    const api = await load()
    const reply = { ok: true, value: snapshot }
    electron.ipcRenderer.invoke.mockResolvedValue(reply)
    const input = { sectionId: 'prerequisites', itemId: 'org-email', done: true }
    await expect(api.ledger!.record!(input)).resolves.toBe(reply)
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('ledger:record', input)
    await api.ledger!.snapshot!()
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('ledger:snapshot', undefined)
    await api.ledger!.acknowledgeRecovery!()
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('ledger:acknowledge-recovery', undefined)
    await api.app!.info!()
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('app:info', undefined)
    await api.guide!.definition!()
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('guide:definition', undefined)
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled()
  })

  it('onChanged listens on ledger:changed, hides the IPC event, and cleans up', async () => {
    const api = await load()
    const callback = vi.fn()
    const stop = api.ledger!.onChanged!(callback) as () => void
    expect(electron.ipcRenderer.on).toHaveBeenCalledExactlyOnceWith('ledger:changed', expect.any(Function))
    const listener = electron.ipcRenderer.on.mock.calls[0]![1] as (event: unknown, payload: unknown) => void

    const ipcEvent = { sender: electron.ipcRenderer, senderId: 0 }
    listener(ipcEvent, snapshot)
    expect(callback).toHaveBeenCalledExactlyOnceWith(snapshot)
    listener(ipcEvent, { forged: true })
    expect(callback).toHaveBeenCalledTimes(1)

    expect(electron.ipcRenderer.removeListener).not.toHaveBeenCalled()
    stop()
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledExactlyOnceWith('ledger:changed', listener)
  })

  it('gives each subscription its own listener', async () => {
    const api = await load()
    const stopA = api.ledger!.onChanged!(vi.fn()) as () => void
    api.ledger!.onChanged!(vi.fn())
    const [first, second] = electron.ipcRenderer.on.mock.calls.map((call) => call[1])
    expect(first).not.toBe(second)
    stopA()
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledExactlyOnceWith('ledger:changed', first)
  })
})
