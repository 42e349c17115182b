import { useApp } from '../state/store-context'
import { saveNotice } from '../state/save-notice'

// Copy, open and save go through main (the clipboard, mail app and save dialog live there).
export function useDesktop() {
  const api = useApp((s) => s.api)
  const say = useApp((s) => s.say)
  return {
    copy: async (text: string, what: string) => {
      const r = await api.clipboard.write({ text })
      say(r.ok ? { tone: 'status', text: `Copied ${what}. Paste it where you need it.` } : { tone: 'error', text: r.error.message })
    },
    open: async (url: string, what: string) => {
      const r = await api.shell.openExternal({ url })
      say(r.ok ? { tone: 'status', text: `Opened ${what}.` } : { tone: 'error', text: r.error.message })
    },
    saveText: async (suggestedName: string, text: string) => {
      say(saveNotice(await api.files.saveText({ suggestedName, text }), (path) => `Saved the message to ${path}.`))
    },
  }
}
