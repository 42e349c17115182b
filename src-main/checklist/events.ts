import { z } from 'zod'
import { CalendarDaySchema } from '../../src-shared/day'
import { SectionRoleSchema } from '../../src-shared/guide-schema'

const ItemId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .max(64)

// What the user confirms about things done outside the app; reopening a section sets its items back.
export const checklistEvents = {
  'item-confirmed': z.strictObject({ role: SectionRoleSchema, item: ItemId, on: CalendarDaySchema.nullable() }),
  'item-withdrawn': z.strictObject({ role: SectionRoleSchema, item: ItemId }),
  'section-reopened': z.strictObject({ role: SectionRoleSchema }),
} as const
