import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { buildSync } from 'esbuild'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import type { EventName } from '../../../src-shared/contract'
import { clockFromEnv } from '../../../src-main/config/clock'
import { CONFIG_ENV } from '../../../src-main/config/config-file'
import { checkHelpdeskPhone } from '../../../src-main/config/helpdesk-phone'
import { loadStartupConfig, platformPolicies } from '../../../src-main/config/system-config'
import { createCore } from '../../../src-main/core'
import { createSenderCheck } from '../../../src-main/ipc/sender'
import { openConfStore } from '../../../src-main/storage/conf-store'
import { CSP } from '../../../src-main/origin/app-origin'
import { loadAsset } from '../../../src-main/origin/renderer-files'
import { readChosenFile } from '../../../src-main/platform/chosen-file'
import type { Ports, Vault } from '../../../src-main/ports'
import { contractNamesDefine } from '../../../src-preload/contract-names'

// One fixed https origin stands in for app://techpass: Chromium cannot route a custom scheme, and https is as secure.
export const HARNESS_ORIGIN = 'https://techpass.test'
export const RENDERER_URL = `${HARNESS_ORIGIN}/index.html`
const RENDERER_ROOT = resolve('out/renderer')
const PAGE_ID = 'e2e-page'

let bridgeSource: string | undefined
// Bundles the real src-shared bridge for the page, exactly as the preload build does.
export function bridgeScript(): string {
  bridgeSource ??= buildSync({
    entryPoints: [resolve('tests/e2e/harness/bridge-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    define: contractNamesDefine,
    write: false,
  }).outputFiles[0]!.text
  return bridgeSource
}

export interface Recorded {
  opened: string[]
  clipboard: string[]
  saved: Array<{ path: string; text: string }>
  /** Every IPC request and reply, as JSON, so a test can prove what never crossed. */
  traffic: string[]
  /** Paths the next open dialogs will return, in order. */
  toOpen: string[]
  /** Files the app asked the file manager to show. */
  shown: string[]
}

export interface LaunchOptions {
  dataDir: string
  now?: string
  timeZone?: string
  systemLanguages?: string[]
  blocked: string[]
  recorded: Recorded
  /** Where the Files port saves, standing in for the save dialog's answer. */
  saveDir: string
  /** Kept by the fixture across relaunches, as the OS key store outlives the app. */
  vault: Vault
  /** The administrator's configuration file, as TECHPASS_CONFIG would name it. */
  configPath?: string
  /**
   * A root-owned managed preferences plist, read by the macOS store's own code (macos-policy-layer.ts, the real reader and
   * its fstat checks) in place of /Library/Managed Preferences/<bundle id>.plist, which this Linux machine does not have.
   */
  managedPlistPath?: string
  /** A script the page runs before any of its own (the bench's React DevTools hook). */
  beforeLoad?: string
}

// The test side of the ports: record what the app asked for instead of touching the desktop.
function recordingPorts(options: LaunchOptions, page: Page): Ports {
  return {
    vault: options.vault,
    shell: { openExternal: async (url) => void options.recorded.opened.push(url), showItemInFolder: (path) => void options.recorded.shown.push(path) },
    clipboard: { writeText: async (text) => void options.recorded.clipboard.push(text) },
    files: {
      async save(name, data) {
        const path = join(options.saveDir, name)
        writeFileSync(path, data)
        options.recorded.saved.push({ path, text: typeof data === 'string' ? data : `[${data.length} bytes]` })
        return path
      },
      // The open dialog's answer is the next path the test queued with app.chooseFile().
      async open(_kind, maxBytes) {
        const path = options.recorded.toOpen.shift()
        if (!path) return null
        return readChosenFile(path, maxBytes)
      },
    },
    // Chromium's own PDF printing stands in for Electron's printToPDF: both use the print stylesheet.
    printer: { toPdf: () => page.pdf({ format: 'A4', printBackground: true }) },
  }
}

// Serves root under origin with the app's CSP, through the same path checks as app://; every other request is refused and noted.
export async function serveFiles(context: BrowserContext, root: string, origin: string, refused: string[]): Promise<void> {
  const ours = (url: string) => url.startsWith(`${origin}/`)
  // Requests that routing never sees (file: among them) are noted too.
  context.on('request', (request) => {
    const url = request.url()
    if (!ours(url) && !/^(data|blob):/.test(url)) refused.push(url)
  })
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    if (!ours(url)) return route.abort('blockedbyclient')
    const asset = await loadAsset(root, origin, url)
    if (asset) return route.fulfill({ status: 200, contentType: asset.type, body: asset.body, headers: { 'Content-Security-Policy': CSP } })
    refused.push(url)
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' })
  })
}

