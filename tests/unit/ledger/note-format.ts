import { z } from 'zod'
import { sealEvent } from '../../../src-main/ledger/chain'
import { eventSchemaFor, metaEvents } from '../../../src-main/ledger/envelope'
import type { AnyEvent, BodyOf, SealedOf } from '../../../src-main/ledger/envelope'
import { journalText } from '../../../src-main/ledger/journal'
import type { LedgerFormat } from '../../../src-main/ledger/ledger'

// A ledger that knows nothing of the app, only notes: the store must work for any events a format declares.
const bodies = { ...metaEvents, note: z.strictObject({ text: z.string().max(200), n: z.number().int() }) } as const
export type NoteEvent = SealedOf<typeof bodies>
export type NoteBody = BodyOf<typeof bodies>
export const NoteEventSchema = eventSchemaFor(bodies)

export const note = (text: string, n = 0): NoteBody => ({ type: 'note', data: { text, n } })

type Migrate = LedgerFormat<NoteEvent, NoteBody>['migrate']
export const noteFormat = (version = 1, migrate: Migrate = () => null): LedgerFormat<NoteEvent, NoteBody> => ({ version, schema: NoteEventSchema, migrate })

// A sealed chain of the given bodies, one second apart; any type at all, as an older version may have written.
export function sealedChain(bodies: Array<{ type: string; data: unknown }>, start: Date): AnyEvent[] {
  const events: AnyEvent[] = []
  for (const [i, body] of bodies.entries()) events.push(sealEvent(events.at(-1), new Date(start.getTime() + i * 1000), body))
  return events
}

// A ledger file as this app writes it (JSON Lines), and one as versions 1 and 2 wrote it (one tab-indented document).
export const journalWith = (events: readonly unknown[], version = 1) => journalText(version, events)
export const fileWith = (events: unknown[], schemaVersion = 1) => JSON.stringify({ schemaVersion, events }, null, '\t')
