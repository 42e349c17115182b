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
