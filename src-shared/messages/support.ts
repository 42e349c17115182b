import { msg } from '@lingui/core/macro'

// Why a support bundle could not be opened (src-main/support). The helpdesk reads these. {name} is the file's name.
export const bundleRefusals = {
  unreadable: msg({ id: 'support.unreadable', message: 'That file could not be read. Nothing was imported.' }),
  tooLarge: msg({
    id: 'support.too-large',
    message: '{name} is {megabytes, number} MB, but a support bundle is at most {limit} MB. Nothing was imported.',
  }),
  // A FIFO, a device or a folder: refused before it is read, so the import never waits on it.
  notAFile: msg({ id: 'support.not-a-file', message: '{name} is not an ordinary file, so it is not a support bundle. Nothing was imported.' }),
  notJson: msg({ id: 'support.not-json', message: '{name} is not a support bundle: it is not a JSON file. Nothing was imported.' }),
  tooDeep: msg({
    id: 'support.too-deep',
    message: '{name} is not a support bundle: its contents are nested more than {limit} levels deep, and a support bundle never is. Nothing was imported.',
  }),
  notBundle: msg({ id: 'support.not-bundle', message: '{name} is not a TechPass support bundle. Nothing was imported.' }),
  newer: msg({
    id: 'support.newer',
    message:
      '{name} was made by a newer version of the assistant (bundle format {found}; this app reads format {readable}). Update this app to read it. Nothing was imported.',
  }),
  // {part} is one of bundleParts.
  damagedPart: msg({
    id: 'support.damaged-part',
    message: '{name} is a damaged support bundle: {part} is missing or of the wrong kind. Nothing was imported.',
  }),
  damaged: msg({
    id: 'support.damaged',
    message: '{name} is a damaged support bundle: some of its parts are missing or of the wrong kind. Nothing was imported.',
  }),
  unknownParts: msg({
    id: 'support.unknown-parts',
    message: '{name} is a damaged support bundle: it has parts this app does not know. Nothing was imported.',
  }),
  changed: msg({
    id: 'support.changed',
    message: '{name} was changed after it was exported: its fingerprint does not match. Ask the user to export it again. Nothing was imported.',
  }),
  // {problem} is a whole sentence that says where the record breaks (src-shared/messages/recovery.ts, chainProblems).
  broken: msg({ id: 'support.broken', message: 'The record in {name} is broken. {problem} Nothing was imported.' }),
}

// The parts of a support bundle, named for the helpdesk.
export const bundleParts = {
  format: msg({ id: 'support.part.format', message: 'its format name' }),
  schemaVersion: msg({ id: 'support.part.schema-version', message: 'its format number' }),
  appVersion: msg({ id: 'support.part.app-version', message: 'the app version' }),
  exportedAt: msg({ id: 'support.part.exported-at', message: 'the date it was saved' }),
  redacted: msg({ id: 'support.part.redacted', message: 'the note saying whether personal data was removed' }),
  profile: msg({ id: 'support.part.profile', message: 'the user’s profile' }),
  events: msg({ id: 'support.part.events', message: 'the list of events' }),
  snapshot: msg({ id: 'support.part.snapshot', message: 'the progress summary' }),
  chainCheck: msg({ id: 'support.part.chain-check', message: 'the check made when it was saved' }),
  digest: msg({ id: 'support.part.digest', message: 'its fingerprint' }),
}
