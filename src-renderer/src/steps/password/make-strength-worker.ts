import type { WorkerLike } from './strength-client'

// The one place that names the worker's file, kept apart so the client (and its unit tests) run without a DOM.
// Vite finds the worker by this exact form, `new Worker(new URL('…', import.meta.url))`; the path is not a sentence.
export const makeStrengthWorker = (): WorkerLike =>
  // eslint-disable-next-line lingui/no-unlocalized-strings
  new Worker(new URL('./strength.worker.ts', import.meta.url), { type: 'module' })
