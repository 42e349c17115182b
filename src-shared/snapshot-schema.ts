import { z } from 'zod'

export const SectionStatusSchema = z.enum(['not-started', 'in-progress', 'done'])
export type SectionStatus = z.infer<typeof SectionStatusSchema>

export const RecoveryNoticeSchema = z.object({
  reason: z.enum(['unreadable', 'invalid', 'broken-chain']),
  message: z.string(),
  movedTo: z.string(),
  detectedAt: z.string(),
})
export type RecoveryNotice = z.infer<typeof RecoveryNoticeSchema>

export const ItemStateSchema = z.object({
  done: z.boolean(),
  changedAt: z.string(),
})

export const SnapshotSchema = z.object({
  eventCount: z.number().int().min(0),
  headHash: z.string(),
  updatedAt: z.string().nullable(),
  items: z.record(z.string(), ItemStateSchema),
  sections: z.array(
    z.object({
      id: z.string(),
      status: SectionStatusSchema,
      doneCount: z.number().int().min(0),
      totalCount: z.number().int().min(0),
    }),
  ),
  currentSectionId: z.string().nullable(),
  recovery: RecoveryNoticeSchema.nullable(),
})
export type Snapshot = z.infer<typeof SnapshotSchema>

export const itemKey = (sectionId: string, itemId: string): string => `${sectionId}/${itemId}`
