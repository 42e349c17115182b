import { describe, expect, it } from 'vitest'
import type { GuideItem } from '../../../src-shared/guide-schema'
import { policyRecord, policySlice } from '../../../src-main/policies/slice'
import type { PolicyRecord, PolicyState } from '../../../src-main/policies/slice'

// One rule decides which record answers for a policy; the checklist's evidence and policy:list both use it, so they can
// no longer disagree (before, the evidence took an acceptance over any reading and policy:list the other way round once
// Step 6 was reopened).
const privacy = { id: 'privacy-policy', title: 'Privacy Policy', version: '2', sha256: 'b'.repeat(64) }
const rec = (seq: number, version = privacy.version, sha256 = privacy.sha256): PolicyRecord => ({
  seq,
  at: `2026-11-2${seq % 10}T02:00:00.000Z`,
  version,
  sha256,
})
const state = (read: PolicyRecord | null, accepted: PolicyRecord | null): PolicyState => ({
  read: read ? { [privacy.id]: read } : {},
  accepted: accepted ? { [privacy.id]: accepted } : {},
})
const readItem = { id: 'read-policies', policies: [privacy.id] } as unknown as GuideItem
const readEvidence = (s: PolicyState) => policySlice.evidence!['policies-read']!(s, readItem, { policies: [privacy] })

describe('policyRecord: which record answers for a policy', () => {
  it('for reading, the later of an acceptance and a reading, so a reading after a reopening counts', () => {
    expect(policyRecord(state(rec(9), rec(3)), privacy.id, 'read', privacy)?.seq).toBe(9)
    expect(policyRecord(state(rec(3), rec(9)), privacy.id, 'read', privacy)?.seq).toBe(9)
    // The checklist's evidence rests on the same record.
    expect(readEvidence(state(rec(9), rec(3)))?.seq).toBe(9)
  })

  it('for accepting, only an acceptance', () => {
    expect(policyRecord(state(rec(9), null), privacy.id, 'accept', privacy)).toBeUndefined()
    expect(policyRecord(state(rec(9), rec(3)), privacy.id, 'accept', privacy)?.seq).toBe(3)
  })

  it('a record of the current text wins over a later one of another text', () => {
    const old = rec(9, '1', 'a'.repeat(64))
    expect(policyRecord(state(rec(3), old), privacy.id, 'read', privacy)?.seq).toBe(3)
    expect(readEvidence(state(rec(3), old))?.seq).toBe(3)
    // With no current record, the latest one answers (policy:list shows it as "stale"), and nothing is proved.
    expect(policyRecord(state(null, old), privacy.id, 'read', privacy)?.version).toBe('1')
    expect(readEvidence(state(null, old))).toBeNull()
  })

  it('no record, no answer', () => {
    expect(policyRecord(state(null, null), privacy.id, 'read', privacy)).toBeUndefined()
    expect(readEvidence(state(null, null))).toBeNull()
  })
})
