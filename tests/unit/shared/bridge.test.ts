import { describe, expect, it, vi } from 'vitest'
import { buildBridge } from '../../../src-shared/bridge'
import type { BridgeTransport } from '../../../src-shared/bridge'
import { channelNames, eventNames } from '../../../src-shared/contract'
import { sampleSnapshot } from '../support/snapshot'

const camel = (verb: string) => verb.split('-').map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('')
const pascal = (verb: string) => camel(verb)[0]!.toUpperCase() + camel(verb).slice(1)
const parts = (name: string) => name.split(':') as [string, string]

const snapshot = sampleSnapshot

function setup() {
  const listeners: ((payload: unknown) => void)[] = []
  const unsubscribe = vi.fn()
  const transport = {
    invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
    subscribe: vi.fn((_event: string, listener: (payload: unknown) => void) => {
      listeners.push(listener)
      return unsubscribe
    }),
  }
  const api = buildBridge(transport as BridgeTransport) as unknown as Record<string, Record<string, (...args: unknown[]) => unknown>>
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

  it.each([
    ['null', null],
    ['a string', 'snapshot'],
    ['an empty object', {}],
    ['a negative count', { ...snapshot, eventCount: -1 }],
    ['an unknown status', { ...snapshot, sections: [{ ...snapshot.sections[0], status: 'finished' }] }],
    ['a missing field', { ...snapshot, recovery: undefined }],
    ['an item without how it is done', { ...snapshot, sections: [{ ...snapshot.sections[0], items: [{ ...snapshot.sections[0]!.items[0], how: undefined }] }] }],
    ['an item in the 0.1.0 shape', { ...snapshot, sections: [{ ...snapshot.sections[0], items: [{ id: 'org-email', done: true, changedAt: null, auto: true }] }] }],
    ['a section without its role', { ...snapshot, sections: [{ ...snapshot.sections[0], role: undefined }] }],
    ['a SEED answer that is a flag', { ...snapshot, profile: { audience: 'vendor', seed: true, orgEmail: 'a@b.com', onboardingEmailOn: null } }],
    ['an unknown next action', { ...snapshot, nextAction: { ...snapshot.nextAction, kind: 'celebrate' } }],
  ])('drops a ledger:changed payload that is %s', (_name, payload) => {
    const { api, listeners } = setup()
    const callback = vi.fn()
    api.ledger!.onChanged!(callback)
    listeners[0]!(payload)
    expect(callback).not.toHaveBeenCalled()
    listeners[0]!(snapshot)
    expect(callback).toHaveBeenCalledTimes(1)
  })

  it('refuses a subscription without a callback', () => {
    const { api, transport } = setup()
    expect(() => api.ledger!.onChanged!('not a function')).toThrow(TypeError)
    expect(transport.subscribe).not.toHaveBeenCalled()
  })
})
