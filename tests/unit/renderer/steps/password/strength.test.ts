import { setupI18n } from '@lingui/core'
import { describe, expect, it } from 'vitest'
import { checkPassword, allRulesPass, DEFAULT_PASSWORD_POLICY } from '../../../../../src-shared/password-policy'
import { ruleWords, shownStrength as shownIn, warningText } from '../../../../../src-renderer/src/steps/password/strength'
import type { Score } from '../../../../../src-renderer/src/steps/password/strength'
import { loadChecker } from '../../../../../src-renderer/src/steps/password/strength-estimator'
import { messages } from '../../../../../src-renderer/src/locales/en/messages.po'

// Said in English, from the catalog.
const i18n = setupI18n({ locale: 'en', locales: ['en-GB'], messages: { en: messages } })
const shownStrength = (score: Score, rulesMet: boolean) => {
  const shown = shownIn(score, rulesMet)
  return { score: shown.score, words: i18n._(shown.words) }
}

describe('the strength shown beside the password rules', () => {
  it('is capped at "Weak" while a rule fails, and says why', () => {
    expect(shownStrength(4, false)).toEqual({ score: 1, words: 'Weak, because a rule is not met yet' })
    expect(shownStrength(3, false)).toEqual({ score: 1, words: 'Weak, because a rule is not met yet' })
    // Already weak: nothing to explain.
    expect(shownStrength(0, false)).toEqual({ score: 0, words: 'Very weak' })
    expect(shownStrength(1, false)).toEqual({ score: 1, words: 'Weak' })
  })

  it('is the estimator’s own when every rule is met', () => {
    expect(shownStrength(4, true)).toEqual({ score: 4, words: 'Very strong' })
    expect(shownStrength(2, true)).toEqual({ score: 2, words: 'Fair' })
  })

  it('"weiling2026!" for Wei Ling (weiling.tan): the estimator says very strong, a rule fails, so it shows as weak', async () => {
    const checker = loadChecker()
    const personal = ['weiling.tan', 'Wei Ling', 'Tan']
    const password = 'weiling2026!'
    const estimate = checker.score(password, [...personal, 'techpass'])
    expect(estimate.score).toBe(4)
    const rules = checkPassword(
      { initial: 'Initial-Pass-1', next: password, confirm: password },
      { policy: DEFAULT_PASSWORD_POLICY, personal, isCommon: checker.isCommon },
    )
    expect(rules.filter((r) => !r.ok).map((r) => r.id)).toEqual(['not-personal'])
    expect(shownStrength(estimate.score, allRulesPass(rules)).words).toBe('Weak, because a rule is not met yet')
  })
})

describe('the words beside the password, in the language on screen', () => {
  it('name each rule, with the policy’s numbers, and mark the platform’s four as its requirement', () => {
    const policy = { ...DEFAULT_PASSWORD_POLICY, maxLength: 20, requireUpper: true, requireLower: true, requireDigit: true, requireSymbol: true }
    const rules = checkPassword({ initial: '', next: 'x', confirm: '' }, { policy, personal: [], isCommon: () => false })
    expect(rules.map((r) => ruleWords(i18n, r.id, policy))).toEqual([
      'At least 12 characters',
      'No more than 20 characters',
      'A capital letter (TechPass requires it)',
      'A small letter (TechPass requires it)',
      'A digit, 0 to 9 (TechPass requires it)',
      'A symbol or punctuation mark, such as ! or # (TechPass requires it)',
      'Not a common password',
      'Does not contain your username or your names',
      'Does not contain the word “techpass”',
      'Different from the initial password',
      'Both new passwords match',
    ])
  })

  it('say the estimator’s warning in our own words, and nothing for a warning we do not know', () => {
    const checker = loadChecker()
    const { warning } = checker.score('password', [])
    expect(warning).toBe('topTen')
    expect(warningText(i18n, warning)).toBe('Very many people use this password.')
    expect(warningText(i18n, 'somethingNew')).toBeNull()
    expect(warningText(i18n, null)).toBeNull()
  })
})
