import { z } from 'zod'
import { PolicyIdSchema } from './policy-schema'

const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens')

export const guideAudiences = ['vendor', 'offshore-odc', 'offshore-non-odc'] as const

// Things the app observes; an item with completedBy is ticked when its signal happens.
export const completionSignals = [
  'profile-saved',
  'onboarding-date-known',
  'request-sent',
  'registration-email-received',
  'registration-saved',
  'password-reset-confirmed',
] as const
export type CompletionSignal = (typeof completionSignals)[number]

export const GuideItemSchema = z.object({
  id: Id,
  label: z.string().min(1),
  detail: z.string().min(1).optional(),
  audiences: z.array(z.enum(guideAudiences)).min(1).optional(),
  seedOnly: z.boolean().optional(),
  completedBy: z.enum(completionSignals).optional(),
  // Done exactly while these policies' current versions are accepted; never ticked by hand.
  policies: z.array(PolicyIdSchema).min(1).optional(),
  illustration: z
    .object({ file: z.string().regex(/^[a-z0-9-]+\.svg$/), alt: z.string().min(1) })
    .optional(),
})

export const TroubleshootingSchema = z.object({
  problem: z.string().min(1),
  fix: z.string().min(1),
})

export const GuideNoteSchema = z.object({
  tone: z.enum(['info', 'warning']),
  text: z.string().min(1),
})

export const GuideSectionSchema = z.object({
  id: Id,
  kind: z.enum(['prerequisites', 'step', 'next']),
  number: z.number().int().min(1).max(20).optional(),
  title: z.string().min(1),
  summary: z.string().min(1),
  notes: z.array(GuideNoteSchema).default([]),
  items: z.array(GuideItemSchema).min(1),
  troubleshooting: z.array(TroubleshootingSchema).default([]),
})

export const GuideSchema = z
  .object({
    schemaVersion: z.literal(1),
    title: z.string().min(1),
    source: z.string().min(1),
    sections: z.array(GuideSectionSchema).min(1),
  })
  .superRefine((guide, ctx) => {
    const seen = new Set<string>()
    for (const [s, section] of guide.sections.entries()) {
      if (seen.has(section.id)) {
        ctx.addIssue({ code: 'custom', path: ['sections', s, 'id'], message: `duplicate id "${section.id}"` })
      }
      seen.add(section.id)
      for (const [i, item] of section.items.entries()) {
        const key = `${section.id}/${item.id}`
        if (seen.has(key)) {
          ctx.addIssue({ code: 'custom', path: ['sections', s, 'items', i, 'id'], message: `duplicate id "${item.id}"` })
        }
        seen.add(key)
      }
    }
  })

export type Guide = z.infer<typeof GuideSchema>
export type GuideSection = z.infer<typeof GuideSectionSchema>
export type GuideItem = z.infer<typeof GuideItemSchema>
export type GuideAudience = (typeof guideAudiences)[number]
