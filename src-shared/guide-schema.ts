import { z } from 'zod'
import { evidenceNames } from './evidence'
import { PolicyIdSchema } from './policy-ids'

export const guideAudiences = ['vendor', 'offshore-odc', 'offshore-non-odc'] as const

// What each section is for. Code finds sections by role, never by id; each role appears exactly once.
export const sectionRoles = ['profile', 'request', 'registration', 'sign-in', 'mfa', 'password', 'policies', 'finish'] as const
export const SectionRoleSchema = z.enum(sectionRoles)
export type SectionRole = z.infer<typeof SectionRoleSchema>

// What a tool of the app records; an evidence item is done only when its evidence is in the record. Each domain declares
// its own names (src-shared/evidence/).
export const EvidenceNameSchema = z.enum(evidenceNames)
export type EvidenceName = z.infer<typeof EvidenceNameSchema>

// The helpers a task can offer; the renderer has one component for each.
export const taskAids = ['docs-portal', 'authenticator-stores', 'number-matching-practice', 'password-check', 'login-guide'] as const
export type TaskAid = (typeof taskAids)[number]

export const deadlineKinds = ['register', 'activate'] as const
export type DeadlineKind = (typeof deadlineKinds)[number]

// The guide's full schema is built the first time something parses with it, not when this module is loaded: main's start
// uses the guide checked when the app was built (src-main/guide/checked-guide.ts) and needs only the enums above, and
// building these schemas was about a tenth of main's work before the window.
function guideSchemas() {
  const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens')

  // The same entry as a helpdesk agent says it on a call ("Ask the user to…"); optional, the runbook falls back to the user's words.
  const AgentText = z.string().trim().min(1).optional()

  // "role/item": an item another item requires.
  const ItemRef = z.string().regex(/^[a-z-]+\/[a-z0-9-]+$/, 'a required item is written role/item-id')

  const CompletionSchema = z.discriminatedUnion('by', [
    z.strictObject({ by: z.literal('evidence'), evidence: EvidenceNameSchema }),
    // Done outside the app; the user confirms it once what it requires is done, and within its deadline.
    z.strictObject({ by: z.literal('attest'), requires: z.array(ItemRef).default([]), deadline: z.enum(deadlineKinds).optional() }),
  ])

  const GuideItemSchema = z.object({
    id: Id,
    label: z.string().min(1),
    // The next-action card names what to do as a verb; only for a label that is a statement ("The registration email has arrived").
    action: z.string().min(1).optional(),
    agentText: AgentText,
    detail: z.string().min(1).optional(),
    audiences: z.array(z.enum(guideAudiences)).min(1).optional(),
    seedOnly: z.boolean().optional(),
    done: CompletionSchema,
    // The policies an evidence item of 'policies-read' or 'policies-accepted' is about.
    policies: z.array(PolicyIdSchema).min(1).optional(),
    illustration: z.object({ file: z.string().regex(/^[a-z0-9-]+\.svg$/), alt: z.string().min(1) }).optional(),
    // A small helper the task shows beside a thing done outside the app (a link to open, an optional practice or check).
    aid: z.enum(taskAids).optional(),
  })

  // An answer says only what the official guide says, or what this assistant does. Advice from anywhere else is a
  // helpdesk tip: marked as one, with where it comes from, and shown as such wherever the answer is.
  const TipSchema = z.strictObject({ source: z.string().trim().min(1, 'a helpdesk tip names its source') })

  const TroubleshootingSchema = z.object({
    problem: z.string().min(1),
    fix: z.string().min(1),
    agentText: AgentText,
    // A problem only a user with SEED can have: shown, and read out, only when SEED is provisioned.
    seedOnly: z.boolean().optional(),
    tip: TipSchema.optional(),
  })

  const GuideNoteSchema = z.object({
    tone: z.enum(['info', 'warning']),
    text: z.string().min(1),
    agentText: AgentText,
    audiences: z.array(z.enum(guideAudiences)).min(1).optional(),
  })

  const GuideSectionSchema = z.object({
    id: Id,
    role: SectionRoleSchema,
    kind: z.enum(['before', 'step', 'next']),
    number: z.number().int().min(1).max(20).optional(),
    title: z.string().min(1),
    summary: z.string().min(1),
    agentText: AgentText,
    notes: z.array(GuideNoteSchema).default([]),
    items: z.array(GuideItemSchema).min(1),
    troubleshooting: z.array(TroubleshootingSchema).default([]),
    // About how long the step takes a first-time user, in minutes: shown once, before they start.
    minutes: z.number().int().min(1).max(240),
  })

  type Ctx = z.RefinementCtx

  function checkRoles(sections: readonly z.infer<typeof GuideSectionSchema>[], ctx: Ctx) {
    for (const role of sectionRoles) {
      const count = sections.filter((s) => s.role === role).length
      if (count !== 1) ctx.addIssue({ code: 'custom', path: ['sections'], message: `the role "${role}" must appear exactly once, not ${count} times` })
    }
  }

  // Ids are unique; a required item exists and comes earlier, so requirements can never go round in a circle.
  function checkItems(sections: readonly z.infer<typeof GuideSectionSchema>[], ctx: Ctx) {
    const seenSections = new Set<string>()
    const earlier = new Set<string>()
    for (const [s, section] of sections.entries()) {
      if (seenSections.has(section.id)) ctx.addIssue({ code: 'custom', path: ['sections', s, 'id'], message: `duplicate id "${section.id}"` })
      seenSections.add(section.id)
      const here = new Set<string>()
      for (const [i, item] of section.items.entries()) {
        const path = ['sections', s, 'items', i]
        if (here.has(item.id)) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `duplicate id "${item.id}"` })
        here.add(item.id)
        if (item.done.by === 'attest') {
          for (const ref of item.done.requires) {
            if (!earlier.has(ref))
              ctx.addIssue({ code: 'custom', path: [...path, 'done', 'requires'], message: `"${ref}" is not an earlier item of the guide` })
          }
        }
        const aboutPolicies = item.done.by === 'evidence' && item.done.evidence.startsWith('policies-')
        if (aboutPolicies !== Boolean(item.policies)) {
          ctx.addIssue({ code: 'custom', path: [...path, 'policies'], message: 'policies go with, and only with, policies-read or policies-accepted evidence' })
        }
        earlier.add(`${section.role}/${item.id}`)
      }
    }
  }

  const GuideSchema = z
    .object({
      schemaVersion: z.literal(2),
      title: z.string().min(1),
      source: z.string().min(1),
      sections: z.array(GuideSectionSchema).min(1),
    })
    .superRefine((guide, ctx) => {
      checkRoles(guide.sections, ctx)
      checkItems(guide.sections, ctx)
    })
  return { guide: GuideSchema, section: GuideSectionSchema, item: GuideItemSchema, note: GuideNoteSchema, troubleshooting: TroubleshootingSchema }
}
type GuideSchemas = ReturnType<typeof guideSchemas>

let built: GuideSchemas | undefined
const schemas = (): GuideSchemas => (built ??= guideSchemas())

// The whole guide file, checked: the one schema other modules parse with.
export const GuideSchema: z.ZodLazy<GuideSchemas['guide']> = z.lazy(() => schemas().guide)

/**
 * Builds the file's schema now. Main's reply to `guide:definition` is checked against it (the IPC contract), so main
 * builds it once its window exists, while the page loads (core-services.ts), not in the first reply the page waits for.
 */
export const prepareGuideSchema = (): void => void schemas()

export type Guide = z.infer<typeof GuideSchema>
export type GuideSection = z.infer<GuideSchemas['section']>
export type GuideItem = z.infer<GuideSchemas['item']>
export type GuideNote = z.infer<GuideSchemas['note']>
export type Troubleshooting = z.infer<GuideSchemas['troubleshooting']>

export const itemRef = (role: SectionRole, itemId: string): string => `${role}/${itemId}`

// The one way code finds a section: by what it is for.
export function sectionByRole(guide: Guide, role: SectionRole): GuideSection {
  const found = guide.sections.find((s) => s.role === role)
  if (!found) throw new Error(`the guide has no "${role}" section`)
  return found
}
