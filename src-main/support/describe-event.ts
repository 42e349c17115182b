import type { Guide } from '../../src-shared/guide-schema'
import { audienceLabel } from '../../src-shared/profile'
import type { LedgerEvent } from '../ledger/events'

const policyTitle: Record<string, string> = { 'privacy-policy': 'privacy policy', 'terms-of-use': 'terms of use', 'mdm-aup': 'MDM AUP' }

// One plain sentence per event, for the helpdesk timeline. Redacted values never need to be shown.
export function describeEvent(guide: Guide, e: LedgerEvent): string {
  const section = (id: string) => {
    const s = guide.sections.find((x) => x.id === id)
    return s ? (s.kind === 'step' ? `Step ${s.number}` : s.title) : id
  }
  switch (e.type) {
    case 'item-marked': {
      const item = guide.sections.find((s) => s.id === e.data.sectionId)?.items.find((i) => i.id === e.data.itemId)
      return `${e.data.done ? 'Ticked' : 'Unticked'} “${item?.label ?? e.data.itemId}” (${section(e.data.sectionId)})`
    }
    case 'profile-saved':
      return `Saved who they are: ${audienceLabel[e.data.audience]}; SEED ${e.data.seedProvisioned ? 'provisioned' : 'not provisioned'}${e.data.onboardingEmailOn ? `; onboarding email received ${e.data.onboardingEmailOn}` : ''}`
    case 'request-sent':
      return 'Recorded the account request as sent'
    case 'registration-email-received':
      return `Registration email received on ${e.data.on}`
    case 'registration-saved':
      return 'Prepared the registration details'
    case 'section-reopened':
      return `Reopened ${section(e.data.sectionId)}`
    case 'invitation-renewal-started':
      return `Invitation expired (${e.data.expiredOn}); asked for a new one`
    case 'mfa-enrolled':
      return `Created a practice MFA QR code (key ${e.data.storage === 'encrypted' ? 'encrypted by the operating system' : 'kept in memory only'})`
    case 'mfa-verified':
      return 'Verified a practice MFA code'
    case 'mfa-drift-seen':
      return `A practice code showed the phone clock about ${Math.abs(e.data.seconds)} seconds ${e.data.seconds > 0 ? 'fast' : 'slow'}`
    case 'number-matching-practised':
      return 'Practised number matching'
    case 'password-reset-confirmed':
      return 'Confirmed the password reset'
    case 'policy-accepted':
      return `Accepted the ${policyTitle[e.data.id] ?? e.data.id}, version ${e.data.version}`
    case 'recovery-acknowledged':
      return 'Started a new checklist after a damaged progress file was moved aside'
    case 'ledger-started':
      return 'Started over; the previous record was archived'
  }
}
