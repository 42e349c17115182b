import type { Result } from '../../../src-shared/result'
import type { Notice } from './app-store'

// What to tell the user after any save dialog: where it went, that they cancelled, or why it failed.
export function saveNotice(r: Result<{ saved: boolean; path: string | null }>, savedText: (path: string) => string): Notice {
  if (!r.ok) return { tone: 'error', text: r.error.message }
  return { tone: 'status', text: r.value.saved && r.value.path ? savedText(r.value.path) : 'Not saved: you cancelled.' }
}
