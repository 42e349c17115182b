import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test, expect } from '../fixtures'
import { electronBinary } from '../harness/mode'
import { electronOf, onlyInElectron } from './electron-test'
import { launch } from './processes'

onlyInElectron()

type Counters = { secondInstance?: number; focused?: number }

test('a second launch on the same data folder focuses the first window and exits', async ({ app }) => {
  await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible()
  const electron = electronOf(app)
  await electron.evaluate(({ app: main, BrowserWindow }) => {
    const counters: Counters = { secondInstance: 0, focused: 0 }
    ;(globalThis as { __counters?: Counters }).__counters = counters
    main.on('second-instance', () => void (counters.secondInstance! += 1))
    const [win] = BrowserWindow.getAllWindows()
    const focus = win!.focus.bind(win)
    win!.focus = () => {
      counters.focused! += 1
      focus()
    }
  })
  const env = { ...process.env, TECHPASS_DATA_DIR: app.dataDir }
  const second = launch(electronBinary()!, [resolve('.')], env)
  expect(await second.exited(20_000), second.output()).toBe(0)
  await expect.poll(() => electron.evaluate(() => (globalThis as { __counters?: Counters }).__counters)).toEqual({ secondInstance: 1, focused: 1 })
  await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible()

  // The lock is per data folder: a launch on another folder keeps running.
  const otherDir = mkdtempSync(join(tmpdir(), 'techpass-e2e-other-'))
  const third = launch(electronBinary()!, [resolve('.')], { ...env, TECHPASS_DATA_DIR: otherDir })
  try {
    expect(await third.exited(5_000), third.output()).toBeNull()
  } finally {
    await third.stop()
    rmSync(otherDir, { recursive: true, force: true })
  }
})
