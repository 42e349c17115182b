import { z } from 'zod'
import type { policiesEvidence } from '../../src-shared/evidence/policies'
import type { GuideItem } from '../../src-shared/guide-schema'
import { say, time } from '../../src-shared/message'
import { summaryWords } from '../../src-shared/messages/progress-summary'
import { timelineWords } from '../../src-shared/messages/timeline-events'
import { KeySchema, ProofSchema, proofOf, slice } from '../kit/slice'
import type { CurrentPolicy, EvidenceContext, EvidenceRules, Proof } from '../kit/slice'

export interface PolicyRecord extends Proof {
  version: string
  sha256: string
}

export interface PolicyState {
  read: Readonly<Record<string, PolicyRecord>>
  accepted: Readonly<Record<string, PolicyRecord>>
}

const PolicyRecordSchema = z.strictObject({ ...ProofSchema.shape, version: z.string().max(200), sha256: z.string().max(200) })

export const isCurrent = (record: PolicyRecord | undefined, policy: CurrentPolicy | undefined): record is PolicyRecord =>
  Boolean(record && policy && record.version === policy.version && record.sha256 === policy.sha256)

/**
 * The one rule for which record answers for a policy, used by the checklist's evidence and by `policy:list`: for "accept"
 * only an acceptance; for "read" an acceptance or a reading (accepting in the app includes reading it to the end). Of
 * those, a record of the current text wins over one of an older text, and then the later one, so a reading after Step 6
 * was reopened answers even when an acceptance from before the reopening is also on record.
 */
export function policyRecord(s: PolicyState, id: string, action: 'read' | 'accept', policy: CurrentPolicy | undefined): PolicyRecord | undefined {
  const records = (action === 'accept' ? [s.accepted[id]] : [s.accepted[id], s.read[id]]).filter((r): r is PolicyRecord => r !== undefined)
  const rank = (r: PolicyRecord) => [isCurrent(r, policy) ? 1 : 0, r.seq] as const
  return records.reduce<PolicyRecord | undefined>((best, r) => {
    if (!best) return r
    const [a, b] = [rank(r), rank(best)]
    return a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]) ? r : best
  }, undefined)
}

// Proved while every policy the item names has a record of its current version and exact text.
const allCurrent = (action: 'read' | 'accept') => (s: PolicyState, item: GuideItem, ctx: EvidenceContext) => {
  const proofs = (item.policies ?? []).map((id) => {
    const policy = ctx.policies.find((p) => p.id === id)
    const record = policyRecord(s, id, action, policy)
    return isCurrent(record, policy) ? record : null
  })
  if (proofs.length === 0 || proofs.some((p) => p === null)) return null
  // Fresh only if every record it rests on is (the earliest one's number); done when the last one was made.
  const found = proofs as PolicyRecord[]
  return { seq: Math.min(...found.map((r) => r.seq)), at: found.reduce((a, b) => (a.seq > b.seq ? a : b)).at }
}

// A summary line's values: which text, which version, when, and the start of the text's fingerprint.
const recordValues = (policy: string, r: PolicyRecord) => ({ policy, version: r.version, when: time(r.at), fingerprint: r.sha256.slice(0, 12) })

export const policySlice = slice<PolicyState>({
  initial: { read: {}, accepted: {} },
  schema: z.strictObject({ read: z.record(KeySchema, PolicyRecordSchema), accepted: z.record(KeySchema, PolicyRecordSchema) }),
  rules: 1,
  apply(s, e) {
    if (e.type === 'policy-read') return { ...s, read: { ...s.read, [e.data.id]: { ...proofOf(e), version: e.data.version, sha256: e.data.sha256 } } }
    if (e.type === 'policy-accepted')
      return { ...s, accepted: { ...s.accepted, [e.data.id]: { ...proofOf(e), version: e.data.version, sha256: e.data.sha256 } } }
    return s
  },
  evidence: {
    'policies-read': allCurrent('read'),
    'policies-accepted': allCurrent('accept'),
  } satisfies EvidenceRules<PolicyState, typeof policiesEvidence>,
  summary: (s, ctx) => ({
    policies: [
      ...Object.entries(s.read).map(([id, r]) => say(summaryWords.policyRead, recordValues(ctx.policyTitle(id), r))),
      ...Object.entries(s.accepted).map(([id, a]) => say(summaryWords.policyAccepted, recordValues(ctx.policyTitle(id), a))),
    ],
  }),
  describe(e, ctx) {
    if (e.type === 'policy-read') return say(timelineWords.policyRead, { policy: ctx.policyTitle(e.data.id), version: e.data.version })
    if (e.type === 'policy-accepted') return say(timelineWords.policyAccepted, { policy: ctx.policyTitle(e.data.id), version: e.data.version })
    return null
  },
})
