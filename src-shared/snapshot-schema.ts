import { z } from 'zod'
import { DeadlineSchema, DeadlinesSchema } from './deadline-schema'
import { SectionRoleSchema } from './guide-schema'
import { MsgSchema } from './message'
import { AudienceSchema, SeedAnswerSchema } from './profile'

// Done means the evidence exists; action-needed means a deadline passed without its remedy; locked waits on that.
const SectionStatusSchema = z.enum(['not-started', 'in-progress', 'done', 'action-needed', 'locked'])
export type SectionStatus = z.infer<typeof SectionStatusSchema>

const RecoveryNoticeSchema = z.object({
  reason: z.enum(['unreadable', 'invalid', 'broken-chain']),
  // A message id with its values; the moved file's path is its value `movedTo`.
  message: MsgSchema,
  movedTo: z.string(),
  detectedAt: z.string(),
})
export type RecoveryNotice = z.infer<typeof RecoveryNoticeSchema>

const officerView = {
  officerName: z.string().optional(),
  officerEmail: z.string().optional(),
  companyAddress: z.string().optional(),
}

// The sentences in a snapshot are messages (an id and its values) that the renderer says in the user's language.
// `text` is MsgSchema for the snapshot main sends; a support bundle of format 2 holds English sentences there instead.
function progressSchemas<T extends z.ZodType>(text: T) {
  const ItemProgress = z.object({
    id: z.string(),
    how: z.enum(['evidence', 'attest']),
    done: z.boolean(),
    // When the evidence was recorded, or the confirmation was given.
    doneAt: z.string().nullable(),
    // The day an attested thing happened, when the user gave one.
    on: z.string().nullable(),
    // Why it cannot be done or confirmed now, in plain words; null when nothing stands in the way.
    blockedBy: text.nullable(),
    // Confirming it now needs the day it happened: its deadline has passed.
    needsDate: z.boolean(),
  })

  const SectionProgress = z.object({
    id: z.string(),
    role: SectionRoleSchema,
    status: SectionStatusSchema,
    doneCount: z.number().int().min(0),
    totalCount: z.number().int().min(0),
    // Said once, for action-needed and locked sections.
    reason: text.nullable(),
    items: z.array(ItemProgress),
  })

  const NextAction = z.object({
    kind: z.enum(['profile', 'renew', 'seed-unknown', 'seed-request', 'item', 'done']),
    sectionId: z.string(),
    // The checklist item to do next (kind "item" and "profile"): the task the step's screen shows. Bundles saved before it have none.
    itemId: z.string().nullable().default(null),
    // Null for kind "item": its title is the item's own words in the guide (its action, else its label), in the user's language.
    title: text.nullable(),
    detail: text,
    due: DeadlineSchema.nullable(),
  })

  const Snapshot = z.object({
    eventCount: z.number().int().min(0),
    headHash: z.string(),
    updatedAt: z.string().nullable(),
    // Today in the user's time zone, by the app's clock: forms compare typed dates with this.
    today: z.string(),
    profile: z.object({ audience: AudienceSchema, seed: SeedAnswerSchema, orgEmail: z.string(), onboardingEmailOn: z.string().nullable() }).nullable(),
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
    // R17: the separate SEED onboarding email, when the user says it expired, and the service request that renews it.
    // `due`: the request is still to be made, so its remedy is offered even while another one is the next action
    // (missing in bundles saved before it existed; the view is rebuilt from the events anyway).
    seedEmail: z.object({ expiredAt: z.string().nullable(), requestedAt: z.string().nullable(), due: z.boolean().default(false) }),
    mfa: z.object({
      enrolledAt: z.string().nullable(),
      verifiedAt: z.string().nullable(),
      driftSeconds: z.number().int().nullable(),
      numberMatchingAt: z.string().nullable(),
    }),
    deadlines: DeadlinesSchema.nullable(),
    sections: z.array(SectionProgress),
    currentSectionId: z.string().nullable(),
    nextAction: NextAction,
    // The completion record: each section with when it was finished (a time) and what shows it.
    summary: z.array(z.object({ sectionId: z.string(), doneAt: z.string().nullable(), evidence: z.array(text) })),
    // Read out on the phone to the helpdesk: no personal data, with a check character.
    statusCode: z.string(),
    recovery: RecoveryNoticeSchema.nullable(),
  })
  return { ItemProgress, SectionProgress, NextAction, Snapshot }
}

const live = progressSchemas(MsgSchema)
export type ItemProgress = z.infer<typeof live.ItemProgress>
export type SectionProgress = z.infer<typeof live.SectionProgress>
export const NextActionSchema = live.NextAction
export const SnapshotSchema = live.Snapshot

// A snapshot as a support bundle of format 2 holds it: saved before main sent message ids, its sentences are English
// strings, kept exactly as written. A message is accepted there too. Only the bundle reader uses this; the view it
// shows is always rebuilt from the events, in today's messages.
const LegacyTextSchema = z.union([MsgSchema, z.string().max(4_000)])
export const BundledSnapshotSchema = progressSchemas(LegacyTextSchema).Snapshot

export type Snapshot = z.infer<typeof SnapshotSchema>
export type NextAction = z.infer<typeof NextActionSchema>
