import { useMemo } from 'react'
import type { Msg } from '../../../src-shared/message'
import { savedAs } from '../state/save-notice'
import type { SavedFile } from '../state/save-notice'
import { useApp } from '../state/store-context'

// Copy, open and save go through main (the clipboard, mail app and save dialog live there).
// Each caller gives the whole sentence to show when it worked (`done`, kept with ownMsg and said when drawn), never a
// fragment to glue in. The first screen loads this file, so it uses no React hook of Lingui: a second importer of
// @lingui/react in the first screen's code splits its script in two.
export function useDesktop() {
  const run = useApp((s) => s.run)
  // The same object every render, so a memoised control handed one of these is not drawn again for nothing.
  return useMemo(
    () => ({
      copy: (text: string, said: { done: Msg }) => run((api) => api.clipboard.write({ text }), said),
      open: (url: string, said: { done: Msg }) => run((api) => api.shell.openExternal({ url }), said),
      saveText: (suggestedName: string, text: string, file: SavedFile) => run((api) => api.files.saveText({ suggestedName, text }), { done: savedAs(file) }),
    }),
    [run],
  )
}
