import { dictionary } from '@zxcvbn-ts/language-common'
import { describe, expect, it } from 'vitest'
import { allRulesPass, checkPassword, DEFAULT_PASSWORD_POLICY, PasswordPolicySchema } from '../../../src-shared/password-policy'
import type { PasswordContext, PasswordPolicy, RuleId, RuleResult } from '../../../src-shared/password-policy'

// The list the renderer uses, built the same way (lower-cased, looked up after checkPassword folds the candidate).
const common = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()))
const realList = (candidate: string) => common.has(candidate)
const never = () => false

const STRONG = 'Quiet-Harbour-Lantern-42'
const allOn: PasswordPolicy = { ...DEFAULT_PASSWORD_POLICY, requireUpper: true, requireLower: true, requireDigit: true, requireSymbol: true }

interface Case {
  next: string
  initial?: string
  confirm?: string
  policy?: PasswordPolicy
  personal?: string[]
  isCommon?: PasswordContext['isCommon']
}

function run(c: Case): RuleResult[] {
  const { next, initial = 'Initial-Start-Pass-1', confirm = next } = c
  return checkPassword({ initial, next, confirm }, { policy: c.policy ?? DEFAULT_PASSWORD_POLICY, personal: c.personal ?? [], isCommon: c.isCommon ?? never })
}
const rule = (id: RuleId, c: Case): RuleResult => {
  const found = run(c).find((r) => r.id === id)
  if (!found) throw new Error(`no ${id} rule in the result`)
  return found
}

describe('checkPassword: length rules (code points after NFKC)', () => {
  it.each([
    ['11 ASCII letters', 'a'.repeat(11), false],
    ['exactly 12 ASCII letters', 'a'.repeat(12), true],
    ['12 decomposed é (24 UTF-16 units, 12 after NFKC)', 'e\u0301'.repeat(12), true],
    ['11 decomposed é (22 UTF-16 units)', 'e\u0301'.repeat(11), false],
    ['6 emoji (12 UTF-16 units, 6 code points)', '😀'.repeat(6), false],
    ['12 emoji', '😀'.repeat(12), true],
    ['the empty password', '', false],
  ])('min-length 12: %s → %s', (_, next, ok) => {
    expect(rule('min-length', { next })).toEqual({ id: 'min-length', ok, mandate: false })
  })

  it.each([
    ['20 characters', 'b'.repeat(20), true],
    ['21 characters', 'b'.repeat(21), false],
    ['20 emoji (40 UTF-16 units)', '🔑'.repeat(20), true],
    ['20 full-width letters', 'Ｂ'.repeat(20), true],
    ['the empty password', '', true],
  ])('max-length 20: %s → %s', (_, next, ok) => {
    const policy = { ...DEFAULT_PASSWORD_POLICY, minLength: 8, maxLength: 20 }
    expect(rule('max-length', { next, policy })).toEqual({ id: 'max-length', ok, mandate: false })
  })
})

describe('checkPassword: composition rules are present only when the platform requires them', () => {
  it('the default policy has no composition rule at all', () => {
    expect(run({ next: STRONG }).map((r) => r.id)).toEqual([
      'min-length',
      'max-length',
      'not-common',
      'not-personal',
      'not-techpass',
      'differs-from-initial',
      'confirmation-matches',
    ])
  })

  it('with every requirement on, the four rules appear in order, marked as the platform mandate', () => {
    const rules = run({ next: STRONG, policy: allOn })
    expect(rules.map((r) => r.id)).toEqual([
      'min-length',
      'max-length',
      'upper',
      'lower',
      'digit',
      'symbol',
      'not-common',
      'not-personal',
      'not-techpass',
      'differs-from-initial',
      'confirmation-matches',
    ])
    // The words, with "TechPass requires it" on these four only, are the renderer's (tests/unit/renderer/steps/password/strength.test.ts).
    expect(rules.filter((r) => r.mandate).map((r) => r.id)).toEqual(['upper', 'lower', 'digit', 'symbol'])
  })

  it.each([
    ['requireUpper', 'upper'],
    ['requireLower', 'lower'],
    ['requireDigit', 'digit'],
    ['requireSymbol', 'symbol'],
  ] as const)('%s alone adds only the %s rule', (key, id) => {
    const ids = run({ next: STRONG, policy: { ...DEFAULT_PASSWORD_POLICY, [key]: true } }).map((r) => r.id)
    expect(ids.filter((x) => ['upper', 'lower', 'digit', 'symbol'].includes(x))).toEqual([id])
  })

  it.each([
    ['upper', 'all-lower-case-42!', false],
    ['upper', 'one-Upper-case-42!', true],
    ['upper', 'accented-Élan-42!', true],
    ['lower', 'ALL-UPPER-CASE-42!', false],
    ['lower', 'ONE-lOWER-42!', true],
    ['digit', 'no-digits-here-at-all!', false],
    ['digit', 'one-digit-7-here!', true],
    ['digit', 'arabic-indic-digit-٣', true],
    ['symbol', 'NoSymbolsHere42abc', false],
    ['symbol', 'Spaces only here 42', false],
    ['symbol', 'Punctuation!Here42', true],
    ['symbol', 'Currency€Sign42abc', true],
  ] as const)('%s: "%s" → %s', (id, next, ok) => {
    expect(rule(id, { next, policy: allOn })).toMatchObject({ ok, mandate: true })
  })
})

