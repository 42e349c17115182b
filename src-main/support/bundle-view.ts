import { say } from '../../src-shared/message'
import type { Msg } from '../../src-shared/message'
import { chainProblems } from '../../src-shared/messages/recovery'
import { failWith, ok } from '../../src-shared/result'
import type { Result } from '../../src-shared/result'
import { tz } from '@date-fns/tz'
import { format } from 'date-fns/format'
import type { BundleView } from '../../src-shared/bundle-view'
import type { Snapshot } from '../../src-shared/snapshot-schema'
import type { Guide } from '../../src-shared/guide-schema'
import { audienceLabel } from '../../src-shared/labels'
import type { Settings } from '../config/settings'
import { sectionName } from '../../src-shared/labels'
import type { DomainEvent } from '../registry/events'
import { AnyEventSchema } from '../ledger/envelope'
import type { AnyEvent } from '../ledger/envelope'
import { carriedChain } from '../registry/migrate-v1'
import type { CurrentPolicy } from '../registry/slice'
import { buildSnapshot } from '../registry/snapshot'
import { verifyChainInSlices } from '../ledger/chain'
import { mapSteps, runInSlices } from '../ledger/slices'
import { DomainEventSchema } from '../registry/events'
import { REDACTION_RULE } from './bundle'
import type { Bundle } from './bundle'

export interface ViewContext {
  guide: Guide
  settings: Settings
  timeZone: string
  policies: readonly CurrentPolicy[]
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
const daysText = (left: number) => (left < 0 ? `${plural(-left, 'day')} ago` : left === 0 ? 'today' : `${plural(left, 'day')} left as of today`)

// What the check proves, and no more: the fingerprint and the chain have no key, so a deliberate rebuild passes.
const VERDICT = 'Not damaged or edited since it was saved (unless it was deliberately rebuilt).'

function checkedText(inFull: number, byLinkOnly: number): string {
  const total = inFull + byLinkOnly
  if (total === 0) return 'The record has no events yet, so there was nothing to check.'
  if (byLinkOnly === 0) return `Checked in full: ${total === 1 ? 'the only event' : `all ${total} events`}.`
  return `Checked in full: ${inFull} of ${plural(total, 'event')}. Checked by link only: ${byLinkOnly}, because their personal data was removed, so only their place in the record could be checked.`
}

const deadlineWords = { fine: 'on track', soon: 'due soon', 'last-day': 'last day today', expired: 'expired' } as const

// The deadline that matters as of today; a finished user has none because every step is done, not because none started.
function deadlineOf(snap: Snapshot): BundleView['deadline'] {
  const active = snap.deadlines?.active
  if (active) {
    const what = active.kind === 'register' ? 'Register' : 'Activate'
    return { state: active.state, text: `${what} by ${active.due}: ${deadlineWords[active.state]} (${daysText(active.daysLeft)})` }
  }
  if (snap.invitation.renewing) return { state: 'renewing', text: 'Waiting for a new invitation' }
  return snap.nextAction.kind === 'done' ? { state: 'done', text: 'No deadline: every step is done' } : null
}

// The bundle's events replayed on the helpdesk's own clock, so deadlines are as of today. Long work runs in slices.
export async function viewOf(
  ctx: ViewContext,
  file: string,
  bundle: Bundle,
  now: Date,
  describe: (e: DomainEvent) => string,
): Promise<Result<BundleView, { brokenAt: number; reason: Msg }>> {
  const older = bundle.schemaVersion === 1
  const chain = await verifyChainInSlices<AnyEvent>(bundle.events, older ? AnyEventSchema : DomainEventSchema, bundle.redacted ? REDACTION_RULE : undefined)
  if (!chain.ok) return failWith({ brokenAt: chain.brokenAt, reason: chain.reason })
  // A bundle from 0.1.0 is checked as it was written, then read with today's rules.
  const events = older ? carriedChain(ctx.guide, chain.events) : (chain.events as DomainEvent[])
  if (!events) return failWith({ brokenAt: 1, reason: say(chainProblems.olderVersion) })
  const snap = buildSnapshot(ctx, events, null, now)
  const zone = tz(ctx.timeZone)
  const when = (iso: string) => format(new Date(iso), 'yyyy-MM-dd HH:mm', { in: zone })
  const section = ctx.guide.sections.find((s) => s.id === snap.currentSectionId)
  const timeline = await runInSlices(mapSteps(events, (e) => ({ seq: e.seq, at: when(e.at), text: describe(e) })))
  return ok({
    file,
    appVersion: bundle.appVersion,
    exportedAt: when(bundle.exportedAt),
    redacted: bundle.redacted,
    audience: snap.profile ? audienceLabel[snap.profile.audience] : null,
    seed: snap.profile?.seed ?? null,
    statusCode: snap.statusCode,
    currentStep: section ? sectionName(section) : 'All done',
    nextAction: `${snap.nextAction.title}: ${snap.nextAction.detail}`,
    deadline: deadlineOf(snap),
    integrity: {
      verdict: VERDICT,
      eventCount: chain.events.length,
      checkedInFull: chain.checkedInFull,
      checkedByLinkOnly: chain.checkedByLinkOnly,
      detail: `${checkedText(chain.checkedInFull, chain.checkedByLinkOnly)}${older ? ' This bundle comes from an earlier version of the assistant; its record is shown with today’s steps.' : ''}`,
    },
    timeline,
  })
}
