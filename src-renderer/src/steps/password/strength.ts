import type { I18n, MessageDescriptor } from '@lingui/core'
import { msg, plural } from '@lingui/core/macro'
import type { PasswordPolicy, RuleId } from '../../../../src-shared/password-policy'

// The words the strength check shows. The estimator itself runs in a worker (strength.worker.ts, strength-client.ts).
// Its own feedback is English only, so it gives its warning as a key and the screen says our own words for it.

// The estimator's warnings, by key, in our words. A key not listed here is not shown.
const warningWords: Record<string, MessageDescriptor> = {
  straightRow: msg`Keys in a straight row on the keyboard are easy to guess.`,
  keyPattern: msg`Short keyboard patterns are easy to guess.`,
  simpleRepeat: msg`Repeated characters, such as “aaa”, are easy to guess.`,
  extendedRepeat: msg`Repeated groups of characters, such as “abcabcabc”, are easy to guess.`,
  sequences: msg`Common sequences, such as “abc” or “123”, are easy to guess.`,
  recentYears: msg`Recent years are easy to guess.`,
  dates: msg`Dates are easy to guess.`,
  topTen: msg`Very many people use this password.`,
  topHundred: msg`Many people use this password.`,
  common: msg`Many people use this password.`,
  similarToCommon: msg`This looks like a password that many people use.`,
  wordByItself: msg`One word on its own is easy to guess.`,
  namesByThemselves: msg`A name on its own is easy to guess.`,
  commonNames: msg`Common names are easy to guess.`,
  userInputs: msg`Do not use your name, your username or the word “techpass”.`,
  pwned: msg`This password was made public after a data leak on the internet.`,
}

export const warningText = (i18n: I18n, warning: string | null): string | null => {
  const words = warning ? warningWords[warning] : undefined
  return words ? i18n._(words) : null
}

export const strengthWords: readonly MessageDescriptor[] = [
  msg({ message: 'Very weak', comment: 'How strong a password is.' }),
  msg({ message: 'Weak', comment: 'How strong a password is.' }),
  msg({ message: 'Fair', comment: 'How strong a password is: neither weak nor strong.' }),
  msg({ message: 'Strong', comment: 'How strong a password is.' }),
  msg({ message: 'Very strong', comment: 'How strong a password is.' }),
]
export type Score = 0 | 1 | 2 | 3 | 4

// A password that breaks a rule is never rated above "Weak", whatever the estimator thinks of it.
export const CAPPED_SCORE: Score = 1
const CAPPED_WORDS = msg({ message: 'Weak, because a rule is not met yet', comment: 'How strong a password is, and why it is not rated higher.' })
export function shownStrength(score: Score, rulesMet: boolean): { score: Score; words: MessageDescriptor } {
  const shown = rulesMet ? score : (Math.min(score, CAPPED_SCORE) as Score)
  return { score: shown, words: rulesMet || score <= CAPPED_SCORE ? strengthWords[shown]! : CAPPED_WORDS }
}

// Each rule of src-shared/password-policy.ts as the list beside the password says it.
export function ruleWords(i18n: I18n, id: RuleId, policy: PasswordPolicy): string {
  const min = policy.minLength
  const max = policy.maxLength
  switch (id) {
    case 'min-length':
      return i18n._(msg`${plural(min, { one: 'At least # character', other: 'At least # characters' })}`)
    case 'max-length':
      return i18n._(msg`${plural(max, { one: 'No more than # character', other: 'No more than # characters' })}`)
    case 'upper':
      return i18n._(msg`A capital letter (TechPass requires it)`)
    case 'lower':
      return i18n._(msg`A small letter (TechPass requires it)`)
    case 'digit':
      return i18n._(msg`A digit, 0 to 9 (TechPass requires it)`)
    case 'symbol':
      return i18n._(msg`A symbol or punctuation mark, such as ! or # (TechPass requires it)`)
    case 'not-common':
      return i18n._(msg`Not a common password`)
    case 'not-personal':
      return i18n._(msg`Does not contain your username or your names`)
    case 'not-techpass':
      return i18n._(msg`Does not contain the word “techpass”`)
    case 'differs-from-initial':
      return i18n._(msg`Different from the initial password`)
    case 'confirmation-matches':
      return i18n._(msg`Both new passwords match`)
  }
}
