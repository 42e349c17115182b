import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CSP } from '../../../src-main/origin/app-origin'
import { test, expect } from '../fixtures'
import { electronOf, onlyInElectron } from './electron-test'

onlyInElectron()

const APP_URL = 'app://techpass/index.html'
type InvokeHandler = (event: unknown, input: unknown) => Promise<void>

test('the CSP header is on the app’s own pages and scripts, and the page enforces it', async ({ app }) => {
  const page = app.page
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // Fetched through the app's own session, so the app:// handler and the session's header rules both apply.
  const responses = await electronOf(app).evaluate(async ({ session }, url) => {
    const get = async (target: string) => {
      const response = await session.defaultSession.fetch(target)
      return { url: target, status: response.status, csp: response.headers.get('content-security-policy'), body: await response.text() }
    }
    const index = await get(url)
    const script = /<script[^>]+src="([^"]+)"/.exec(index.body)?.[1]
    const asset = script ? await get(new URL(script, url).href) : null
    return [index, asset].map((r) => r && { url: r.url, status: r.status, csp: r.csp })
  }, APP_URL)
  expect(responses[0]).toEqual({ url: APP_URL, status: 200, csp: CSP })
  expect(responses[1]).toMatchObject({ status: 200, csp: CSP })
  expect(responses[1]!.url).toMatch(/^app:\/\/techpass\/.+\.js$/)

  const enforced = await page.evaluate(() => {
    let evalRan: boolean
    try {
      evalRan = (0, eval)('true') === true
    } catch {
      evalRan = false
    }
    const inline = document.createElement('script')
    inline.textContent = 'window.__inlineRan = true'
    document.head.append(inline)
    return { evalRan, inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true }
  })
  expect(enforced).toEqual({ evalRan: false, inlineRan: false })
})

test('IPC from another window, or from a frame that is not the app’s main frame, is refused', async ({ app }) => {
  const page = app.page
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const electron = electronOf(app)

  // A second window on the app's own page, whose preload hands the page a raw invoke: a real IPC call from another sender.
  const preload = join(app.saveDir, 'raw-invoke-preload.cjs')
  writeFileSync(
    preload,
    "const { contextBridge, ipcRenderer } = require('electron')\ncontextBridge.exposeInMainWorld('rawInvoke', (c, i) => ipcRenderer.invoke(c, i))\n",
  )
  const fromOtherWindow = await electron.evaluate(
    async ({ BrowserWindow }, { preload, url }) => {
      const other = new BrowserWindow({ show: false, webPreferences: { preload, sandbox: true, contextIsolation: true } })
      try {
        await other.loadURL(url)
        return (await other.webContents.executeJavaScript("window.rawInvoke('ledger:snapshot')")) as unknown
      } finally {
        other.destroy()
      }
    },
    { preload, url: APP_URL },
  )
  expect(fromOtherWindow).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })

  // A child frame of our own window has no preload, so it cannot send at all; the handler the app registered is
  // called here as Electron calls it (ipcMain's own handler table), once with the main frame and once with the child.
  const byFrame = await electron.evaluate(async ({ BrowserWindow, ipcMain }) => {
    const [win] = BrowserWindow.getAllWindows()
    if (!win) throw new Error('no window')
    await win.webContents.executeJavaScript("document.body.appendChild(document.createElement('iframe')); true")
    const child = win.webContents.mainFrame.frames[0]
    const handler = (ipcMain as unknown as { _invokeHandlers: Map<string, InvokeHandler> })._invokeHandlers.get('ledger:snapshot')
    if (!handler) throw new Error('ledger:snapshot has no handler')
    const call = (senderFrame: Electron.WebFrameMain) =>
      new Promise((resolve, reject) => {
        void handler(
          { sender: win.webContents, senderFrame, processId: senderFrame.processId, frameId: senderFrame.routingId, _reply: resolve, _throw: reject },
          undefined,
        )
      })
    return { main: (await call(win.webContents.mainFrame)) as { ok: boolean }, child: child ? await call(child) : 'no child frame was created' }
  })
  expect(byFrame.main.ok).toBe(true)
  expect(byFrame.child).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
})