// Runs the real main-process handler map in this process, over conf and the test's data folder.
export async function launchBrowserApp(browser: Browser, options: LaunchOptions): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await browser.newContext(options.timeZone ? { timezoneId: options.timeZone } : {})
  const page = await context.newPage()
  await serveFiles(context, RENDERER_ROOT, HARNESS_ORIGIN, options.blocked)
  // What the page's CSP refuses never reaches routing; Chromium reports it on the console, and that fails the test too.
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) options.blocked.push(message.text())
  })
  // Pushes reach the page in order, and before the reply of the request that made them, as in Electron, where both
  // travel on one ordered IPC channel (the renderer would cope with either order: it reads the snapshot if not).
  let pushed: Promise<unknown> = Promise.resolve()
  const emit = (event: EventName, payload: unknown) => {
    options.recorded.traffic.push(JSON.stringify({ event, payload }))
    pushed = pushed.then(() => page.evaluate(([e, p]) => window.__techpassEmit(e, p), [event, payload] as const)).catch(() => {})
  }
  // As an unpackaged start does it (loadStartupConfig): the policy store over the TECHPASS_CONFIG file, per setting.
  const readPolicies = options.managedPlistPath ? platformPolicies('darwin', { plistPath: options.managedPlistPath }) : () => Promise.resolve(null)
  const configured = options.configPath !== undefined || options.managedPlistPath !== undefined
  const env = options.configPath ? { [CONFIG_ENV]: options.configPath } : {}
  const config = configured ? await checkHelpdeskPhone(await loadStartupConfig(false, env, readPolicies)) : null
  const core = createCore({
    ...(config ? { settings: config.settings, origins: config.origins } : {}),
    ...(config?.policyTextsDir ? { policiesDir: config.policyTextsDir } : {}),
    // As start.ts passes it: the trust rules for a policyTextsDir set by the policy store (none for the test file's own).
    ...(config?.vetPolicyText ? { vetPolicyText: config.vetPolicyText } : {}),
    info: { name: 'TechPass Onboarding Assistant', version: '0.0.0-e2e', dataDir: options.dataDir, isPackaged: false, mode: 'browser-harness' },
    resourcesDir: resolve('resources'),
    openStore: openConfStore,
    clock: clockFromEnv(options.now),
    ports: recordingPorts(options, page),
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    systemLanguages: options.systemLanguages ?? ['en-US'],
    emit,
  })
  const dispatch = core.dispatcher(createSenderCheck(() => PAGE_ID, RENDERER_URL))
  await page.exposeBinding('__techpassInvoke', async (source, channel: unknown, input: unknown) => {
    const reply = await dispatch(channel, input, {
      contentsId: source.page === page ? PAGE_ID : undefined,
      isMainFrame: source.frame === page.mainFrame(),
      frameUrl: source.frame.url(),
    })
    options.recorded.traffic.push(JSON.stringify({ channel, input, reply }))
    await pushed
    return reply
  })
  if (options.beforeLoad) await page.addInitScript({ content: options.beforeLoad })
  await page.addInitScript({ content: bridgeScript() })
  await page.goto(RENDERER_URL)
  return { page, close: () => context.close() }
}
