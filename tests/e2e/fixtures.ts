import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test as base, chromium, _electron } from '@playwright/test'
import type { Browser, ElectronApplication, Page } from '@playwright/test'
import { APP_BUNDLE_ID } from '../../src-main/config/policy-declaration'
import { memoryVault } from '../support/memory-vault'
import { launchBrowserApp } from './harness/browser-app'
import type { Recorded } from './harness/browser-app'
import { CHROMIUM_ARGS, CHROMIUM_PATH, electronBinary, resolveMode } from './harness/mode'
import type { E2EMode } from './harness/mode'

export interface AppHandle {
  mode: E2EMode
  /** The window, with its first screen drawn (past the loading line): a test may read it at once. */
  page: Page
  dataDir: string
  /** Where "save as text file" writes during the test. */
  saveDir: string
  /** Closes the app and starts it again on the same data folder, optionally with the clock moved; its first screen drawn. */
  relaunch(options?: { now?: string }): Promise<Page>
  /** What the app asked the desktop to do: links opened, text copied, files saved. */
  outside(): Promise<Recorded>
  /** The file the next open dialog will return. */
  chooseFile(path: string): Promise<void>
  /** "Now" as the app sees it (E2E_NOW moves it), in epoch milliseconds. */
  now(): number
  /** Browser mode: what the harness refused so far (each fails the test), handed over and forgotten; [] in Electron mode. */
  takeRefused(): string[]
  /** Electron mode: the running app, for what only Electron can answer (tests/e2e/electron/); null in browser mode. */
  electron(): ElectronApplication | null
}

interface TestOptions {
  /** A folder under tests/e2e/seeds whose files are copied into the data folder before launch. */
  seed: string | null
  /** Raw bytes written as the ledger file before launch, to start on a corrupt ledger. */
  corruptLedger: string | null
  /** Raw text written as ledger.jsonl before launch (after any seed), to start on a damaged or torn JSON Lines file. */
  ledgerText: string | null
  /** The clock the app starts from (ISO date), passed as E2E_NOW. */
  now: string | null
  /** The user's time zone (IANA name); deadlines are counted in it. */
  timeZone: string
  /** The operating system's preferred languages (BCP 47); a first start follows them. */
  systemLanguages: string[]
  /** An administrator's configuration: an object is written as JSON, a string as the file's raw text. */
  config: Record<string, unknown> | string | null
  /**
   * macOS managed preferences (the XML plist a configuration profile leaves), read by the real macOS reader in browser
   * mode from a root-owned folder standing in for /Library/Managed Preferences. Browser mode only: the Electron app on
   * this Linux machine reads no plist.
   */
  managedPreferences: string | null
  app: AppHandle
}

interface WorkerFixtures {
  mode: E2EMode
  browser: Browser
}

export const LEDGER_FILE = 'ledger.jsonl'
// A damaged progress file is written where versions 1 and 2 kept theirs: a whole file that cannot be read. (In
// ledger.jsonl, text with no line end is an unfinished last line, which the app cuts off and keeps aside instead.)
export const DAMAGED_FILE = 'ledger.json'

