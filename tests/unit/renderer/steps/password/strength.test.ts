import { describe, expect, it } from 'vitest'
import { checkPassword, allRulesPass, DEFAULT_PASSWORD_POLICY } from '../../../../../src-shared/password-policy'
import { loadChecker, shownStrength } from '../../../../../src-renderer/src/steps/password/strength'

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
    const checker = await loadChecker()
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
