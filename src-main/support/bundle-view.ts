import { chainProblems } from '../../src-shared/messages/recovery'
import { failWith, ok } from '../../src-shared/result'
import type { Result } from '../../src-shared/result'
import type { BundleView } from '../../src-shared/bundle-view'
import { day, inner, say } from '../../src-shared/message'
import type { Msg } from '../../src-shared/message'
import { bundleWords } from '../../src-shared/messages/progress-bundle'
import { summaryWords } from '../../src-shared/messages/progress-summary'
import type { Snapshot } from '../../src-shared/snapshot-schema'
import type { Guide } from '../../src-shared/guide-schema'
import type { Settings } from '../config/settings'
import type { DomainEvent } from '../kit/events'
import { AnyEventSchema } from '../ledger/envelope'
import type { AnyEvent } from '../ledger/envelope'
import { carriedChainSteps } from '../registry/migrate-v1'
import type { CurrentPolicy } from '../kit/slice'
import { snapshotOf } from '../registry/snapshot'
import { foldSteps } from '../registry/state'
import { audienceValue, seedValue, stepName } from '../kit/step-words'
import { verifyChainInSlices } from '../ledger/chain'
import type { ChainBreak } from '../ledger/chain'
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

function checkedText(inFull: number, byLinkOnly: number): Msg {
  const total = inFull + byLinkOnly
  if (total === 0) return say(bundleWords.checkedNothing)
  if (byLinkOnly === 0) return say(bundleWords.checkedAll, { count: total })
  return say(bundleWords.checkedPart, { inFull, total, byLinkOnly })
}

// The deadline that matters as of today; a finished user has none because every step is done, not because none started.
function deadlineOf(snap: Snapshot): BundleView['deadline'] {
  const active = snap.deadlines?.active
  if (active) {
    const which = { kind: active.kind, due: day(active.due) }
    const text =
      active.state === 'expired'
        ? say(bundleWords.expired, { ...which, ago: -active.daysLeft })
        : active.state === 'last-day'
          ? say(bundleWords.lastDay, which)
          : say(bundleWords.daysLeft, { ...which, state: active.state, left: active.daysLeft })
    return { state: active.state, text }
  }
  if (snap.invitation.renewing) return { state: 'renewing', text: say(bundleWords.renewing) }
  return snap.nextAction.kind === 'done' ? { state: 'done', text: say(bundleWords.noDeadlineDone) } : null
}

// The bundle's events replayed on the helpdesk's own clock, so deadlines are as of today. Long work runs in slices.
export async function viewOf(
  ctx: ViewContext,
  file: string,
  bundle: Bundle,
  now: Date,
  describe: (e: DomainEvent) => Msg,
): Promise<Result<BundleView, ChainBreak>> {
  const older = bundle.schemaVersion === 1
  const chain = await verifyChainInSlices<AnyEvent>(bundle.events, older ? AnyEventSchema : DomainEventSchema, bundle.redacted ? REDACTION_RULE : undefined)
  if (!chain.ok) return failWith(chain.error)
  // A bundle from 0.1.0 is checked as it was written, then read with today's rules.
  const events = older ? await runInSlices(carriedChainSteps(ctx.guide, chain.value.events)) : (chain.value.events as DomainEvent[])
  if (!events) return failWith({ brokenAt: 1, reason: say(chainProblems.olderVersion) })
  const snap = snapshotOf(ctx, { state: await runInSlices(foldSteps(events)), count: events.length, last: events.at(-1) }, null, now)
  const section = ctx.guide.sections.find((s) => s.id === snap.currentSectionId)
  const timeline = await runInSlices(mapSteps(events, (e) => ({ seq: e.seq, at: e.at, text: describe(e) })))
  const checked = checkedText(chain.value.checkedInFull, chain.value.checkedByLinkOnly)
  return ok({
    file,
    appVersion: bundle.appVersion,
    exportedAt: bundle.exportedAt,
    redacted: bundle.redacted,
    who: snap.profile ? say(summaryWords.who, { audience: audienceValue(snap.profile.audience), seed: seedValue(snap.profile.seed) }) : null,
    statusCode: snap.statusCode,
    currentStep: section ? stepName(section) : say(bundleWords.allDone),
    nextAction: snap.nextAction,
    deadline: deadlineOf(snap),
    integrity: {
      verdict: say(bundleWords.verdict),
      eventCount: chain.value.events.length,
      checkedInFull: chain.value.checkedInFull,
      checkedByLinkOnly: chain.value.checkedByLinkOnly,
      detail: older ? say(bundleWords.fromEarlierVersion, { checked: inner(checked) }) : checked,
    },
    timeline,
  })
}
