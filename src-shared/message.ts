import { z } from 'zod'
import { CalendarDaySchema } from './day'

// A sentence main sends: a catalog id and the values it needs. The renderer says it in the user's language (docs/ARCHITECTURE.md, "Languages").
// `section` is a section role and `item` is "role/item-id": the renderer shows their titles from the guide in the user's language.
export type MsgValue = string | number | { day: string } | { time: string } | { msg: Msg } | { list: Msg[] } | { section: string } | { item: string }
export type Msg = { id: string; values?: Record<string, MsgValue> }

export const MSG_ID = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/

const MsgValueSchema: z.ZodType<MsgValue> = z.lazy(() =>
  z.union([
    z.string().max(4_000),
    z.number(),
    z.strictObject({ day: CalendarDaySchema }),
    z.strictObject({ time: z.string().max(40) }),
    z.strictObject({ msg: MsgSchema }),
    z.strictObject({ list: z.array(MsgSchema).max(50) }),
    z.strictObject({
      section: z
        .string()
        .regex(/^[a-z-]+$/)
        .max(40),
    }),
    z.strictObject({
      item: z
        .string()
        .regex(/^[a-z-]+\/[a-z0-9-]+$/)
        .max(100),
    }),
  ]),
)

export const MsgSchema: z.ZodType<Msg> = z.lazy(() =>
  z.strictObject({
    id: z.string().regex(MSG_ID).max(100),
    values: z.record(z.string().regex(/^\w+$/), MsgValueSchema).optional(),
  }),
)

// What the macro `msg({ id, message })` gives: the id is all that crosses IPC.
export type Said = { id?: string }

export function say(said: Said, values?: Record<string, MsgValue>): Msg {
  if (!said.id) throw new Error('A message sent by main needs an explicit id')
  return values ? { id: said.id, values } : { id: said.id }
}

export const day = (value: string): MsgValue => ({ day: value })
export const time = (value: string): MsgValue => ({ time: value })
export const inner = (value: Msg): MsgValue => ({ msg: value })
export const section = (role: string): MsgValue => ({ section: role })
export const item = (role: string, id: string): MsgValue => ({ item: `${role}/${id}` })
