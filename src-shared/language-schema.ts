import { z } from 'zod'
import { LANGUAGES } from './languages'
import type { ChosenLanguage, Language, LanguageView } from './languages'

export const LanguageSchema: z.ZodType<Language, Language> = z.enum(LANGUAGES)
export const ChosenLanguageSchema: z.ZodType<ChosenLanguage> = z.enum([...LANGUAGES, 'pseudo'])
export const LanguageViewSchema: z.ZodType<LanguageView> = z.object({ language: ChosenLanguageSchema, offered: z.array(LanguageSchema).min(1) })
