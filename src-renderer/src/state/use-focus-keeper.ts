import { useEffect, useRef } from 'react'
import { useApp } from './store-context'

// A control disabled while main answers drops focus to the page. Once the answer is shown, focus goes back to that
// control, or to the screen's heading when it is gone; a screen that moved focus itself (a new task's heading) is left alone.
export function useFocusKeeper() {
  const pending = useApp((s) => s.pending)
  const from = useRef<Element | null>(null)
  useEffect(() => {
    if (pending) {
      from.current = document.activeElement
      return
    }
    const was = from.current
    from.current = null
    if (!was) return
    const frame = window.requestAnimationFrame(() => {
      const now = document.activeElement
      if (now && now !== document.body) return
      const back = was instanceof HTMLElement && was.isConnected && !was.matches(':disabled') ? was : document.querySelector<HTMLElement>('main h1')
      back?.focus()
    })
    return () => window.cancelAnimationFrame(frame)
  }, [pending])
}
