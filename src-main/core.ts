import { openCore } from './core-start'
import type { CoreOptions } from './core-start'
import { finishCore } from './core-services'
import type { Core } from './core-services'

export type { CoreOptions } from './core-start'
export type { Core } from './core-services'

/**
 * Both halves of main's start at once (core-start.ts, then core-services.ts), for the tests, the benches and the e2e
 * harness. index.ts runs the halves itself, the second after the window exists (start.ts).
 */
export const createCore = (options: CoreOptions): Core => finishCore(openCore(options))
