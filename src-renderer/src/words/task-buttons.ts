import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import type { GuideItem } from '../../../src-shared/guide-schema'

// The words on the buttons a user presses to get a task done: one list, read by the screens that show the buttons
// and by the helpdesk runbook, which shows them in the user's language beside the agent's.
export const buttonWords = {
  saveDetails: msg`Save my details`,
  sentRequest: msg`I have sent the request`,
  recordEmail: msg`Save this date`,
  saveRegistration: msg`Save my registration details`,
  haveAuthenticator: msg`Next: I have Authenticator`,
  scannedIt: msg`Next: I scanned it`,
  checkCode: msg`Check the code`,
  doneThis: msg`I have done this`,
} satisfies Record<string, MessageDescriptor>

// The buttons of a task's screen, in the order the user presses them. A policy's buttons name the policy in its
// official language ("I have read the …"), so they are not in this list; a thing done outside the app is confirmed
// with "I have done this".
export function taskButtons(item: GuideItem): readonly MessageDescriptor[] {
  if (item.done.by === 'attest') return [buttonWords.doneThis]
  switch (item.done.evidence) {
    case 'profile-saved':
    case 'onboarding-date-known':
      return [buttonWords.saveDetails]
    case 'request-sent':
      return [buttonWords.sentRequest]
    case 'registration-email-received':
      return [buttonWords.recordEmail]
    case 'registration-saved':
      return [buttonWords.saveRegistration]
    case 'mfa-verified':
      return [buttonWords.haveAuthenticator, buttonWords.scannedIt, buttonWords.checkCode]
    case 'policies-read':
    case 'policies-accepted':
      return []
  }
}
