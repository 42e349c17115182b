import type { Handlers } from '../../src-shared/contract'
import { say } from '../../src-shared/message'
import type { Msg } from '../../src-shared/message'
import { codeProblems } from '../../src-shared/messages/mfa'
import { CodeSchema, MAX_CODE_LENGTH } from '../../src-shared/mfa-schema'
import { AppFailure } from '../errors'
import type { MfaService } from './mfa-service'

type MfaChannels = 'mfa:status' | 'mfa:enrol' | 'mfa:reveal' | 'mfa:verify' | 'mfa:record-number-matching'

// What is wrong with a typed code, or null when it is 6 digits (spaces from pasting aside); the code is never said back.
export function codeProblem(code: unknown): Msg | null {
  if (typeof code !== 'string') return say(codeProblems.empty)
  if (code.length > MAX_CODE_LENGTH) return say(codeProblems.tooLong)
  const digits = code.replace(/[\s\u00a0]+/g, '')
  if (digits.length === 0) return say(codeProblems.empty)
  if (/[^0-9]/.test(digits)) return say(codeProblems.notDigits)
  if (digits.length < 6) return say(codeProblems.short, { count: digits.length })
  if (digits.length > 6) return say(codeProblems.long, { count: digits.length })
  return null
}

// The rehearsal is optional: when its file cannot be opened, each call says so and the rest of the app works.
export function mfaHandlers(mfa: MfaService): Pick<Handlers, MfaChannels> {
  return {
    'mfa:status': () => mfa.status(),
    'mfa:enrol': () => mfa.enrol(),
    'mfa:reveal': () => mfa.reveal(),
    'mfa:verify': ({ code }) => {
      const problem = codeProblem(code)
      if (problem) throw new AppFailure('bad-input', problem)
      return mfa.verify(CodeSchema.parse(code))
    },
    'mfa:record-number-matching': () => mfa.practisedNumberMatching(),
  }
}
