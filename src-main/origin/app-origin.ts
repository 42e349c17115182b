import { parseUrl } from '../../src-shared/url'

// The app's own origin: with it, the CSP's 'self' means these files alone, not every file: URL on the disk.
export const APP_SCHEME = 'app'
const APP_HOST = 'techpass'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_URL = `${APP_ORIGIN}/index.html`

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

// Only for `npm run dev`: Vite's hot reload needs inline scripts and a websocket. Never for the app's own origin.
export const DEV_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
  .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
  .replace("connect-src 'none'", "connect-src 'self' ws:")

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

// electron-vite's dev server: plain http on this computer only.
export function isDevServerUrl(url: string): boolean {
  const parsed = parseUrl(url)
  return parsed !== null && parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname) && !parsed.username && !parsed.password
}

export const cspFor = (appUrl: string): string => (isDevServerUrl(appUrl) ? DEV_CSP : CSP)

interface RendererChoice {
  url: string
  /** Why ELECTRON_RENDERER_URL was not used, when it was set; for the log. */
  ignored?: string
}

// ELECTRON_RENDERER_URL is a developer's hook: an installed copy never loads another page.
export function chooseRendererUrl(isPackaged: boolean, envUrl: string | undefined): RendererChoice {
  if (!envUrl) return { url: APP_URL }
  if (isPackaged) return { url: APP_URL, ignored: 'ignored ELECTRON_RENDERER_URL: an installed copy loads only its own files' }
  if (!isDevServerUrl(envUrl)) return { url: APP_URL, ignored: 'ignored ELECTRON_RENDERER_URL: it must be an http address on this computer' }
  return { url: envUrl }
}
