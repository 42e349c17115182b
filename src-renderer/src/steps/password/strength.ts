// Loaded only when Step 5 opens: the common-password list and the estimator are large.
export interface Checker {
  isCommon(candidate: string): boolean
  score(password: string, userInputs: string[]): { score: 0 | 1 | 2 | 3 | 4; warning: string | null }
}

let loading: Promise<Checker> | null = null

export function loadChecker(): Promise<Checker> {
  loading ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ])
    const zxcvbn = new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
    })
    const list = new Set(common.dictionary['passwords-common'].map((p) => p.toLowerCase()))
    return {
      isCommon: (candidate) => list.has(candidate),
      score(password, userInputs) {
        const result = zxcvbn.check(password, userInputs)
        return { score: result.score, warning: result.feedback.warning || null }
      },
    }
  })()
  return loading
}

export const strengthWords = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const
export type Score = 0 | 1 | 2 | 3 | 4

// A password that breaks a rule is never rated above "Weak", whatever the estimator thinks of it.
export const CAPPED_SCORE: Score = 1
export function shownStrength(score: Score, rulesMet: boolean): { score: Score; words: string } {
  const shown = rulesMet ? score : (Math.min(score, CAPPED_SCORE) as Score)
  return { score: shown, words: rulesMet || score <= CAPPED_SCORE ? strengthWords[shown] : `${strengthWords[shown]}, because a rule is not met yet` }
}
