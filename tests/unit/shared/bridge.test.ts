import { describe, expect, it, vi } from 'vitest'
import { buildBridge } from '../../../src-shared/bridge'
import type { BridgeTransport, ContractNames } from '../../../src-shared/bridge'
import { channelNames, eventNames } from '../../../src-shared/contract'
import { sampleSnapshot } from '../support/snapshot'

const contract: ContractNames = { channels: channelNames, events: eventNames }

const camel = (verb: string) =>
  verb
    .split('-')
    .map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1)))
    .join('')
const pascal = (verb: string) => camel(verb)[0]!.toUpperCase() + camel(verb).slice(1)
const parts = (name: string) => name.split(':') as [string, string]

const snapshot = sampleSnapshot

function setup(names: ContractNames = contract) {
  const listeners: ((payload: unknown) => void)[] = []
  const unsubscribe = vi.fn()
  const transport = {
    invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
    subscribe: vi.fn((_event: string, listener: (payload: unknown) => void) => {
      listeners.push(listener)
      return unsubscribe
    }),
  }
  const api = buildBridge(transport as BridgeTransport, names) as unknown as Record<string, Record<string, (...args: unknown[]) => unknown>>
  return { api, transport, listeners, unsubscribe }
}

describe('buildBridge', () => {
  it('derives the expected names from the contract', () => {
    expect(camel('acknowledge-recovery')).toBe('acknowledgeRecovery')
    expect(pascal('changed')).toBe('Changed')
    expect(channelNames).toContain('ledger:acknowledge-recovery')
  })

  it.each(channelNames)('exposes %s as a function that invokes that channel', async (channel) => {
    const { api, transport } = setup()
    const [domain, verb] = parts(channel)
    const fn = api[domain]?.[camel(verb)]
    expect(typeof fn).toBe('function')
    const input = { marker: channel }
    await expect(fn!(input)).resolves.toEqual({ ok: true, value: { channel, input } })
    expect(transport.invoke).toHaveBeenCalledExactlyOnceWith(channel, input)
  })

  it.each(eventNames)('exposes %s as an on-function that subscribes to it', (event) => {
    const { api, transport, unsubscribe } = setup()
    const [domain, verb] = parts(event)
    const on = api[domain]?.[`on${pascal(verb)}`]
    expect(typeof on).toBe('function')
    const stop = on!(() => {})
    expect(transport.subscribe).toHaveBeenCalledExactlyOnceWith(event, expect.any(Function))
    expect(stop).toBe(unsubscribe)
  })

  it('exposes nothing beyond the contract', () => {
    const { api } = setup()
    const expected = new Map<string, Set<string>>()
    const add = (domain: string, key: string) => expected.set(domain, (expected.get(domain) ?? new Set()).add(key))
    for (const channel of channelNames) add(parts(channel)[0], camel(parts(channel)[1]))
    for (const event of eventNames) add(parts(event)[0], `on${pascal(parts(event)[1])}`)
    expect(Object.keys(api).sort()).toEqual([...expected.keys()].sort())
    for (const [domain, keys] of expected) expect(Object.keys(api[domain]!).sort()).toEqual([...keys].sort())
  })

  it('passes no input through as undefined', async () => {
    const { api, transport } = setup()
    await api.ledger!.snapshot!()
    expect(transport.invoke).toHaveBeenCalledWith('ledger:snapshot', undefined)
  })

  it('delivers a valid ledger:changed payload', () => {
    const { api, listeners } = setup()
    const callback = vi.fn()
    api.ledger!.onChanged!(callback)
    listeners[0]!(snapshot)
    expect(callback).toHaveBeenCalledExactlyOnceWith(snapshot)
  })

  it('builds only from the names it is given, so the preload needs no schemas', () => {
    const { api } = setup({ channels: ['ledger:snapshot', 'checklist:confirm'], events: ['mfa:changed'] })
    expect(Object.keys(api).sort()).toEqual(['checklist', 'ledger', 'mfa'])
    expect(Object.keys(api.ledger!)).toEqual(['snapshot'])
    expect(Object.keys(api.checklist!)).toEqual(['confirm'])
    expect(Object.keys(api.mfa!)).toEqual(['onChanged'])
  })

  it('gives each subscription its own listener, so stopping one leaves the other', () => {
    const { api, transport, listeners } = setup()
    const first = vi.fn()
    const second = vi.fn()
    api.ledger!.onChanged!(first)
    api.ledger!.onChanged!(first)
    api.ledger!.onChanged!(second)
    expect(new Set(transport.subscribe.mock.calls.map((call) => call[1])).size).toBe(3)
    listeners.forEach((listener) => listener(snapshot))
    expect(first).toHaveBeenCalledTimes(2)
    expect(second).toHaveBeenCalledExactlyOnceWith(snapshot)
  })

  it('refuses a subscription without a callback', () => {
    const { api, transport } = setup()
    expect(() => api.ledger!.onChanged!('not a function')).toThrow(TypeError)
    expect(transport.subscribe).not.toHaveBeenCalled()
  })
})
