import { z } from 'zod'
import { DeadlineSchema, DeadlinesSchema } from './deadline-schema'
import { AudienceSchema } from './profile'

export const SectionStatusSchema = z.enum(['not-started', 'in-progress', 'done'])
export type SectionStatus = z.infer<typeof SectionStatusSchema>

export const RecoveryNoticeSchema = z.object({
  reason: z.enum(['unreadable', 'invalid', 'broken-chain']),
  message: z.string(),
  movedTo: z.string(),
  detectedAt: z.string(),
})
export type RecoveryNotice = z.infer<typeof RecoveryNoticeSchema>

const officerView = {
  officerName: z.string().optional(),
  officerEmail: z.string().optional(),
  companyAddress: z.string().optional(),
}

export const SnapshotSchema = z.object({
  eventCount: z.number().int().min(0),
  headHash: z.string(),
  updatedAt: z.string().nullable(),
  // Today in the user's time zone, by the app's clock: forms compare typed dates with this.
  today: z.string(),
  profile: z
    .object({ audience: AudienceSchema, seedProvisioned: z.boolean(), orgEmail: z.string(), onboardingEmailOn: z.string().nullable() })
    .nullable(),
  request: z.object({
    details: z.object({ orgEmail: z.string(), mobile: z.string(), projectName: z.string(), ...officerView }).nullable(),
    sentAt: z.string().nullable(),
    registrationEmailOn: z.string().nullable(),
  }),
  registration: z.object({
    fields: z
      .object({ username: z.string(), firstName: z.string(), lastName: z.string(), mobile: z.string(), department: z.string(), ...officerView })
      .nullable(),
    savedAt: z.string().nullable(),
  }),
  invitation: z.object({ invitedOn: z.string().nullable(), renewing: z.boolean(), renewals: z.number().int().min(0) }),
  deadlines: DeadlinesSchema.nullable(),
  sections: z.array(
    z.object({
      id: z.string(),
      status: SectionStatusSchema,
      doneCount: z.number().int().min(0),
      totalCount: z.number().int().min(0),
      items: z.array(z.object({ id: z.string(), done: z.boolean(), changedAt: z.string().nullable(), auto: z.boolean() })),
    }),
  ),
  currentSectionId: z.string().nullable(),
  nextAction: z.object({
    kind: z.enum(['profile', 'renew', 'item', 'done']),
    sectionId: z.string(),
    title: z.string(),
    detail: z.string(),
    due: DeadlineSchema.nullable(),
  }),
  // The completion record: each section with when it was finished and what shows it.
  summary: z.array(z.object({ sectionId: z.string(), doneAt: z.string().nullable(), evidence: z.array(z.string()) })),
  // Read out on the phone to the helpdesk: no personal data, with a check character.
  statusCode: z.string(),
  recovery: RecoveryNoticeSchema.nullable(),
})
export type Snapshot = z.infer<typeof SnapshotSchema>
export type SectionProgress = Snapshot['sections'][number]

export const itemKey = (sectionId: string, itemId: string): string => `${sectionId}/${itemId}`
