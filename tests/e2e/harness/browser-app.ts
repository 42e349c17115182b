import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildSync } from 'esbuild'
import type { Browser, Page } from '@playwright/test'
import type { EventName } from '../../../src-shared/contract'
import { clockFromEnv } from '../../../src-main/config/clock'
import { createCore } from '../../../src-main/core'
import { createSenderCheck } from '../../../src-main/ipc/sender'
import { openConfStore } from '../../../src-main/ledger/conf-store'

export const RENDERER_URL = pathToFileURL(resolve('out/renderer/index.html')).href
const PAGE_ID = 'e2e-page'

let bridgeSource: string | undefined
// Bundles the real src-shared bridge for the page, exactly as the preload build does.
function bridgeScript(): string {
  bridgeSource ??= buildSync({
    entryPoints: [resolve('tests/e2e/harness/bridge-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
  }).outputFiles[0]!.text
  return bridgeSource
}

export interface LaunchOptions {
  dataDir: string
  now?: string
  blocked: string[]
}

// Runs the real main-process handler map in this process, over conf and the test's data folder.
export async function launchBrowserApp(browser: Browser, options: LaunchOptions): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (/^(file|data|blob):/.test(url)) return route.continue()
    options.blocked.push(url)
    return route.abort('blockedbyclient')
  })
  const emit = (event: EventName, payload: unknown) => {
    page.evaluate(([e, p]) => window.__techpassEmit(e, p), [event, payload] as const).catch(() => {})
  }
  const core = createCore({
    info: { name: 'TechPass Onboarding Assistant', version: '0.0.0-e2e', dataDir: options.dataDir, isPackaged: false, mode: 'browser-harness' },
    resourcesDir: resolve('resources'),
    openStore: openConfStore,
    clock: clockFromEnv(options.now),
    emit,
  })
  const dispatch = core.dispatcher(createSenderCheck(() => PAGE_ID, RENDERER_URL))
  await page.exposeBinding('__techpassInvoke', (source, channel: unknown, input: unknown) =>
    dispatch(channel, input, {
      contentsId: source.page === page ? PAGE_ID : undefined,
      isMainFrame: source.frame === page.mainFrame(),
      frameUrl: source.frame.url(),
    }),
  )
  await page.addInitScript({ content: bridgeScript() })
  await page.goto(RENDERER_URL)
  return { page, close: () => context.close() }
}
