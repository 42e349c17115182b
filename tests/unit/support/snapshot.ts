import type { Snapshot } from '../../../src-shared/snapshot-schema'

// A small valid snapshot, written by hand so payload tests do not depend on the snapshot builder.
export const sampleSnapshot: Snapshot = {
  eventCount: 1,
  headHash: 'a'.repeat(64),
  updatedAt: '2025-03-01T09:00:00.000Z',
  today: '2025-03-01',
  profile: null,
  request: { details: null, sentAt: null, registrationEmailOn: null },
  registration: { fields: null, savedAt: null },
  invitation: { invitedOn: null, renewing: false, renewals: 0 },
  seedEmail: { expiredAt: null, requestedAt: null, due: false },
  mfa: { enrolledAt: null, verifiedAt: null, driftSeconds: null, numberMatchingAt: null },
  deadlines: null,
  sections: [
    {
      id: 'prerequisites',
      role: 'profile',
      status: 'in-progress',
      doneCount: 1,
      totalCount: 2,
      reason: null,
      items: [
        { id: 'org-email', how: 'evidence', done: true, doneAt: '2025-03-01T09:00:00.000Z', on: null, blockedBy: null, needsDate: false },
        { id: 'onboarding-email', how: 'evidence', done: false, doneAt: null, on: null, blockedBy: null, needsDate: false },
      ],
    },
  ],
  currentSectionId: 'prerequisites',
  nextAction: {
    kind: 'profile',
    sectionId: 'prerequisites',
    itemId: 'who-you-are',
    title: { id: 'next.tell-us-who-you-are' },
    detail: { id: 'next.tell-us-who-you-are-detail' },
    due: null,
  },
  summary: [{ sectionId: 'prerequisites', doneAt: null, evidence: [] }],
  statusCode: 'TP-400-F',
  recovery: null,
}

export const emptySnapshot: Snapshot = {
  ...sampleSnapshot,
  eventCount: 0,
  headHash: '0'.repeat(64),
  updatedAt: null,
  sections: [],
  currentSectionId: null,
}