export const test = base.extend<TestOptions, WorkerFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their dependencies
  mode: [async ({}, use) => use(resolveMode().mode), { scope: 'worker' }],
  browser: [
    async ({ mode }, use) => {
      if (mode === 'electron') return use(undefined as unknown as Browser)
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
      await use(browser)
      await browser.close()
    },
    { scope: 'worker' },
  ],
  seed: [null, { option: true }],
  corruptLedger: [null, { option: true }],
  ledgerText: [null, { option: true }],
  now: [null, { option: true }],
  timeZone: ['Asia/Singapore', { option: true }],
  systemLanguages: [['en-US'], { option: true }],
  config: [null, { option: true }],
  managedPreferences: [null, { option: true }],
  app: async ({ mode, browser, seed, corruptLedger, ledgerText, now: startNow, timeZone, systemLanguages, config, managedPreferences }, use, testInfo) => {
    let now = startNow
    const dataDir = mkdtempSync(join(tmpdir(), 'techpass-e2e-'))
    const saveDir = mkdtempSync(join(tmpdir(), 'techpass-e2e-saved-'))
    const recorded: Recorded = { opened: [], clipboard: [], saved: [], traffic: [], toOpen: [], shown: [] }
    const vault = memoryVault()
    const configPath = config === null ? undefined : join(saveDir, 'config.json')
    if (configPath) writeFileSync(configPath, typeof config === 'string' ? config : JSON.stringify(config, null, 2))
    const managedPlistPath = managedPreferences === null ? undefined : managedPlist(saveDir, managedPreferences)
    let electronApp: ElectronApplication | null = null
    if (seed) cpSync(resolve('tests/e2e/seeds', seed), dataDir, { recursive: true })
    if (corruptLedger !== null) writeFileSync(join(dataDir, DAMAGED_FILE), corruptLedger)
    if (ledgerText !== null) writeFileSync(join(dataDir, LEDGER_FILE), ledgerText)
    const blocked: string[] = []
    let close: () => Promise<void> = async () => {}
    let offset = 0
    const launch = async (): Promise<Page> => {
      offset = now ? Date.parse(now) - Date.now() : 0
      if (mode === 'electron') {
        // The project folder, not out/main/index.js: Electron then takes the app path and name from package.json, so resources/ is found.
        const app: ElectronApplication = await _electron.launch({
          executablePath: electronBinary() ?? undefined,
          args: [resolve('.')],
          env: {
            ...process.env,
            TZ: timeZone,
            // Electron reads the system's languages from the locale on Linux.
            LANG: `${(systemLanguages[0] ?? 'en-US').replace('-', '_')}.UTF-8`,
            TECHPASS_DATA_DIR: dataDir,
            ...(now ? { E2E_NOW: now } : {}),
            ...(configPath ? { TECHPASS_CONFIG: configPath } : {}),
          },
        })
        electronApp = app
        await recordDesktopCalls(app, saveDir)
        close = () => app.close()
        return app.firstWindow()
      }
      const launched = await launchBrowserApp(browser, {
        dataDir,
        blocked,
        recorded,
        saveDir,
        timeZone,
        systemLanguages,
        vault,
        ...(now ? { now } : {}),
        ...(configPath ? { configPath } : {}),
        ...(managedPlistPath ? { managedPlistPath } : {}),
      })
      close = launched.close
      return launched.page
    }
    // The app is handed over with its first screen drawn, as a person first sees it. main.tsx draws the window only once
    // the start-up reads are answered, which can come after `goto` (the load event) or firstWindow() returns; a walk that
    // looks without waiting (isVisible) must not find an empty page, or the loading line, and act on the screen after it.
    const launchDrawn = async (): Promise<Page> => {
      const page = await launch()
      await page.locator('#root > .app:not(:has(main[aria-busy="true"]))').waitFor()
      return page
    }
    const handle: AppHandle = {
      mode,
      dataDir,
      saveDir,
      now: () => Date.now() + offset,
      takeRefused: () => blocked.splice(0),
      electron: () => electronApp,
      chooseFile: async (path) => {
        if (electronApp)
          await electronApp.evaluate(({ dialog }, p) => {
            dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [p] })) as unknown as typeof dialog.showOpenDialog
          }, path)
        else recorded.toOpen.push(path)
      },
      outside: async () => (electronApp ? electronApp.evaluate(() => (globalThis as { __recorded?: Recorded }).__recorded!) : recorded),
      page: await launchDrawn(),
      relaunch: async (options) => {
        if (options?.now) now = options.now
        await close()
        handle.page = await launchDrawn()
        return handle.page
      },
    }
    testInfo.annotations.push({ type: 'e2e-mode', description: mode })
    await use(handle)
    await close()
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(saveDir, { recursive: true, force: true })
    if (blocked.length > 0) throw new Error(`The app asked for something other than its own files, which it must never do: ${blocked.join(', ')}`)
  },
})

// A folder like /Library/Managed Preferences: root's, 0755, holding the app's plist (0644). The reader refuses anything
// ordinary users could change, so this needs the test to run as root (it does here and in CI).
function managedPlist(dir: string, text: string): string {
  const folder = join(dir, 'Managed Preferences')
  mkdirSync(folder, { mode: 0o755 })
  chmodSync(folder, 0o755)
  const path = join(folder, `${APP_BUNDLE_ID}.plist`)
  writeFileSync(path, text, { mode: 0o644 })
  return path
}

// Electron mode: Playwright's documented way to watch the main process is to replace these calls in it.
async function recordDesktopCalls(app: ElectronApplication, saveDir: string): Promise<void> {
  await app.evaluate(({ shell, clipboard, dialog }, dir) => {
    const recorded: Recorded = { opened: [], clipboard: [], saved: [], traffic: [], toOpen: [], shown: [] }
    ;(globalThis as { __recorded?: Recorded }).__recorded = recorded
    shell.openExternal = async (url: string) => void recorded.opened.push(url)
    shell.showItemInFolder = (path: string) => void recorded.shown.push(path)
    const write = clipboard.writeText.bind(clipboard)
    clipboard.writeText = async (text: string) => {
      recorded.clipboard.push(text)
      await write(text)
    }
    dialog.showSaveDialog = (async (...args: unknown[]) => {
      const options = args.at(-1) as { defaultPath?: string }
      const filePath = `${dir}/${options.defaultPath ?? 'saved.txt'}`
      recorded.saved.push({ path: filePath, text: '' })
      return { canceled: false, filePath }
    }) as typeof dialog.showSaveDialog
  }, saveDir)
}

export { expect } from '@playwright/test'
