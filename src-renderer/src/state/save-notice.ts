import type { Outcome } from './app-store'

// After any save dialog: where the file went (with the path, for "Show in folder") and, when the file is for
// someone else, what to do with it; or that the user cancelled.
export const savedAs =
  (what: string, where: 'as' | 'to' = 'as', next = ''): Outcome<{ saved: boolean; path: string | null }>['done'] =>
  (r) =>
    r.saved && r.path ? { tone: 'status', text: `Saved ${what} ${where} ${r.path}.${next ? ` ${next}` : ''}`, path: r.path } : 'Not saved: you cancelled.'

// A support bundle is saved to be sent, so the notice says so.
export const savedBundleAs = (what: string) => savedAs(what, 'as', 'Send this file to the helpdesk, by email or as they ask.')
