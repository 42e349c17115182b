import { describe, expect, it } from 'vitest'
import { audiences, isOffshore, ProfileInputSchema, profileRules, seedRule } from '../../../src-shared/profile'
import type { Audience } from '../../../src-shared/profile'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'

const rules = profileRules(DEFAULT_SETTINGS.refusedEmailDomains)
const input = (audience: Audience, seedProvisioned: boolean) => ({ audience, seedProvisioned, orgEmail: 'Ana@Acme.com', onboardingEmailOn: null })
const messages = (value: unknown) => {
  const parsed = rules.safeParse(value)
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message)
}

describe('seedRule: audience to SEED requirement (R2)', () => {
  it('forces SEED for offshore users not in an ODC, with the reason', () => {
    const rule = seedRule('offshore-non-odc')
    expect(rule.forced).toBe(true)
    expect(rule.reason).toMatch(/SEED provisioning is mandatory/)
    expect(rule.reason).toMatch(/offshore development centre \(ODC\)/)
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
  it('refuses an offshore user not in an ODC who says SEED is not provisioned, on the SEED field', () => {
    const parsed = rules.safeParse(input('offshore-non-odc', false))
    expect(parsed.success).toBe(false)
    if (parsed.success) return
    expect(parsed.error.issues).toHaveLength(1)
    expect(parsed.error.issues[0]?.path).toEqual(['seedProvisioned'])
    expect(parsed.error.issues[0]?.message).toBe('SEED provisioning is mandatory for offshore users who are not in an ODC.')
  })

  it('accepts an offshore user not in an ODC with SEED', () => {
    expect(rules.safeParse(input('offshore-non-odc', true)).success).toBe(true)
  })

  it.each([
    ['vendor', true],
    ['vendor', false],
    ['offshore-odc', true],
    ['offshore-odc', false],
  ] as const)('accepts %s with SEED %s as given', (audience, seed) => {
    const parsed = rules.safeParse(input(audience, seed))
    expect(parsed.success).toBe(true)
    if (parsed.success) expect(parsed.data).toEqual({ audience, seedProvisioned: seed, orgEmail: 'ana@acme.com', onboardingEmailOn: null })
  })

  it('refuses an unknown audience with a message that lists the choices', () => {
    expect(messages({ ...input('vendor', false), audience: 'contractor' })).toEqual([
      'Choose who you are: vendor, offshore user in an ODC, or offshore user not in an ODC.',
    ])
  })

  it('refuses a LiteMail address for the organisational email', () => {
    expect(messages({ ...input('vendor', false), orgEmail: 'ana@litemail.gov.sg' }).join(' ')).toMatch(/^Organisational email is a LiteMail/)
  })

  it('checks the onboarding date is a real day, and lets it stay empty', () => {
    expect(messages({ ...input('vendor', false), onboardingEmailOn: '2026-02-30' })).toEqual([
      'The date the onboarding email arrived is not a real date. Check the day and month.',
    ])
    expect(messages({ ...input('vendor', false), onboardingEmailOn: '20/11/2026' }).join(' ')).toMatch(/date the onboarding email arrived as a date/)
    expect(messages({ ...input('vendor', false), onboardingEmailOn: '2026-11-20' })).toEqual([])
  })

  it('refuses keys the form does not have, at the IPC shape already', () => {
    expect(ProfileInputSchema.safeParse({ ...input('vendor', false), admin: true }).success).toBe(false)
    expect(rules.safeParse({ ...input('vendor', false), admin: true }).success).toBe(false)
  })
})
