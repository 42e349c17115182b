import { useCallback, useEffect, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import type { DraftForm, DraftValues } from '../../../src-shared/draft-schema'
import { useApp, useAppStore } from '../state/store-context'

type Values = Record<string, string>

// Typing pauses this long before what was typed is kept; leaving the form keeps it at once.
const KEEP_AFTER_MS = 400

// Only what differs from what is saved (or prefilled) is a draft: the user's own unsaved typing.
export const draftOf = (values: Values, base: Values): Values =>
  Object.fromEntries(Object.entries(values).filter(([key, value]) => value !== (base[key] ?? '')))

/**
 * Shows the form with its draft, at once: the drafts are read in the start-up wave and kept in the store as the user
 * types, so a form opened again reads what was just typed, with no call to main.
 */
export function WithDraft({ form, children }: { form: DraftForm; children: (draft: DraftValues) => ReactNode }) {
  const store = useAppStore()
  const problem = useApp((s) => s.draftsProblem)
  const say = useApp((s) => s.say)
  // Read once, not subscribed: the form keeps its own values from here on, and the draft kept as it types redraws nothing.
  const [draft] = useState(() => store.getState().drafts[form])
  useEffect(() => {
    if (problem) say({ tone: 'error', text: problem })
  }, [problem, say])
  return children(draft)
}

/**
 * Keeps what is typed into a form as its draft (in the data folder, never in the record), so switching steps or
 * restarting loses nothing. `hold` stops it while the form itself is being saved; main clears the draft when that works.
 */
export function useDraftKeeper(form: DraftForm, values: Values, base: Values) {
  const run = useApp((s) => s.run)
  const say = useApp((s) => s.say)
  const keepDraft = useApp((s) => s.keepDraft)
  const latest = useRef({ values, base })
  const sent = useRef(JSON.stringify(draftOf(values, base)))
  const timer = useRef<number | undefined>(undefined)
  const held = useRef(false)
  const mounted = useRef(true)
  const warned = useRef(false)
  useEffect(() => {
    latest.current = { values, base }
  })

  const keep = useCallback(() => {
    window.clearTimeout(timer.current)
    if (held.current) return
    const draft = draftOf(latest.current.values, latest.current.base)
    const text = JSON.stringify(draft)
    if (text === sent.current) return
    sent.current = text
    keepDraft(form, draft)
    // Kept in the background, while the user types; a failure is said once per visit: the typing is still in the form,
    // and saving the form still works.
    void run((api) => api.drafts.save({ form, values: draft }), {
      background: true,
      failed: (message) => {
        if (warned.current) return
        warned.current = true
        say({ tone: 'error', text: message })
      },
    })
  }, [run, form, say, keepDraft])

  useEffect(() => {
    if (held.current) return
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(keep, KEEP_AFTER_MS)
  }, [values, keep])

  useEffect(() => {
    mounted.current = true
    window.addEventListener('pagehide', keep)
    return () => {
      window.removeEventListener('pagehide', keep)
      mounted.current = false
      keep()
    }
  }, [keep])

  return {
    hold() {
      window.clearTimeout(timer.current)
      held.current = true
    },
    resume() {
      held.current = false
      if (mounted.current) timer.current = window.setTimeout(keep, KEEP_AFTER_MS)
    },
    /** The `keep` of the form's save: main has let the draft go, so the form opened again starts from what was saved. */
    keepSaved() {
      keepDraft(form, {})
      return {}
    },
  }
}
