import { Trans } from '@lingui/react/macro'
import type { GuideNote } from '../../../src-shared/guide-schema'

// A guide note with its lead word: one message each, so a language can put the word where it belongs.
export function NoteText({ note }: { note: GuideNote }) {
  const text = note.text
  return note.tone === 'warning' ? (
    <Trans>
      <strong>Important:</strong> {text}
    </Trans>
  ) : (
    <Trans>
      <strong>Note:</strong> {text}
    </Trans>
  )
}
