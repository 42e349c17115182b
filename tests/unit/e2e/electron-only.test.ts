import { describe, expect, it } from 'vitest'
import { NOT_RUN_REASON, summarizeElectronOnly } from '../../e2e/harness/electron-only'
import type { SpecOutcome } from '../../e2e/harness/electron-only'

const spec = (project: string, file: string, title: string, status: SpecOutcome['status']): SpecOutcome => ({ project, file, title, status })

const browserRun = [
  spec('journeys', 'tests/e2e/vendor.spec.ts', 'a vendor finishes', 'passed'),
  spec('electron-only', 'tests/e2e/electron/window-hardening.spec.ts', 'the window is sandboxed', 'skipped'),
  spec('electron-only', 'tests/e2e/electron/window-hardening.spec.ts', 'navigation is refused', 'skipped'),
  spec('packaged', 'tests/e2e/electron/packaged.spec.ts', 'the fuses read back', 'skipped'),
]

describe('what an e2e run says about the Electron-only specs', () => {
  it('in browser mode says plainly that they did not run, why, and names each one', () => {
    const summary = summarizeElectronOnly('browser', browserRun)
    expect(summary.failed).toBe(false)
    expect(summary.lines[0]).toBe(
      `Electron-only specs (tests/e2e/electron/*): NOT RUN — ${NOT_RUN_REASON}. 3 tests in 2 files, reported as skipped, not passed:`,
    )
    expect(NOT_RUN_REASON).toBe('they need the Electron binary, which this machine cannot download')
    expect(summary.lines).toContain('  - tests/e2e/electron/window-hardening.spec.ts: "the window is sandboxed", "navigation is refused"')
    expect(summary.lines).toContain('  - tests/e2e/electron/packaged.spec.ts: "the fuses read back"')
    expect(summary.lines.join('\n')).not.toContain('a vendor finishes')
  })

  it('in browser mode fails the run when an Electron-only spec passed or failed instead of skipping', () => {
    const ran = browserRun.map((o) => (o.title === 'the fuses read back' ? { ...o, status: 'passed' as const } : o))
    const summary = summarizeElectronOnly('browser', ran)
    expect(summary.failed).toBe(true)
    expect(summary.lines.at(-1)).toContain('ERROR: 1 of them did not skip in browser mode (tests/e2e/electron/packaged.spec.ts "the fuses read back": passed)')
  })

  it('in Electron mode counts what passed, failed and skipped, and never fails the run itself', () => {
    const electronRun = browserRun.map((o, i) => ({ ...o, status: (['passed', 'passed', 'failed', 'timedOut'] as const)[i]! }))
    expect(summarizeElectronOnly('electron', electronRun)).toEqual({
      lines: ['Electron-only specs (tests/e2e/electron/*): ran in Electron mode, 3 tests in 2 files: 1 passed, 2 failed, 0 skipped.'],
      failed: false,
    })
  })

  it('says so when the run selected none of them', () => {
    expect(summarizeElectronOnly('browser', browserRun.slice(0, 1))).toEqual({
      lines: ['Electron-only specs (tests/e2e/electron/*): none were selected in this run.'],
      failed: false,
    })
  })
})
