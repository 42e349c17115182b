import { relative, sep } from 'node:path'
import type { FullResult, Reporter, Suite, TestCase } from '@playwright/test/reporter'
import { NOT_RUN_REASON, summarizeElectronOnly } from './harness/electron-only'
import type { SpecOutcome } from './harness/electron-only'
import { resolveMode } from './harness/mode'
import type { E2EMode } from './harness/mode'

// Says up front which of the two e2e modes (docs/ARCHITECTURE.md section 8) this run used, and why; at the end, what became of
// the Electron-only specs, so that a browser-mode run never passes them off as run.
export default class ModeReporter implements Reporter {
  private mode: E2EMode = 'browser'
  private suite: Suite | null = null
  onBegin(_config: unknown, suite: Suite): void {
    const { mode, why } = resolveMode()
    this.mode = mode
    this.suite = suite
    console.log(`\nE2E mode: ${mode} (${why})`)
    if (mode === 'browser') console.log(`Electron-only specs (tests/e2e/electron/*) will NOT run: ${NOT_RUN_REASON}.`)
    console.log('')
  }

  async onEnd(_result: FullResult): Promise<{ status: FullResult['status'] } | undefined> {
    const outcomes = (this.suite?.allTests() ?? []).map((test) => this.outcome(test))
    const summary = summarizeElectronOnly(this.mode, outcomes)
    console.log(`\n${summary.lines.join('\n')}\n`)
    // What a spec says only a real machine can confirm (an annotation of type "NOT RUN"), said once at the end.
    const notRun = new Set(
      (this.suite?.allTests() ?? []).flatMap((test) =>
        [...test.annotations, ...test.results.flatMap((r) => r.annotations)].filter((a) => a.type === 'NOT RUN').map((a) => a.description ?? ''),
      ),
    )
    if (notRun.size > 0) console.log(`${[...notRun].join('\n')}\n`)
    return summary.failed ? { status: 'failed' } : undefined
  }

  private outcome(test: TestCase): SpecOutcome {
    const last = test.results.at(-1)
    return {
      project: test.parent.project()?.name ?? '',
      file: relative(process.cwd(), test.location.file).split(sep).join('/'),
      title: test.title,
      // A test that never started (stopped run, or filtered by --grep) has no result and counts as not run.
      status: last?.status ?? 'skipped',
    }
  }

  printsToStdio(): boolean {
    return true
  }
}
