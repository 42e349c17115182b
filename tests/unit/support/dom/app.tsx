import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { I18nProvider } from '@lingui/react'
import { act, render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { onTestFinished } from 'vitest'
import { i18n } from '../../../../src-renderer/src/i18n/catalogs'
import { App } from '../../../../src-renderer/src/components/app'
import { createAppStore } from '../../../../src-renderer/src/state/app-store'
import { startApp } from '../../../../src-renderer/src/state/start-app'
import type { AppStore } from '../../../../src-renderer/src/state/app-store'
import { StoreContext } from '../../../../src-renderer/src/state/store-context'
import { startMain } from './bridge'
import type { HarnessOptions } from '../core-harness'

/** The page's providers as main.tsx sets them up: Lingui's i18n (English, from the catalog) and the store. */
export function Providers({ store, children }: { store: AppStore; children: ReactNode }) {
  return (
    <I18nProvider i18n={i18n}>
      <StoreContext.Provider value={store}>{children}</StoreContext.Provider>
    </I18nProvider>
  )
}

/**
 * A window with its store over the real main core (./bridge.ts) on an empty data folder of its own (or `dataDir`, to
 * open the same folder again). `show` draws a component inside the page's providers; `user` types and clicks as a
 * person does. Nothing is read yet: `showApp()` starts the window and draws the whole app, as main.tsx does; a test that
 * draws one component calls `start()` first, which subscribes to main's pushes and makes the start-up reads.
 */
export function openApp(options: Omit<HarnessOptions, 'dataDir'> & { dataDir?: string } = {}) {
  let dataDir = options.dataDir
  if (!dataDir) {
    const made = mkdtempSync(join(tmpdir(), 'techpass-dom-'))
    onTestFinished(() => rmSync(made, { recursive: true, force: true }))
    dataDir = made
  }
  const main = startMain({ ...options, dataDir })
  const store = createAppStore(main.api)
  const user = userEvent.setup()
  const show = (ui: ReactNode) => render(<Providers store={store}>{ui}</Providers>)
  const start = async () => {
    const started = startApp(store)
    onTestFinished(started.stop)
    await act(() => started.ready)
  }
  // As main.tsx: the reads go out, then React draws. (main.tsx holds its first draw until the reads are answered and the
  // first screen's files have loaded, drawWhenReady; here React draws at once, and a test's findBy… waits instead.)
  const showApp = () => {
    onTestFinished(startApp(store).stop)
    return show(<App />)
  }
  return { main, store, user, show, showApp, start, dataDir }
}

/** openApp, started: the store holds the guide, the snapshot and the MFA status, as the first screen has them. */
export async function startedApp(options: Parameters<typeof openApp>[0] = {}) {
  const app = openApp(options)
  await app.start()
  return app
}

export type OpenApp = ReturnType<typeof openApp>

/**
 * Puts a directory where the ledger file is, as a full or read-only disk would (root ignores file modes): main's next
 * write fails and says so. Returns the way back.
 */
export function breakLedger(main: { ledgerPath: string }) {
  const kept = existsSync(main.ledgerPath)
  if (kept) renameSync(main.ledgerPath, `${main.ledgerPath}.kept`)
  mkdirSync(main.ledgerPath)
  writeFileSync(join(main.ledgerPath, 'in-the-way'), '')
  return () => {
    rmSync(main.ledgerPath, { recursive: true })
    if (kept) renameSync(`${main.ledgerPath}.kept`, main.ledgerPath)
  }
}
