import type { AppStore, MenuItem } from './app-store'
import { savedAs } from './save-notice'

/** What a choice in the application menu (Electron) does: opens a view or starts an action. */
export function menuChosen(store: AppStore, item: MenuItem): void {
  const { setView, run } = store.getState()
  if (item === 'guide-mode' || item === 'import-bundle') setView('guide')
  else if (item === 'checklist') setView('checklist')
  else if (item === 'print-summary') void run((a) => a.print.pdf({ kind: 'summary' }), { done: savedAs('summary') })
  else if (item === 'export-bundle') void run((a) => a.support.export({ redact: true }), { done: savedAs('bundle-redacted') })
}

/**
 * How a window starts, before anything is drawn: main's pushes are taken from before the first read, and the start-up
 * reads go out at once, so their replies (and the current step's files) are on their way while the page's script is
 * still being run and React draws for the first time. Returns the way to stop listening and the end of the reads.
 */
export function startApp(store: AppStore): { stop: () => void; ready: Promise<void> } {
  const stop = store.getState().listen((item) => menuChosen(store, item))
  return { stop, ready: store.getState().init() }
}

/** How long the first draw waits for main's first answers and the first screen's files; past it, the page draws its loading line. */
export const FIRST_DRAW_WAIT_MS = 150

/**
 * Draws the window once, when `ready` settles: the start-up reads answered and the current step's tool loaded. React then
 * draws the whole first screen, its form included, in one pass (one render, one layout, one paint), not the page with
 * its tool's "Loading…" line first and the form a moment later. If that takes longer than `wait` (a slow main process,
 * a long first start), it draws then, and the page shows its own loading line until the answers come. (The window is
 * created hidden and shown on ready-to-show, but it counts as visible to the page, Electron's paintWhenInitiallyHidden
 * being on by default, so this timer is not slowed down as a hidden page's would be.)
 */
export function drawWhenReady(ready: Promise<unknown>, draw: () => void, wait = FIRST_DRAW_WAIT_MS): void {
  let drawn = false
  const once = () => {
    if (drawn) return
    drawn = true
    clearTimeout(timer)
    draw()
  }
  const timer = setTimeout(once, wait)
  void ready.then(once, once)
}
