import { z } from 'zod'
import { CalendarDaySchema } from '../../src-shared/day'
import { AudienceSchema, SeedAnswerSchema } from '../../src-shared/profile'

// Who the user is, and what happened to their invitations: the facts the deadlines follow.
export const profileEvents = {
  'profile-saved': z.strictObject({
    audience: AudienceSchema,
    seed: SeedAnswerSchema,
    orgEmail: z.string().max(2000),
    onboardingEmailOn: CalendarDaySchema.nullable(),
  }),
  'invitation-renewal-started': z.strictObject({ expiredOn: CalendarDaySchema, kind: z.enum(['register', 'activate']) }),
  'seed-email-expired': z.strictObject({}),
  'seed-service-requested': z.strictObject({}),
} as const
