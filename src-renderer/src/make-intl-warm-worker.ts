import type { WarmWorker } from './intl-warm'

// The one place that names the warm-up worker's file, kept apart so intl-warm.ts (and its unit tests) run without a DOM.
// Vite finds the worker by this exact form, `new Worker(new URL('…', import.meta.url))`; the path is not a sentence.
export const makeIntlWarmWorker = (): WarmWorker | null =>
  // eslint-disable-next-line lingui/no-unlocalized-strings
  typeof Worker === 'function' ? new Worker(new URL('./intl-warm.worker.ts', import.meta.url), { type: 'module' }) : null
