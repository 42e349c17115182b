import { msg } from '@lingui/core/macro'

// The saved progress could not be used, so it was moved aside (src-main/ledger/ledger.ts). {path} is where it went.
// The recovery screen shows these; the helpdesk reads them in a support bundle.
export const recoveryMessages = {
  unreadable: msg({
    id: 'recovery.unreadable',
    message:
      'Your saved progress file could not be read. It is damaged. It was moved to {movedTo}, and nothing was deleted. A new, empty checklist was started.',
  }),
  invalid: msg({
    id: 'recovery.invalid',
    message:
      'Your saved progress file is not in the form this app writes. It was moved to {movedTo}, and nothing was deleted. A new, empty checklist was started.',
  }),
  brokenChain: msg({
    id: 'recovery.broken-chain',
    message:
      'Your saved progress file was changed outside the app, so the app can no longer trust it. It was moved to {movedTo}, and nothing was deleted. A new, empty checklist was started.',
  }),
  // The same, with where the check failed: {detail} is one of the sentences below.
  unreadableAt: msg({
    id: 'recovery.unreadable-at',
    message:
      'Your saved progress file could not be read. It is damaged. {detail} It was moved to {movedTo}, and nothing was deleted. A new, empty checklist was started.',
  }),
  brokenChainAt: msg({
    id: 'recovery.broken-chain-at',
    message:
      'Your saved progress file was changed outside the app, so the app can no longer trust it. {detail} It was moved to {movedTo}, and nothing was deleted. A new, empty checklist was started.',
  }),
}

// Where a record's check failed (src-main/ledger/chain.ts, line-check.ts): for a damaged progress file and a support bundle.
// {n} is the number of the entry in the record.
export const chainProblems = {
  firstLine: msg({ id: 'chain.first-line', message: 'Its first line cannot be read.' }),
  unreadable: msg({ id: 'chain.unreadable', message: 'Entry {n} cannot be read.' }),
  unknown: msg({ id: 'chain.unknown', message: 'Entry {n} is not something this app records.' }),
  misnumbered: msg({ id: 'chain.misnumbered', message: 'Entry {n} has the number {seq}.' }),
  unlinked: msg({ id: 'chain.unlinked', message: 'Entry {n} does not follow entry {previous}.' }),
  changed: msg({ id: 'chain.changed', message: 'Entry {n} was changed after it was recorded.' }),
  removedWhereNoPersonalData: msg({
    id: 'chain.removed-where-no-personal-data',
    message: 'Entry {n} shows a value as removed, in a place that never holds personal data.',
  }),
  olderVersion: msg({
    id: 'chain.older-version',
    message: 'The record is from an earlier version, and it holds something that version never wrote.',
  }),
}
