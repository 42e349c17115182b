import { z } from 'zod'
import { AudienceSchema, SeedAnswerSchema } from '../../src-shared/profile'

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

// Who the user is, and what happened to their invitations: the facts the deadlines follow.
export const profileEvents = {
  'profile-saved': z.strictObject({
    audience: AudienceSchema,
    seed: SeedAnswerSchema,
    orgEmail: z.string().max(2000),
    onboardingEmailOn: Day.nullable(),
  }),
  'invitation-renewal-started': z.strictObject({ expiredOn: Day, kind: z.enum(['register', 'activate']) }),
  'seed-email-expired': z.strictObject({}),
  'seed-service-requested': z.strictObject({}),
} as const
