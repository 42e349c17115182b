import { BrowserWindow } from 'electron'
import type { Session, WebContents } from 'electron'
import { isAppUrl } from './ipc/sender'

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ')

// Only for `npm run dev`: Vite's hot reload needs inline scripts and a websocket. Never used for file: loads.
export const DEV_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
  .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
  .replace("connect-src 'none'", "connect-src 'self' ws:")

export const cspFor = (appUrl: string): string => (appUrl.startsWith('file:') ? CSP : DEV_CSP)

export interface WindowOptions {
  preload: string
  devTools: boolean
}

export function createMainWindow({ preload, devTools }: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 760,
    minHeight: 560,
    show: false,
    title: 'TechPass Onboarding Assistant',
    backgroundColor: '#f4f6f9',
    webPreferences: {
      preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools,
    },
  })
  win.once('ready-to-show', () => win.show())
  return win
}

// Applied to every webContents: no navigation, no new windows, no webviews. Links go to the system browser.
export function hardenContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault()
    openExternal(url)
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    openExternal(url)
    return { action: 'deny' }
  })
}

// The app is offline: only its own files load, every permission is refused, and a CSP header is set.
export function applySessionRules(session: Session, appUrl: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isLocalRequest(details.url, appUrl) })
  })
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [cspFor(appUrl)] } })
  })
}

export function isLocalRequest(url: string, appUrl: string): boolean {
  const scheme = url.slice(0, url.indexOf(':') + 1)
  if (['file:', 'data:', 'blob:', 'devtools:'].includes(scheme)) return true
  if (appUrl.startsWith('file:')) return false
  // While developing: the dev server, and its hot-reload websocket on the same host and port.
  if (isAppUrl(url, appUrl)) return true
  try {
    const target = new URL(url)
    return (target.protocol === 'ws:' || target.protocol === 'wss:') && target.host === new URL(appUrl).host
  } catch {
    return false
  }
}
