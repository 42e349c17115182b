import { describe, expect, it } from 'vitest'
import { audiences, isOffshore, ProfileInputSchema, profileRules, seedAnswers, seedRule } from '../../../src-shared/profile'
import type { Audience, SeedAnswer } from '../../../src-shared/profile'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'
import { inEnglish } from '../../../src-shared/messages/fields'

const rules = profileRules(DEFAULT_SETTINGS.refusedEmailDomains)
const input = (audience: Audience, seed: SeedAnswer) => ({ audience, seed, orgEmail: 'Ana@Acme.com', onboardingEmailOn: null })
const messages = (value: unknown) => {
  const parsed = rules.safeParse(value)
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message)
}

describe('seedRule: audience to SEED requirement (R2)', () => {
  it('forces SEED for offshore users not in an ODC, with the reason', () => {
    const rule = seedRule('offshore-non-odc')
    expect(rule.forced).toBe(true)
    expect(rule.reason && inEnglish(rule.reason)).toBe('Offshore users who are not in an offshore development centre (ODC) must have SEED.')
  })

  it.each(['vendor', 'offshore-odc'] as const)('leaves SEED free for %s, with no reason', (audience) => {
    expect(seedRule(audience)).toEqual({ forced: false, reason: null })
  })

  it('knows exactly three audiences, two of them offshore', () => {
    expect([...audiences]).toEqual(['vendor', 'offshore-odc', 'offshore-non-odc'])
    expect(audiences.filter(isOffshore)).toEqual(['offshore-odc', 'offshore-non-odc'])
  })
})

describe('profileRules', () => {
  it.each(['no', 'unknown'] as const)('refuses an offshore user not in an ODC who answers SEED "%s", on the SEED field', (seed) => {
    const parsed = rules.safeParse(input('offshore-non-odc', seed))
    expect(parsed.success).toBe(false)
    if (parsed.success) return
    expect(parsed.error.issues).toHaveLength(1)
    expect(parsed.error.issues[0]?.path).toEqual(['seed'])
    expect(parsed.error.issues[0]?.message).toBe('Offshore users who are not in an ODC must have SEED. Choose Yes.')
  })

  it('accepts an offshore user not in an ODC with SEED', () => {
    expect(rules.safeParse(input('offshore-non-odc', 'yes')).success).toBe(true)
  })

  it('knows exactly three SEED answers, "I don\'t know" among them', () => {
    expect([...seedAnswers]).toEqual(['yes', 'no', 'unknown'])
  })

  it.each([
    ['vendor', 'yes'],
    ['vendor', 'no'],
    ['vendor', 'unknown'],
    ['offshore-odc', 'yes'],
    ['offshore-odc', 'no'],
    ['offshore-odc', 'unknown'],
  ] as const)('accepts %s with SEED %s as given', (audience, seed) => {
    const parsed = rules.safeParse(input(audience, seed))
    expect(parsed.success).toBe(true)
    if (parsed.success) expect(parsed.data).toEqual({ audience, seed, orgEmail: 'ana@acme.com', onboardingEmailOn: null })
  })

  it.each([
    ['missing', undefined],
    ['a yes/no flag', true],
    ['another word', 'maybe'],
  ])('refuses a SEED answer that is %s, saying what to answer', (_name, seed) => {
    expect(messages({ ...input('vendor', 'no'), seed })).toEqual(['Answer the SEED question: Yes, No, or I don’t know.'])
  })

  it('refuses an unknown audience with a message that lists the choices', () => {
    expect(messages({ ...input('vendor', 'no'), audience: 'contractor' })).toEqual([
      'Choose who you are: a vendor, an offshore user in an ODC, or an offshore user not in an ODC.',
    ])
  })

  it('refuses a LiteMail address for the organisational email', () => {
    expect(messages({ ...input('vendor', 'no'), orgEmail: 'ana@litemail.gov.sg' }).join(' ')).toMatch(/^Your work email is a LiteMail/)
  })

  it('checks the onboarding date is a real day, and lets it stay empty', () => {
    expect(messages({ ...input('vendor', 'no'), onboardingEmailOn: '2026-02-30' })).toEqual([
      'The date the TechPass onboarding email arrived is not a real date. Check the day and month.',
    ])
    expect(messages({ ...input('vendor', 'no'), onboardingEmailOn: '20/11/2026' }).join(' ')).toMatch(/date the TechPass onboarding email arrived as a date/)
    expect(messages({ ...input('vendor', 'no'), onboardingEmailOn: '2026-11-20' })).toEqual([])
  })

  it('refuses keys the form does not have, at the IPC shape already', () => {
    expect(ProfileInputSchema.safeParse({ ...input('vendor', 'no'), admin: true }).success).toBe(false)
    expect(rules.safeParse({ ...input('vendor', 'no'), admin: true }).success).toBe(false)
  })
})
