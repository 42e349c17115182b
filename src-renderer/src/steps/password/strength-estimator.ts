import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as en from '@zxcvbn-ts/language-en'
import type { Score } from './strength'

// The common-password list and the estimator are large (1.6 MB of script and dictionaries), so only the strength worker
// (strength.worker.ts) imports this file; the page never does. The estimator's own feedback is English only, so it gives
// its warning as a key (no translations are loaded) and the screen says our own words for it, from the catalog.
export interface Checker {
  isCommon(candidate: string): boolean
  score(password: string, userInputs: string[]): { score: Score; warning: string | null }
}

let checker: Checker | null = null

export function loadChecker(): Checker {
  if (checker) return checker
  const zxcvbn = new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
  })
  const list = new Set(common.dictionary['passwords-common'].map((p) => p.toLowerCase()))
  checker = {
    isCommon: (candidate) => list.has(candidate),
    score(password, userInputs) {
      const result = zxcvbn.check(password, userInputs)
      return { score: result.score, warning: result.feedback.warning || null }
    },
  }
  return checker
}

// What the page asks, and what the worker answers (strength-client.ts checks the answer with zod).
export interface StrengthRequest {
  id: number
  password: string
  userInputs: string[]
}
export type StrengthAnswer = { id: number; isCommon: boolean; score: Score; warning: string | null } | { id: number; failed: true }

// A tiny hand check, not zod: the worker stays the estimator and its lists. Only the page posts to it.
export function readRequest(data: unknown): StrengthRequest | null {
  if (typeof data !== 'object' || data === null) return null
  const { id, password, userInputs } = data as Record<string, unknown>
  if (!Number.isSafeInteger(id) || typeof password !== 'string' || !Array.isArray(userInputs)) return null
  if (!userInputs.every((u): u is string => typeof u === 'string')) return null
  return { id: id as number, password, userInputs }
}

// Folded as checkPassword folds the candidate (src-shared/password-policy.ts, `fold`), so the common-password rule
// gives the same verdict it gave when the list was on the page.
const fold = (s: string) => s.normalize('NFKC').toLowerCase()

export function answer(request: StrengthRequest): StrengthAnswer {
  try {
    const c = loadChecker()
    const { score, warning } = c.score(request.password, request.userInputs)
    return { id: request.id, isCommon: c.isCommon(fold(request.password)), score, warning }
  } catch {
    return { id: request.id, failed: true }
  }
}
