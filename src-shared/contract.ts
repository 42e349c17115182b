import { z } from 'zod'
import { GuideSchema } from './guide-schema'
import { SnapshotSchema } from './snapshot-schema'

const NoInput = z.undefined()
const Slug = z.string().trim().min(1).max(64).regex(/^[a-z0-9-]+$/, 'use the id from the guide')

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  dataDir: z.string(),
  isPackaged: z.boolean(),
  mode: z.enum(['electron', 'browser-harness']),
})

export const RecordInputSchema = z.strictObject({
  sectionId: Slug,
  itemId: Slug,
  done: z.boolean(),
})

// The single list of IPC channels: requests are `domain:verb`, push events are past tense.
export const channels = {
  'app:info': { input: NoInput, output: AppInfoSchema },
  'guide:definition': { input: NoInput, output: GuideSchema },
  'ledger:snapshot': { input: NoInput, output: SnapshotSchema },
  'ledger:record': { input: RecordInputSchema, output: SnapshotSchema },
  'ledger:acknowledge-recovery': { input: NoInput, output: SnapshotSchema },
} as const

export const events = {
  'ledger:changed': SnapshotSchema,
} as const

export type Channels = typeof channels
export type Channel = keyof Channels
export type EventName = keyof typeof events
export type ChannelInput<C extends Channel> = z.input<Channels[C]['input']>
export type ParsedInput<C extends Channel> = z.output<Channels[C]['input']>
export type ChannelOutput<C extends Channel> = z.output<Channels[C]['output']>
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>

export const channelNames = Object.keys(channels) as Channel[]
export const eventNames = Object.keys(events) as EventName[]

export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.hasOwn(channels, name)

export type AppInfo = z.infer<typeof AppInfoSchema>
export type RecordInput = z.infer<typeof RecordInputSchema>
