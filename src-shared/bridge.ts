// Types only: the preload runs this file without zod, so the contract's schemas never load here.
import type { Channel, ChannelInput, ChannelOutput, EventName, EventPayload } from './contract'
import type { Result } from './result'

type Camel<S extends string> = S extends `${infer A}-${infer B}` ? `${A}${Capitalize<Camel<B>>}` : S
type DomainOf<K> = K extends `${infer D}:${string}` ? D : never
type VerbOf<K, D extends string> = K extends `${D}:${infer V}` ? Camel<V> : never
type EventKey<K, D extends string> = K extends `${D}:${infer V}` ? `on${Capitalize<Camel<V>>}` : never

type Invoker<C extends Channel> =
  undefined extends ChannelInput<C>
    ? (input?: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>
    : (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>

type DomainApi<D extends string> = {
  [C in Channel as VerbOf<C, D>]: Invoker<C>
} & {
  [E in EventName as EventKey<E, D>]: (callback: (payload: EventPayload<E>) => void) => () => void
}

// window.techpass, derived from the contract: `checklist:confirm` becomes techpass.checklist.confirm().
export type BridgeApi = { [D in DomainOf<Channel | EventName>]: DomainApi<D> }

/** The contract's channel and event names, handed in so the bridge itself needs no schemas. */
export interface ContractNames {
  channels: readonly Channel[]
  events: readonly EventName[]
}

export interface BridgeTransport {
  invoke(channel: Channel, input: unknown): Promise<unknown>
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void
}

const camel = (s: string): string => s.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase())
const split = (name: string): [string, string] => {
  const at = name.indexOf(':')
  return [name.slice(0, at), name.slice(at + 1)]
}

// Built once by the preload and once by the e2e browser harness, from the same code and the contract's names.
// Pushed payloads are checked against the contract in main before they are sent (src-main/ipc/push.ts).
export function buildBridge(transport: BridgeTransport, names: ContractNames): BridgeApi {
  const api: Record<string, Record<string, unknown>> = {}
  const domain = (d: string) => (api[d] ??= {})
  for (const channel of names.channels) {
    const [d, verb] = split(channel)
    domain(d)[camel(verb)] = (input?: unknown) => transport.invoke(channel, input)
  }
  for (const event of names.events) {
    const [d, verb] = split(event)
    const key = `on${camel(verb).charAt(0).toUpperCase()}${camel(verb).slice(1)}`
    domain(d)[key] = (callback: (payload: unknown) => void) => {
      if (typeof callback !== 'function') throw new TypeError(`${key} needs a callback function`)
      // A listener of its own per subscription, so unsubscribing one never drops another.
      return transport.subscribe(event, (payload) => callback(payload))
    }
  }
  return api as unknown as BridgeApi
}
