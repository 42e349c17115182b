import { buildBridge } from '../../../src-shared/bridge'
import { test, expect } from '../fixtures'
import { electronOf, onlyInElectron } from './electron-test'

onlyInElectron()

const APP_URL = 'app://techpass/index.html'

test('the window is sandboxed and context-isolated, with Node and experimental features off', async ({ app }) => {
  await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible()
  const prefs = await electronOf(app).evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((win) => {
      // A real WebContents method that Electron's typings leave out: the options the page was actually created with.
      const p = (win.webContents as unknown as { getLastWebPreferences(): Electron.WebPreferences | null }).getLastWebPreferences()
      return {
        sandbox: p?.sandbox,
        contextIsolation: p?.contextIsolation,
        nodeIntegration: p?.nodeIntegration,
        nodeIntegrationInWorker: p?.nodeIntegrationInWorker,
        nodeIntegrationInSubFrames: p?.nodeIntegrationInSubFrames,
        webSecurity: p?.webSecurity,
        allowRunningInsecureContent: p?.allowRunningInsecureContent,
        experimentalFeatures: p?.experimentalFeatures,
        enableBlinkFeatures: p?.enableBlinkFeatures ?? '',
        webviewTag: p?.webviewTag,
        url: win.webContents.getURL(),
      }
    }),
  )
  expect(prefs).toEqual([
    {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      webviewTag: false,
      url: APP_URL,
    },
  ])
})

test('window.techpass is the only thing the preload adds to the page; require, process and ipcRenderer are absent', async ({ app }) => {
  const page = app.page
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const inPage = await page.evaluate(() => ({
    names: Object.getOwnPropertyNames(window),
    absent: Object.fromEntries(['require', 'process', 'ipcRenderer', 'module', 'Buffer', 'global', '__dirname', 'electron'].map((n) => [n, n in window])),
    domains: Object.keys((window as unknown as { techpass: object }).techpass).sort(),
    frozen: Object.isFrozen((window as unknown as { techpass: object }).techpass),
  }))
  // The same page in a window without the preload: whatever the page's own scripts define is there too.
  const withoutPreload = await electronOf(app).evaluate(async ({ BrowserWindow }, url) => {
    const probe = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true } })
    try {
      await probe.loadURL(url)
      return (await probe.webContents.executeJavaScript('Object.getOwnPropertyNames(window)')) as string[]
    } finally {
      probe.destroy()
    }
  }, APP_URL)
  const added = inPage.names.filter((name) => !withoutPreload.includes(name))
  expect(added).toEqual(['techpass'])
  expect(inPage.absent).toEqual({
    require: false,
    process: false,
    ipcRenderer: false,
    module: false,
    Buffer: false,
    global: false,
    __dirname: false,
    electron: false,
  })
  const expected = Object.keys(buildBridge({ invoke: async () => undefined, subscribe: () => () => {} })).sort()
  expect(inPage.domains).toEqual(expected)
  // contextBridge hands the page a frozen copy, so the page cannot swap a function for its own.
  expect(inPage.frozen).toBe(true)
})

test('navigation and new windows to outside addresses are refused; only allowlisted https links reach the system browser', async ({ app }) => {
  const page = app.page
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  for (const target of ['https://example.com/', 'http://docs.developer.tech.gov.sg/', 'file:///etc/hosts', 'https://docs.developer.tech.gov.sg/']) {
    await page.evaluate((url) => {
      window.location.href = url
    }, target)
  }
  const opened = await page.evaluate(() =>
    [window.open('https://evil.example/'), window.open('https://go.gov.sg/seed-techpass-support')].map((w) => w === null),
  )
  expect(opened).toEqual([true, true])
  // The fixture replaced shell.openExternal in the main process with a recorder; only the two allowlisted addresses got there.
  await expect
    .poll(async () => [...(await app.outside()).opened].sort())
    .toEqual(['https://docs.developer.tech.gov.sg/', 'https://go.gov.sg/seed-techpass-support'])
  expect(page.url()).toBe(APP_URL)
  expect(await electronOf(app).evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
})