describe('checkPassword: not-common', () => {
  it('asks the list about the NFKC lower-cased password', () => {
    const asked: string[] = []
    const spy = (candidate: string) => (asked.push(candidate), candidate === 'letmein-forever')
    expect(rule('not-common', { next: 'LetMeIn-Forever', isCommon: spy })).toMatchObject({ ok: false, mandate: false })
    expect(rule('not-common', { next: 'ＬｅｔＭｅＩｎ-Forever', isCommon: spy }).ok).toBe(false)
    expect(rule('not-common', { next: 'LetMeIn-Forever-2', isCommon: spy }).ok).toBe(true)
    expect(asked).toEqual(['letmein-forever', 'letmein-forever', 'letmein-forever-2'])
  })

  it.each([
    ['password123', false],
    ['Password123', false],
    ['PASSWORD123', false],
    ['ｐａｓｓｗｏｒｄ１２３', false],
    ['qwerty', false],
    ['123456789', false],
    [STRONG, true],
    ['Canary-Zebra-7391-Quokka', true],
  ])('with the real zxcvbn-ts list: "%s" → %s', (next, ok) => {
    expect(common.size).toBeGreaterThan(10_000)
    expect(rule('not-common', { next, isCommon: realList }).ok).toBe(ok)
  })
})

describe('checkPassword: not-personal', () => {
  const personal = ['ana.lim', 'Ana', 'Lim']
  it.each([
    ['contains the first name', 'Xana-Harbour-Lantern', false],
    ['contains the last name in capitals', 'Harbour-LIM-Lantern', false],
    ['contains the username part', 'ana.harbour.lantern', false],
    ['contains none of them', STRONG, true],
    ['contains the name in full-width letters', 'Harbour-ＡＮＡ-Lantern', false],
  ])('%s → %s', (_, next, ok) => {
    expect(rule('not-personal', { next, personal })).toMatchObject({ ok, mandate: false })
  })

  it.each([
    ['space', 'Mary Ann', 'Harbour-ann-Lantern'],
    ['dot', 'mary.ann', 'Harbour-ann-Lantern'],
    ['underscore', 'mary_ann', 'Harbour-ann-Lantern'],
    ['at sign', 'mary@ann', 'Harbour-ann-Lantern'],
    ['hyphen', 'mary-ann', 'Harbour-ann-Lantern'],
  ])('parts are split on a %s', (_, name, next) => {
    expect(rule('not-personal', { next, personal: [name] }).ok).toBe(false)
    expect(rule('not-personal', { next: 'Harbour-nothing-Lantern', personal: [name] }).ok).toBe(true)
  })

  it('parts shorter than 3 characters are ignored, longer ones are not', () => {
    expect(rule('not-personal', { next: 'li-wu-jo-harbour-lantern', personal: ['Li Wu', 'jo_x'] }).ok).toBe(true)
    expect(rule('not-personal', { next: 'jo-is-great-harbour', personal: ['jo_smith'] }).ok).toBe(true)
    expect(rule('not-personal', { next: 'SMITHfamily-harbour', personal: ['jo_smith'] }).ok).toBe(false)
  })

  it('personal names are NFKC-folded too, and an empty list blocks nothing', () => {
    expect(rule('not-personal', { next: 'Harbour-smith-Lantern', personal: ['ｓｍｉｔｈ'] }).ok).toBe(false)
    expect(rule('not-personal', { next: 'Harbour-Élise-Lantern', personal: ['E\u0301lise'] }).ok).toBe(false)
    expect(rule('not-personal', { next: STRONG, personal: [] }).ok).toBe(true)
  })
})

