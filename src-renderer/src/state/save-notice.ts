import type { Outcome } from './app-store'

// After any save dialog: where the file went (with the path, for "Show in folder"), or that the user cancelled.
export const savedAs =
  (what: string, where: 'as' | 'to' = 'as'): Outcome<{ saved: boolean; path: string | null }>['done'] =>
  (r) =>
    r.saved && r.path ? { tone: 'status', text: `Saved ${what} ${where} ${r.path}.`, path: r.path } : 'Not saved: you cancelled.'
