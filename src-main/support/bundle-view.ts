import { tz } from '@date-fns/tz'
import { format } from 'date-fns'
import type { BundleView } from '../../src-shared/bundle-view'
import type { Guide } from '../../src-shared/guide-schema'
import { audienceLabel } from '../../src-shared/profile'
import type { Settings } from '../config/settings'
import { sectionName } from '../../src-shared/labels'
import type { DomainEvent as LedgerEvent } from '../registry/events'
import type { CurrentPolicy } from '../registry/slice'
import { buildSnapshot } from '../registry/snapshot'
import type { Bundle } from './bundle'
import { verifyBundleChain } from './verify-bundle'

export interface ViewContext {
  guide: Guide
  settings: Settings
  timeZone: string
  policies: readonly CurrentPolicy[]
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
const daysText = (left: number) => (left < 0 ? `${plural(-left, 'day')} ago` : left === 0 ? 'today' : `${plural(left, 'day')} left as of today`)

const deadlineWords = { fine: 'on track', soon: 'due soon', 'last-day': 'last day today', expired: 'expired' } as const

// The bundle's events replayed on the helpdesk's own clock, so deadlines are as of today.
export function viewOf(
  ctx: ViewContext,
  file: string,
  bundle: Bundle,
  now: Date,
  describe: (e: LedgerEvent) => string,
): { ok: true; view: BundleView } | { ok: false; brokenAt: number; reason: string } {
  const chain = verifyBundleChain(bundle.events, bundle.redacted)
  if (!chain.ok) return chain
  const snap = buildSnapshot(ctx, chain.events, null, now)
  const when = (iso: string) => format(new Date(iso), 'yyyy-MM-dd HH:mm', { in: tz(ctx.timeZone) })
  const section = ctx.guide.sections.find((s) => s.id === snap.currentSectionId)
  const active = snap.deadlines?.active
  const skipped = chain.events.length - chain.checkedHashes
  return {
    ok: true,
    view: {
      file,
      appVersion: bundle.appVersion,
      exportedAt: when(bundle.exportedAt),
      redacted: bundle.redacted,
      audience: snap.profile ? audienceLabel[snap.profile.audience] : null,
      seed: snap.profile?.seed ?? null,
      statusCode: snap.statusCode,
      currentStep: section ? sectionName(section) : 'All done',
      nextAction: `${snap.nextAction.title}: ${snap.nextAction.detail}`,
      deadline: active
        ? { state: active.state, text: `${active.kind === 'register' ? 'Register' : 'Activate'} by ${active.due}: ${deadlineWords[active.state]} (${daysText(active.daysLeft)})` }
        : snap.invitation.renewing
          ? { state: 'renewing', text: 'Waiting for a new invitation' }
          : null,
      integrity: {
        eventCount: chain.events.length,
        checkedHashes: chain.checkedHashes,
        message:
          skipped === 0
            ? `The record is intact: all ${chain.events.length} events link up and match their hashes.`
            : `The record is intact: all ${chain.events.length} events link up; ${chain.checkedHashes} match their hashes, and ${skipped} hold redacted personal data, so only their links were checked.`,
      },
      timeline: chain.events.map((e) => ({ seq: e.seq, at: when(e.at), text: describe(e) })),
    },
  }
}