describe('checkPassword: not-techpass, differs-from-initial, confirmation-matches', () => {
  it.each([
    ['myTechPass2026!', false],
    ['TECHPASS-is-here', false],
    ['xx-techpass-xx-yy', false],
    ['ｔｅｃｈｐａｓｓ-full-width', false],
    ['tech-pass-2026-harbour', true],
    [STRONG, true],
  ])('not-techpass: "%s" → %s', (next, ok) => {
    expect(rule('not-techpass', { next })).toMatchObject({ ok, mandate: false })
  })

  it.each([
    ['the same as the initial', STRONG, STRONG, false],
    ['different from the initial', STRONG, 'Initial-Start-Pass-1', true],
    ['the initial with another case', STRONG.toUpperCase(), STRONG, true],
  ])('differs-from-initial: %s → %s', (_, next, initial, ok) => {
    expect(rule('differs-from-initial', { next, initial })).toMatchObject({ ok, mandate: false })
  })

  it.each([
    ['identical', STRONG, STRONG, true],
    ['differs by case', STRONG, STRONG.toLowerCase(), false],
    ['one character short', STRONG, STRONG.slice(0, -1), false],
    ['confirmation empty', STRONG, '', false],
  ])('confirmation-matches: %s → %s', (_, next, confirm, ok) => {
    expect(rule('confirmation-matches', { next, confirm })).toMatchObject({ ok, mandate: false })
  })

  it('an empty new password fails every content rule, even when nothing else would block it', () => {
    const rules = run({ next: '', initial: '', confirm: '', isCommon: never, personal: [] })
    const byId = Object.fromEntries(rules.map((r) => [r.id, r.ok]))
    expect(byId).toEqual({
      'min-length': false,
      'max-length': true,
      'not-common': false,
      'not-personal': false,
      'not-techpass': false,
      'differs-from-initial': false,
      'confirmation-matches': false,
    })
  })
})

describe('allRulesPass', () => {
  it('is true only when every rule passes', () => {
    const good = run({ next: STRONG, policy: allOn, personal: ['ana.lim'], isCommon: realList })
    expect(good.every((r) => r.ok)).toBe(true)
    expect(allRulesPass(good)).toBe(true)
    for (const [i] of good.entries()) {
      expect(allRulesPass(good.map((r, j) => (j === i ? { ...r, ok: false } : r)))).toBe(false)
    }
    expect(allRulesPass(run({ next: STRONG, confirm: `${STRONG}x` }))).toBe(false)
    expect(allRulesPass(run({ next: 'password123', isCommon: realList }))).toBe(false)
  })
})

describe('PasswordPolicySchema', () => {
  it('accepts the default and an equal minimum and maximum', () => {
    expect(PasswordPolicySchema.parse(DEFAULT_PASSWORD_POLICY)).toEqual(DEFAULT_PASSWORD_POLICY)
    expect(PasswordPolicySchema.safeParse({ ...DEFAULT_PASSWORD_POLICY, minLength: 16, maxLength: 16 }).success).toBe(true)
  })

  it('refuses a minimum above the maximum, naming maxLength', () => {
    const parsed = PasswordPolicySchema.safeParse({ ...DEFAULT_PASSWORD_POLICY, minLength: 40, maxLength: 20 })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['maxLength'])
  })

  it.each([
    ['minLength as text', { minLength: '12' }],
    ['minLength not whole', { minLength: 12.5 }],
    ['minLength below 8', { minLength: 7 }],
    ['maxLength above 1024', { maxLength: 1025 }],
    ['requireUpper as text', { requireUpper: 'yes' }],
    ['requireSymbol as a number', { requireSymbol: 1 }],
    ['an unknown key', { requireEmoji: true }],
    ['a missing key', { requireDigit: undefined }],
  ])('refuses %s', (_, change) => {
    expect(PasswordPolicySchema.safeParse({ ...DEFAULT_PASSWORD_POLICY, ...change }).success).toBe(false)
  })
})
