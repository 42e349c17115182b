import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { I18nProvider } from '@lingui/react'
import { act, render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { onTestFinished } from 'vitest'
import { i18n } from '../../../../src-renderer/src/i18n/catalogs'
import { createAppStore } from '../../../../src-renderer/src/state/app-store'
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
 * A window with its store over the real main core (./bridge.ts) on an empty data folder of its own, after the
 * start-up reads, as the first screen has it. `show` draws a component inside the page's providers; `user` types and
 * clicks as a person does.
 */
export async function openApp(options: Omit<HarnessOptions, 'dataDir'> & { dataDir?: string } = {}) {
  let dataDir = options.dataDir
  if (!dataDir) {
    const made = mkdtempSync(join(tmpdir(), 'techpass-dom-'))
    onTestFinished(() => rmSync(made, { recursive: true, force: true }))
    dataDir = made
  }
  const main = startMain({ ...options, dataDir })
  const store = createAppStore(main.api)
  await act(() => store.getState().init())
  const user = userEvent.setup()
  const show = (ui: ReactNode) => render(<Providers store={store}>{ui}</Providers>)
  return { main, store, user, show, dataDir }
}

export type OpenApp = Awaited<ReturnType<typeof openApp>>
