import { parsePhoneNumberFromString } from 'libphonenumber-js/mobile'
import type { z } from 'zod'
import { calendarDate } from '../../src-shared/fields'
import { profileRules } from '../../src-shared/profile'
import type { ProfileInput } from '../../src-shared/profile'
import { registrationRules, requestRules } from '../../src-shared/request'
import type { RegistrationInput, RequestDetailsInput } from '../../src-shared/request'
import type { Snapshot } from '../../src-shared/snapshot-schema'
import type { Clock } from '../config/clock'
import type { Settings } from '../config/settings'
import { AppFailure } from '../ipc/app-failure'
import type { LedgerService } from '../ledger/ledger-service'
import { daysAgo } from './deadlines'

export interface OnboardingService {
  saveProfile(input: ProfileInput): Snapshot
  sendRequest(input: RequestDetailsInput): Snapshot
  registrationEmailReceived(on: string): Snapshot
  saveRegistration(input: RegistrationInput): Snapshot
  renewInvitation(): Snapshot
}

const parsePhone = (text: string) => parsePhoneNumberFromString(text)

// The form already checked these live; main checks again because it is the one that records.
function check<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input)
  if (!parsed.success) throw new AppFailure('bad-input', `${parsed.error.issues.map((i) => i.message).join(' ')} Nothing was saved.`)
  return parsed.data
}

export function createOnboardingService(ledger: LedgerService, settings: Settings, clock: Clock, timeZone: string): OnboardingService {
  const refused = settings.refusedEmailDomains
  // A typed date must be a real day, not in the future, and within the last year.
  const pastDay = (field: string, day: string): string => {
    const value = check(calendarDate(field), day)
    const ago = daysAgo(value, clock.now(), timeZone)
    if (ago < 0) throw new AppFailure('bad-input', `The ${field} is in the future. Enter the day it actually arrived. Nothing was saved.`)
    if (ago > 366) throw new AppFailure('bad-input', `The ${field} is more than a year ago. Check the year. Nothing was saved.`)
    return value
  }
  const audience = () => {
    const profile = ledger.snapshot().profile
    if (!profile) throw new AppFailure('not-allowed', 'Tell us who you are first (Before you start), then come back to this step.')
    return profile
  }
  return {
    saveProfile(input) {
      const profile = check(profileRules(refused), input)
      const onboardingEmailOn = profile.onboardingEmailOn ? pastDay('date the onboarding email arrived', profile.onboardingEmailOn) : null
      return ledger.commit({ type: 'profile-saved', data: { ...profile, onboardingEmailOn } })
    },
    sendRequest(input) {
      const profile = audience()
      const details = check(requestRules(profile.audience, refused, parsePhone), input)
      return ledger.commit({ type: 'request-sent', data: { details } })
    },
    registrationEmailReceived(on) {
      const current = ledger.snapshot()
      if (!current.request.sentAt) throw new AppFailure('not-allowed', 'Send your request first. The registration email comes after it.')
      return ledger.commit({ type: 'registration-email-received', data: { on: pastDay('date the registration email arrived', on) } })
    },
    saveRegistration(input) {
      const profile = audience()
      const fields = check(registrationRules(profile.audience, refused, parsePhone), input)
      return ledger.commit({ type: 'registration-saved', data: { fields } })
    },
    renewInvitation() {
      const current = ledger.snapshot()
      const due = current.deadlines?.active
      if (!due || due.state !== 'expired') throw new AppFailure('not-allowed', 'Your invitation has not expired, so there is no need for a new one.')
      return ledger.commit({ type: 'invitation-renewal-started', data: { expiredOn: due.due } })
    },
  }
}
