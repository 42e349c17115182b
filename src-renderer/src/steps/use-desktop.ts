import { t } from '@lingui/core/macro'
import type { Notice } from '../state/app-store'
import { useApp } from '../state/store-context'

// Copy, open and save go through main (the clipboard, mail app and save dialog live there).
// Each caller gives the whole sentence to show when it worked (`done`), in the language on screen, never a fragment to glue in.
// The first screen loads this file, so it says its own words with Lingui's core `t` (the language active when the answer
// comes) rather than a React hook: a second importer of @lingui/react in the first screen's code splits its script in two.
export function useDesktop() {
  const run = useApp((s) => s.run)
  // After a save dialog: the caller's sentence with the path (the notice offers "Show in folder"), or that the user cancelled.
  const saved =
    (said: (path: string) => string) =>
    (r: { saved: boolean; path: string | null }): Notice | string =>
      r.saved && r.path ? { tone: 'status', text: said(r.path), path: r.path } : t`Not saved: you cancelled.`
  return {
    copy: (text: string, said: { done: string }) => run((api) => api.clipboard.write({ text }), said),
    open: (url: string, said: { done: string }) => run((api) => api.shell.openExternal({ url }), said),
    saveText: (suggestedName: string, text: string, done: (path: string) => string) =>
      run((api) => api.files.saveText({ suggestedName, text }), { done: saved(done) }),
    saved,
  }
}
