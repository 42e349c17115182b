import { tz } from '@date-fns/tz'
import { format } from 'date-fns'
import type { Guide } from '../../src-shared/guide-schema'
import { audienceLabel } from '../../src-shared/profile'
import type { Snapshot } from '../../src-shared/snapshot-schema'
import type { Folded } from '../ledger/fold'

const policyName: Record<string, string> = { 'privacy-policy': 'Privacy policy', 'terms-of-use': 'Terms of use', 'mdm-aup': 'MDM AUP' }

// Evidence for each section, in plain words; dates are shown in the user's own time zone.
export function summarize(guide: Guide, s: Folded, sections: Snapshot['sections'], timeZone: string): Snapshot['summary'] {
  const when = (iso: string | null) => (iso ? format(new Date(iso), 'yyyy-MM-dd HH:mm', { in: tz(timeZone) }) : null)
  const evidence: Record<string, Array<string | null>> = {
    prerequisites: [
      s.profile ? `${audienceLabel[s.profile.audience]}; SEED ${s.profile.seedProvisioned ? 'provisioned' : 'not provisioned'}` : null,
      s.profile?.onboardingEmailOn ? `Onboarding email received on ${s.profile.onboardingEmailOn}` : null,
    ],
    'step-1': [
      s.sentAt ? `Request sent on ${when(s.sentAt)}` : null,
      s.registrationEmailOn ? `Registration email received on ${s.registrationEmailOn}` : null,
      s.renewals > 0 ? `New invitation requested ${s.renewals} ${s.renewals === 1 ? 'time' : 'times'}` : null,
    ],
    'step-2': [s.savedAt ? `Registration details prepared on ${when(s.savedAt)}` : null, s.registeredAt ? `Registration submitted on ${when(s.registeredAt)}` : null],
    'step-4': [
      s.mfa.verifiedAt ? `MFA rehearsed: a practice code was verified on ${when(s.mfa.verifiedAt)}` : s.mfa.enrolledAt ? `MFA practice started on ${when(s.mfa.enrolledAt)}` : null,
      s.mfa.driftSeconds !== null ? `Phone clock was about ${Math.abs(s.mfa.driftSeconds)} seconds ${s.mfa.driftSeconds > 0 ? 'fast' : 'slow'} at one try` : null,
      s.mfa.numberMatchingAt ? `Number matching practised on ${when(s.mfa.numberMatchingAt)}` : null,
    ],
    'step-5': [s.passwordResetAt ? `Password reset confirmed on ${when(s.passwordResetAt)} (the password itself is never stored)` : null],
    // An MDM AUP accepted while SEED was on is not listed once SEED is off: it no longer applies.
    'step-6': [...s.acceptances].filter(([id]) => id !== 'mdm-aup' || s.profile?.seedProvisioned === true).map(([id, a]) => `${policyName[id] ?? id} version ${a.version} accepted on ${when(a.at)} (SHA-256 ${a.sha256.slice(0, 12)}…)`),
  }
  return guide.sections.map((section) => {
    const progress = sections.find((p) => p.id === section.id)
    const doneAt = progress?.status === 'done' ? (progress.items.map((i) => i.changedAt).filter((x): x is string => x !== null).sort().at(-1) ?? null) : null
    return { sectionId: section.id, doneAt: when(doneAt), evidence: (evidence[section.id] ?? []).filter((e): e is string => e !== null) }
  })
}
