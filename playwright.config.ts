import { defineConfig } from '@playwright/test'

// Journeys run in either mode; tests/e2e/electron/ holds what only a real Electron can answer, and skips elsewhere
// with the reason (the mode reporter says so at the end). `packaged` checks the electron-builder --dir output.
// Regular expressions, not globs: Playwright prefixes a glob with **/, which would also match a parent folder named electron.
const ELECTRON_DIR = /[\\/]tests[\\/]e2e[\\/]electron[\\/]/
const ELECTRON_SPEC = /[\\/]tests[\\/]e2e[\\/]electron[\\/][^\\/]+\.spec\.ts$/
const PACKAGED_SPEC = /[\\/]tests[\\/]e2e[\\/]electron[\\/]packaged\.spec\.ts$/

export default defineConfig({
  testDir: 'tests/e2e',
  // Main's code runs in the test process too (the browser harness): tsconfig.run.json resolves its message macro there.
  tsconfig: './tsconfig.run.json',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [
    ['./tests/e2e/mode-reporter.ts'],
    ['list'],
    // The folder is PLAYWRIGHT_HTML_OUTPUT_DIR when set (CI keeps the packaged run's report apart), else playwright-report/.
    ...(process.env.CI ? [['html', { open: 'never' }] as const] : []),
  ],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    { name: 'journeys', testMatch: '*.spec.ts', testIgnore: ELECTRON_DIR },
    { name: 'electron-only', testMatch: ELECTRON_SPEC, testIgnore: PACKAGED_SPEC },
    { name: 'packaged', testMatch: PACKAGED_SPEC },
  ],
})
