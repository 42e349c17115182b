import { z } from 'zod'
import { RegistrationInputSchema, RequestDetailsInputSchema } from './request'

// The forms whose unsaved values are kept as the user types (nothing typed is lost); no password form is one of them.
const draftForms = { request: RequestDetailsInputSchema, registration: RegistrationInputSchema } as const

export const DraftFormSchema = z.enum(['request', 'registration'])
export type DraftForm = z.infer<typeof DraftFormSchema>

// Any field of those forms, each optional and as long as the form allows; any other key is refused.
export const DraftValuesSchema = z.strictObject({ ...RequestDetailsInputSchema.shape, ...RegistrationInputSchema.shape }).partial()
export type DraftValues = z.infer<typeof DraftValuesSchema>

export const draftFieldsOf = (form: DraftForm): readonly string[] => Object.keys(draftForms[form].shape)
