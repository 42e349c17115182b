import { z } from 'zod'

// Configurable by administrators (the MDM configuration). The refusal is a message id (src-shared/messages/config.ts), said
// to them by src-main/config/plain-issues.ts; a literal, because the contract (read when the app is built) imports this file. Composition rules exist only when the platform mandates them.
export const PasswordPolicySchema = z
  .strictObject({
    minLength: z.number().int().min(8).max(256),
    maxLength: z.number().int().min(8).max(1024),
    requireUpper: z.boolean(),
    requireLower: z.boolean(),
    requireDigit: z.boolean(),
    requireSymbol: z.boolean(),
  })
  .refine((p) => p.minLength <= p.maxLength, { path: ['maxLength'], message: 'config.rule.max-below-min' })
export type PasswordPolicy = z.infer<typeof PasswordPolicySchema>

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = {
  minLength: 12,
  maxLength: 128,
  requireUpper: false,
  requireLower: false,
  requireDigit: false,
  requireSymbol: false,
}

// Length as a person counts it: code points after NFKC, so "é" typed two ways counts the same.
export const passwordLength = (value: string): number => [...value.normalize('NFKC')].length

export type RuleId =
  | 'min-length'
  | 'max-length'
  | 'upper'
  | 'lower'
  | 'digit'
  | 'symbol'
  | 'not-common'
  | 'not-personal'
  | 'not-techpass'
  | 'differs-from-initial'
  | 'confirmation-matches'

// The renderer words each rule by its id, in the language on screen (steps/password/strength.ts).
export interface RuleResult {
  id: RuleId
  ok: boolean
  /** True for composition rules: shown as the platform's mandate, not this app's advice. */
  mandate: boolean
}

interface PasswordInput {
  initial: string
  next: string
  confirm: string
}

export interface PasswordContext {
  policy: PasswordPolicy
  /** True when the password is on a common-password list (the list lives outside src-shared). */
  isCommon(candidate: string): boolean
  /** The user's username and names; parts shorter than 3 characters are ignored. */
  personal: readonly string[]
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase()

// Pure and local: the password never leaves the renderer, and these rules never see anything else.
export function checkPassword({ initial, next, confirm }: PasswordInput, ctx: PasswordContext): RuleResult[] {
  const { policy } = ctx
  const length = passwordLength(next)
  const lower = fold(next)
  const personal = ctx.personal
    .map(fold)
    .flatMap((p) => p.split(/[\s._@-]+/))
    .filter((p) => p.length >= 3)
  const rules: RuleResult[] = [
    { id: 'min-length', ok: length >= policy.minLength, mandate: false },
    { id: 'max-length', ok: length <= policy.maxLength, mandate: false },
  ]
  const mandate = (id: RuleId, on: boolean, test: RegExp) => {
    if (on) rules.push({ id, ok: test.test(next), mandate: true })
  }
  mandate('upper', policy.requireUpper, /\p{Lu}/u)
  mandate('lower', policy.requireLower, /\p{Ll}/u)
  mandate('digit', policy.requireDigit, /\p{Nd}/u)
  mandate('symbol', policy.requireSymbol, /[\p{P}\p{S}]/u)
  rules.push(
    { id: 'not-common', ok: next.length > 0 && !ctx.isCommon(lower), mandate: false },
    { id: 'not-personal', ok: next.length > 0 && !personal.some((p) => lower.includes(p)), mandate: false },
    { id: 'not-techpass', ok: next.length > 0 && !lower.includes('techpass'), mandate: false },
    { id: 'differs-from-initial', ok: next.length > 0 && next !== initial, mandate: false },
    { id: 'confirmation-matches', ok: next.length > 0 && next === confirm, mandate: false },
  )
  return rules
}

export const allRulesPass = (rules: readonly RuleResult[]): boolean => rules.every((r) => r.ok)
