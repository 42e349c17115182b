import type { Reporter } from '@playwright/test/reporter'
import { resolveMode } from './harness/mode'

// Says up front which of the two e2e modes (DESIGN.md section 5) this run used, and why.
export default class ModeReporter implements Reporter {
  onBegin(): void {
    const { mode, why } = resolveMode()
    console.log(`\nE2E mode: ${mode} (${why})\n`)
  }

  printsToStdio(): boolean {
    return true
  }
}
