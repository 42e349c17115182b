import { useCallback, useEffect, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import type { DraftForm, DraftValues } from '../../../src-shared/draft-schema'
import { useApp } from '../state/store-context'

type Values = Record<string, string>

// Typing pauses this long before what was typed is kept; leaving the form keeps it at once.
const KEEP_AFTER_MS = 400
// Drafts being written, per form: a form opened again waits for them, so it reads what was just typed.
const writing = new Map<DraftForm, Promise<unknown>>()

// Only what differs from what is saved (or prefilled) is a draft: the user's own unsaved typing.
export const draftOf = (values: Values, base: Values): Values =>
  Object.fromEntries(Object.entries(values).filter(([key, value]) => value !== (base[key] ?? '')))

/** Reads the form's draft once, then shows the form with it; the form waits the moment this takes. */
export function WithDraft({ form, children }: { form: DraftForm; children: (draft: DraftValues) => ReactNode }) {
  const api = useApp((s) => s.api)
  const say = useApp((s) => s.say)
  const [draft, setDraft] = useState<DraftValues | null>(null)
  useEffect(() => {
    let live = true
    void (writing.get(form) ?? Promise.resolve())
      .then(() => api.drafts.load({ form }))
      .then((r) => {
        if (!live) return
        if (!r.ok) say({ tone: 'error', text: r.error.message })
        setDraft(r.ok ? r.value : {})
      })
    return () => {
      live = false
    }
  }, [api, form, say])
  return draft ? children(draft) : null
}

/**
 * Keeps what is typed into a form as its draft (in the data folder, never in the record), so switching steps or
 * restarting loses nothing. `hold` stops it while the form itself is being saved; main clears the draft when that works.
 */
export function useDraftKeeper(form: DraftForm, values: Values, base: Values) {
  const api = useApp((s) => s.api)
  const say = useApp((s) => s.say)
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
    const saving = api.drafts.save({ form, values: draft }).then((r) => {
      // Said once per visit: the typing is still in the form, and saving the form still works.
      if (!r.ok && !warned.current) {
        warned.current = true
        say({ tone: 'error', text: r.error.message })
      }
    })
    writing.set(form, saving)
  }, [api, form, say])

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
  }
}
