import type { Handlers } from '../../src-shared/contract'
import { CodeSchema } from '../../src-shared/mfa-schema'
import { AppFailure } from '../errors'
import type { MfaService } from './mfa-service'

type MfaChannels = 'mfa:status' | 'mfa:enrol' | 'mfa:reveal' | 'mfa:verify' | 'mfa:record-number-matching'

// The rehearsal is optional: when its file cannot be opened, each call says so and the rest of the app works.
export function mfaHandlers(mfa: MfaService): Pick<Handlers, MfaChannels> {
  return {
    'mfa:status': () => mfa.status(),
    'mfa:enrol': () => mfa.enrol(),
    'mfa:reveal': () => mfa.reveal(),
    'mfa:verify': ({ code }) => {
      const parsed = CodeSchema.safeParse(code)
      if (!parsed.success) throw new AppFailure('bad-input', `${parsed.error.issues[0]?.message ?? 'Type the 6-digit code.'} Nothing was checked.`)
      return mfa.verify(parsed.data)
    },
    'mfa:record-number-matching': () => mfa.practisedNumberMatching(),
  }
}
