import { msg } from '@lingui/core/macro'
import type { Msg } from '../../../src-shared/message'
import { ownMsg } from '../i18n/sayable'
import type { Outcome } from './app-store'

/** The files the user saves through a save dialog; each has its own whole sentence, since word order differs by language. */
export type SavedFile = 'summary' | 'runbook' | 'message' | 'bundle' | 'bundle-redacted'

type Saved = { saved: boolean; path: string | null }

// Said after the dialog closes, and again in a new language if the user switches. A file for someone else also says what to do with it.
function savedText(file: SavedFile, path: string): Msg {
  switch (file) {
    case 'summary':
      return ownMsg(msg`Saved your summary as ${path}.`)
    case 'runbook':
      return ownMsg(msg`Saved the runbook as ${path}.`)
    case 'message':
      return ownMsg(msg`Saved the message to ${path}.`)
    case 'bundle':
      return ownMsg(msg`Saved the support bundle as ${path}. Send this file to the helpdesk, by email or as they ask.`)
    case 'bundle-redacted':
      return ownMsg(msg`Saved the support bundle (personal data removed) as ${path}. Send this file to the helpdesk, by email or as they ask.`)
  }
}

// After any save dialog: where the file went (with the path, for "Show in folder"), or that the user cancelled.
export const savedAs =
  (file: SavedFile): Outcome<Saved>['done'] =>
  (r) =>
    r.saved && r.path ? { tone: 'status', text: savedText(file, r.path), path: r.path } : ownMsg(msg`Not saved: you cancelled.`)
