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
  deadlines: null,
  sections: [
    {
      id: 'prerequisites',
      status: 'in-progress',
      doneCount: 1,
      totalCount: 2,
      items: [
        { id: 'org-email', done: true, changedAt: '2025-03-01T09:00:00.000Z', auto: false },
        { id: 'onboarding-email', done: false, changedAt: null, auto: false },
      ],
    },
  ],
  currentSectionId: 'prerequisites',
  nextAction: { kind: 'profile', sectionId: 'prerequisites', title: 'Tell us who you are', detail: 'Choose who you are.', due: null },
  summary: [{ sectionId: 'prerequisites', doneAt: null, evidence: [] }],
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
