import { z } from 'zod'
import { itemRef, sectionRoles } from '../../src-shared/guide-schema'
import type { SectionRole } from '../../src-shared/guide-schema'
import { day, item as itemValue, say, time } from '../../src-shared/message'
import type { Msg } from '../../src-shared/message'
import { summaryWords } from '../../src-shared/messages/progress-summary'
import { timelineWords } from '../../src-shared/messages/timeline-events'
import { DaySchema, KeySchema, ProofSchema, slice } from '../kit/slice'
import type { Proof } from '../kit/slice'

export interface Confirmation extends Proof {
  /** The day it happened, when the user gave one. */
  on: string | null
}

export interface ChecklistState {
  confirmed: Readonly<Record<string, Confirmation>>
  // Evidence and confirmations count only when recorded after their section was last set back.
  resetAfter: Readonly<Partial<Record<SectionRole, number>>>
  // A deadline met by a confirmation stays met when its section is reopened; only a new invitation starts it again.
  renewedAfter: number
}

// The one rule for what still counts: a proof or confirmation made after its section was last set back (reopened, or
// a new invitation). The engine asks it of every item; other domains ask it through the record (RecordService.stillCounts).
export const stillCounts = <P extends Proof>(s: ChecklistState, role: SectionRole, proof: P | null | undefined): P | null =>
  proof && proof.seq > (s.resetAfter[role] ?? 0) ? proof : null

const resetAll = (seq: number, except: SectionRole) =>
  Object.fromEntries(sectionRoles.filter((r) => r !== except).map((r) => [r, seq])) as Partial<Record<SectionRole, number>>

export const checklistSlice = slice<ChecklistState>({
  initial: { confirmed: {}, resetAfter: {}, renewedAfter: 0 },
  schema: z.strictObject({
    confirmed: z.record(KeySchema, z.strictObject({ ...ProofSchema.shape, on: DaySchema.nullable() })),
    resetAfter: z.partialRecord(z.enum(sectionRoles), z.number().int().min(0)),
    renewedAfter: z.number().int().min(0),
  }),
  rules: 1,
  apply(s, e) {
    switch (e.type) {
      case 'item-confirmed':
        return { ...s, confirmed: { ...s.confirmed, [itemRef(e.data.role, e.data.item)]: { seq: e.seq, at: e.at, on: e.data.on } } }
      case 'item-withdrawn': {
        const { [itemRef(e.data.role, e.data.item)]: _gone, ...rest } = s.confirmed
        return { ...s, confirmed: rest }
      }
      case 'section-reopened':
        return { ...s, resetAfter: { ...s.resetAfter, [e.data.role]: e.seq } }
      // A new invitation means every step from the request on is done again; who the user is stays.
      case 'invitation-renewal-started':
        return { ...s, resetAfter: { ...s.resetAfter, ...resetAll(e.seq, 'profile') }, renewedAfter: e.seq }
      default:
        return s
    }
  },
  summary(s) {
    const lines: Partial<Record<SectionRole, Msg[]>> = {}
    for (const [ref, c] of Object.entries(s.confirmed)) {
      const [role, item] = ref.split('/') as [SectionRole, string]
      if (!stillCounts(s, role, c)) continue
      const what = itemValue(role, item)
      ;(lines[role] ??= []).push(
        c.on ? say(summaryWords.itemDoneOn, { item: what, day: day(c.on) }) : say(summaryWords.itemConfirmed, { item: what, when: time(c.at) }),
      )
    }
    return lines
  },
  describe(e, ctx) {
    switch (e.type) {
      case 'item-confirmed': {
        const where = { item: itemValue(e.data.role, e.data.item), step: ctx.step(e.data.role) }
        return e.data.on ? say(timelineWords.itemConfirmedOn, { ...where, day: day(e.data.on) }) : say(timelineWords.itemConfirmed, where)
      }
      case 'item-withdrawn':
        return say(timelineWords.itemWithdrawn, { item: itemValue(e.data.role, e.data.item), step: ctx.step(e.data.role) })
      case 'section-reopened':
        return say(timelineWords.sectionReopened, { step: ctx.step(e.data.role) })
      default:
        return null
    }
  },
})
