import type { ElectronApplication } from '@playwright/test'
import { test } from '../fixtures'
import type { AppHandle } from '../fixtures'
import { NOT_RUN_REASON } from '../harness/electron-only'

// Called at the top of every spec in this folder: outside Electron mode each test is skipped with the reason, never passed.
export function onlyInElectron(): void {
  test.skip(({ mode }) => mode !== 'electron', `Electron-only: ${NOT_RUN_REASON}.`)
}

export function electronOf(app: AppHandle): ElectronApplication {
  const running = app.electron()
  if (!running) throw new Error('This check needs the app running in Electron mode (E2E_MODE=electron).')
  return running
}
