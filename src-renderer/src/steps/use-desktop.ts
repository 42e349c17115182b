import { useApp } from '../state/store-context'
import { savedAs } from '../state/save-notice'

// Copy, open and save go through main (the clipboard, mail app and save dialog live there).
export function useDesktop() {
  const run = useApp((s) => s.run)
  return {
    copy: (text: string, what: string) => run((api) => api.clipboard.write({ text }), { done: `Copied ${what}. Paste it where you need it.` }),
    open: (url: string, what: string) => run((api) => api.shell.openExternal({ url }), { done: `Opened ${what}.` }),
    saveText: (suggestedName: string, text: string) => run((api) => api.files.saveText({ suggestedName, text }), { done: savedAs('message') }),
  }
}
