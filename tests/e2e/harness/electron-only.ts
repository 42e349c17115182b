import type { E2EMode } from './mode'

// The specs that check what only a real Electron does (docs/ARCHITECTURE.md section 8): they never run in browser mode.
export const ELECTRON_ONLY_DIR = 'tests/e2e/electron'
export const ELECTRON_ONLY_PROJECTS = ['electron-only', 'packaged'] as const
export const NOT_RUN_REASON = 'they need the Electron binary, which this machine cannot download'

export interface SpecOutcome {
  project: string
  /** Path from the project folder, with forward slashes. */
  file: string
  title: string
  status: 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted'
}

export interface ElectronOnlySummary {
  lines: string[]
  /** True when the run must fail: in browser mode an Electron-only spec did something other than skip. */
  failed: boolean
}

export const isElectronOnly = (project: string): boolean => (ELECTRON_ONLY_PROJECTS as readonly string[]).includes(project)

// What the run says about the Electron-only specs: in browser mode, plainly that they did not run, and why.
export function summarizeElectronOnly(mode: E2EMode, outcomes: readonly SpecOutcome[]): ElectronOnlySummary {
  const ours = outcomes.filter((o) => isElectronOnly(o.project))
  const files = [...new Set(ours.map((o) => o.file))].sort()
  const where = `Electron-only specs (${ELECTRON_ONLY_DIR}/*)`
  if (ours.length === 0) return { lines: [`${where}: none were selected in this run.`], failed: false }
  const count = `${ours.length} test${ours.length === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}`
  if (mode === 'electron') {
    const by = (status: SpecOutcome['status']) => ours.filter((o) => o.status === status).length
    const notPassed = ours.filter((o) => o.status !== 'passed' && o.status !== 'skipped')
    return {
      lines: [`${where}: ran in Electron mode, ${count}: ${by('passed')} passed, ${notPassed.length} failed, ${by('skipped')} skipped.`],
      failed: false,
    }
  }
  const wrong = ours.filter((o) => o.status !== 'skipped')
  const lines = [
    `${where}: NOT RUN — ${NOT_RUN_REASON}. ${count}, reported as skipped, not passed:`,
    ...files.map(
      (file) =>
        `  - ${file}: ${ours
          .filter((o) => o.file === file)
          .map((o) => `"${o.title}"`)
          .join(', ')}`,
    ),
    `  Run them where the binary installs: npm run test:electron (and npm run test:electron:packaged for the installed build).`,
  ]
  if (wrong.length > 0) {
    lines.push(
      `  ERROR: ${wrong.length} of them did not skip in browser mode (${wrong.map((o) => `${o.file} "${o.title}": ${o.status}`).join('; ')}); an Electron-only check must never count as run here.`,
    )
  }
  return { lines, failed: wrong.length > 0 }
}
