import { msg } from '@lingui/core/macro'

// What the helpdesk's bundle reader says about a user's support bundle, replayed on today's date.
export const bundleWords = {
  // What the check proves, and no more: the fingerprint and the chain have no key, so a deliberate rebuild passes.
  verdict: msg({ id: 'bundle.not-changed', message: 'Not damaged or edited since it was saved (unless it was deliberately rebuilt).' }),
  checkedNothing: msg({ id: 'bundle.checked-nothing', message: 'The record has no events yet, so there was nothing to check.' }),
  checkedAll: msg({ id: 'bundle.checked-all', message: 'Checked in full: {count, plural, one {the only event} other {all # events}}.' }),
  checkedPart: msg({
    id: 'bundle.checked-part',
    message:
      'Checked in full: {inFull} of {total, plural, one {# event} other {# events}}. Checked by link only: {byLinkOnly}, because their personal data was removed, so only their place in the record could be checked.',
  }),
  fromEarlierVersion: msg({
    id: 'bundle.checked-earlier-version',
    message: '{checked} This bundle comes from an earlier version of the assistant; its record is shown with today’s steps.',
    comment: '{checked} is a sentence that says how much of the record was checked.',
  }),
  daysLeft: msg({
    id: 'bundle.deadline-days-left',
    message:
      '{kind, select, register {Register} other {Activate}} by {due}: {state, select, soon {due soon} other {on track}} ({left, plural, one {# day} other {# days}} left as of today)',
  }),
  lastDay: msg({ id: 'bundle.deadline-last-day', message: '{kind, select, register {Register} other {Activate}} by {due}: last day today' }),
  expired: msg({
    id: 'bundle.deadline-expired',
    message: '{kind, select, register {Register} other {Activate}} by {due}: expired ({ago, plural, one {# day} other {# days}} ago)',
  }),
  renewing: msg({ id: 'bundle.deadline-waiting-new-invitation', message: 'Waiting for a new invitation' }),
  noDeadlineDone: msg({ id: 'bundle.deadline-none-all-done', message: 'No deadline: every step is done' }),
  allDone: msg({ id: 'bundle.current-step-all-done', message: 'All done' }),
}
