// Event data that 0.1.0 never wrote (it always wrote an object; issue 22, N3), as [event type, data]: `null` on each
// event whose fields the migration reads, an array, a number, and a policy id that is not text. Both a 0.1.0 ledger
// (tests/unit/registry/migrate-v1.test.ts) and a 0.1.0 support bundle (bundle-v1.test.ts) holding one are refused.
export const V1_ODD_DATA: ReadonlyArray<readonly [string, unknown]> = [
  ['profile-saved', null],
  ['item-marked', null],
  ['policy-accepted', null],
  ['invitation-renewal-started', null],
  ['item-marked', []],
  ['password-reset-confirmed', 7],
  ['policy-accepted', { id: { toString: 1 }, version: '1.0' }],
]
