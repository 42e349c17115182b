import type { z } from 'zod'

// The record's event types. Each domain declares its bodies in its own events.ts; the join (src-main/registry/events.ts)
// spreads them into one list and fills this interface in with it. So a slice sees every event, and may follow another
// domain's (a new invitation sets several steps back), without importing that domain.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EventBodies {}

type Output<B> = B extends z.ZodType ? z.output<B> : never

export type DomainEvent = {
  [T in keyof EventBodies & string]: { seq: number; at: string; prevHash: string; hash: string; type: T; data: Output<EventBodies[T]> }
}[keyof EventBodies & string]
/** What a handler hands in to append an event. */
export type DomainBody = { [T in keyof EventBodies & string]: { type: T; data: Output<EventBodies[T]> } }[keyof EventBodies & string]
type EventType = DomainEvent['type']
export type EventOf<T extends EventType> = Extract<DomainEvent, { type: T }>
