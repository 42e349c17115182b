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
