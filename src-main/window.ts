import { BrowserWindow } from 'electron'
import type { Session, WebContents } from 'electron'
import { parseUrl } from '../src-shared/url'
import { cspFor, isDevServerUrl } from './origin/app-origin'

interface WindowOptions {
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

// The app is offline: only its own origin loads (never file:), every permission is refused, and a CSP header is set.
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
  const target = parseUrl(url)
  const app = parseUrl(appUrl)
  if (!target || !app) return false
  if (['data:', 'blob:', 'devtools:'].includes(target.protocol)) return true
  if (target.protocol === app.protocol && target.host === app.host && !target.username && !target.password) return true
  // While developing: the dev server's hot-reload websocket on the same host and port.
  return isDevServerUrl(appUrl) && (target.protocol === 'ws:' || target.protocol === 'wss:') && target.host === app.host
}
