import { beforeEach, describe, expect, it, vi } from 'vitest'
import { channelNames, eventNames } from '../../../src-shared/contract'
import { CONTRACT_NAMES_GLOBAL, contractNamesDefine } from '../../../src-preload/contract-names'
import { emptySnapshot } from '../support/snapshot'

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn(), send: vi.fn(), sendSync: vi.fn() },
}))
vi.mock('electron', () => electron)

type Api = Record<string, Record<string, (...args: unknown[]) => unknown>>

const snapshot = emptySnapshot
const camel = (verb: string) => verb.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase())
const pascal = (verb: string) => camel(verb).charAt(0).toUpperCase() + camel(verb).slice(1)

// What the contract says window.techpass must hold, domain by domain.
function expectedApi(): Map<string, string[]> {
  const expected = new Map<string, string[]>()
  const add = (domain: string, key: string) => expected.set(domain, [...(expected.get(domain) ?? []), key])
  for (const channel of channelNames) add(channel.split(':')[0]!, camel(channel.split(':')[1]!))
  for (const event of eventNames) add(event.split(':')[0]!, `on${pascal(event.split(':')[1]!)}`)
  return expected
}

async function load(): Promise<Api> {
  vi.resetModules()
  // The build writes the names in (electron.vite.config.ts); here the same value is set as a global.
  vi.stubGlobal(CONTRACT_NAMES_GLOBAL, JSON.parse(contractNamesDefine[CONTRACT_NAMES_GLOBAL]!))
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
    const expected = expectedApi()
    expect(Object.keys(api).sort()).toEqual([...expected.keys()].sort())
    for (const [domain, keys] of expected) expect(Object.keys(api[domain]!).sort()).toEqual([...keys].sort())
    expect(api.ledger).toHaveProperty('startOver')
    expect(api.request).toHaveProperty('emailReceived')
    for (const domain of Object.values(api)) for (const fn of Object.values(domain)) expect(typeof fn).toBe('function')
  })

  it('never exposes ipcRenderer or its methods', async () => {
    const api = await load()
    const expected = expectedApi()
    const forbidden = new Set<unknown>([electron.ipcRenderer, ...Object.values(electron.ipcRenderer)])
    const ipcNames = ['invoke', 'send', 'sendSync', 'on', 'once', 'removeListener', 'ipcRenderer']
    for (const key of ipcNames) expect(api).not.toHaveProperty(key)
    for (const [domain, level] of Object.entries(api)) {
      expect(forbidden.has(level)).toBe(false)
      // A contract verb may share a name with an ipcRenderer method (request:send); nothing else may.
      for (const key of ipcNames) if (Object.hasOwn(level, key)) expect(expected.get(domain)).toContain(key)
      for (const value of Object.values(level)) expect(forbidden.has(value)).toBe(false)
    }
  })

  it('sends request.send through invoke on request:send, never through ipcRenderer.send', async () => {
    const api = await load()
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: snapshot })
    const input = { orgEmail: 'ana@acme.com', mobile: '+6591234567', projectName: 'Apollo' }
    await api.request!.send!(input)
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('request:send', input)
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled()
  })

  it('sends each call through ipcRenderer.invoke on its channel', async () => {
    const api = await load()
    const reply = { ok: true, value: snapshot }
    electron.ipcRenderer.invoke.mockResolvedValue(reply)
    const input = { role: 'registration', item: 'open-link', done: true }
    await expect(api.checklist!.confirm!(input)).resolves.toBe(reply)
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('checklist:confirm', input)
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
    // Payloads are checked in main before they are sent (src-main/ipc/push.ts); the preload passes them on.
    const api = await load()
    const callback = vi.fn()
    const stop = api.ledger!.onChanged!(callback) as () => void
    expect(electron.ipcRenderer.on).toHaveBeenCalledExactlyOnceWith('ledger:changed', expect.any(Function))
    const listener = electron.ipcRenderer.on.mock.calls[0]![1] as (event: unknown, payload: unknown) => void

    const ipcEvent = { sender: electron.ipcRenderer, senderId: 0 }
    listener(ipcEvent, snapshot)
    expect(callback).toHaveBeenCalledExactlyOnceWith(snapshot)

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
