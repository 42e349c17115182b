import { useEffect, useRef } from 'react'
import { useApp } from './store-context'

// The screen's heading, where focus goes when the control that had it is gone; a control is left alone while disabled.
const SCREEN_HEADING = 'main h1'
const DISABLED = ':disabled'

// Focus is never left on the page. A control disabled while main answers, or a screen replaced by the next one, drops
// focus to the body; once the answer is shown, focus goes back to that control, or to the screen's heading when it is
// gone. A screen that moved focus itself (a new task's heading) is left alone.
export function useFocusKeeper() {
  const pending = useApp((s) => s.pending)
  const snapshot = useApp((s) => s.snapshot)
  const lost = useRef<HTMLElement | null>(null)

  useEffect(() => {
    // Remembered when focus leaves for nothing (a click on the page moves it somewhere, or to nothing on purpose).
    const onFocusOut = (e: FocusEvent) => {
      if (e.relatedTarget === null && e.target instanceof HTMLElement) lost.current = e.target
    }
    const onFocusIn = () => {
      lost.current = null
    }
    document.addEventListener('focusout', onFocusOut)
    document.addEventListener('focusin', onFocusIn)
    return () => {
      document.removeEventListener('focusout', onFocusOut)
      document.removeEventListener('focusin', onFocusIn)
    }
  }, [])

  useEffect(() => {
    if (pending) return
    const frame = window.requestAnimationFrame(() => {
      const was = lost.current
      const now = document.activeElement
      if (now && now !== document.body) return
      if (!was) return
      lost.current = null
      const back = was.isConnected && !was.matches(DISABLED) ? was : document.querySelector<HTMLElement>(SCREEN_HEADING)
      back?.focus()
    })
    return () => window.cancelAnimationFrame(frame)
  }, [pending, snapshot])
}

// The keeper as a component of its own that draws nothing: it follows `pending` and the snapshot, and re-rendering it
// on each of them must not re-render the whole window, as it did while App called the hook itself.
export function FocusKeeper() {
  useFocusKeeper()
  return null
}
