import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Session, WebContents } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { APP_URL } from '../../src-main/origin/app-origin'
import { applySessionRules, createMainWindow, hardenContents, isLocalRequest } from '../../src-main/window'

const electron = vi.hoisted(() => {
  const created: { options: Record<string, unknown>; once: ReturnType<typeof vi.fn>; show: ReturnType<typeof vi.fn> }[] = []
  const BrowserWindow = vi.fn(function (this: (typeof created)[number], options: Record<string, unknown>) {
    this.options = options
    this.once = vi.fn()
    this.show = vi.fn()
    created.push(this)
  })
  return { BrowserWindow, created }
})
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow }))

type Listener = (...args: unknown[]) => unknown

beforeEach(() => {
  vi.clearAllMocks()
  electron.created.length = 0
})

describe('createMainWindow', () => {
  it('creates one window with the hardened web preferences', () => {
    const win = createMainWindow({ preload: '/app/out/preload/index.cjs', devTools: false })
    expect(electron.BrowserWindow).toHaveBeenCalledTimes(1)
    const { webPreferences } = electron.created[0]!.options as { webPreferences: Record<string, unknown> }
    expect(webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    })
    expect(webPreferences.experimentalFeatures).not.toBe(true)
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures')
    expect(webPreferences).not.toHaveProperty('additionalArguments')
    expect(win).toBe(electron.created[0])
  })

  it('passes devTools through and shows the window only once it is ready', () => {
    createMainWindow({ preload: '/p.cjs', devTools: true })
    const win = electron.created[0]!
    expect((win.options.webPreferences as Record<string, unknown>).devTools).toBe(true)
    expect(win.options.show).toBe(false)
    expect(win.once).toHaveBeenCalledWith('ready-to-show', expect.any(Function))
    expect(win.show).not.toHaveBeenCalled()
    ;(win.once.mock.calls[0]![1] as () => void)()
    expect(win.show).toHaveBeenCalledTimes(1)
  })
})

function fakeContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: Listener | undefined
  const contents = {
    on: vi.fn((name: string, listener: Listener) => listeners.set(name, listener)),
    setWindowOpenHandler: vi.fn((handler: Listener) => {
      openHandler = handler
    }),
  }
  const openExternal = vi.fn<(url: string) => void>()
  hardenContents(contents as unknown as WebContents, openExternal)
  const fire = (name: string, ...args: unknown[]) => {
    const event = { preventDefault: vi.fn() }
    const listener = listeners.get(name)
    if (!listener) throw new Error(`no ${name} listener`)
    listener(event, ...args)
    return event
  }
  return { fire, openExternal, openWindow: (url: string) => openHandler?.({ url }) }
}

describe('hardenContents', () => {
  it.each(['https://docs.developer.tech.gov.sg/', 'https://evil.example/', APP_URL, 'file:///etc/passwd', 'javascript:alert(1)'])(
    'prevents navigation to %s and hands the URL to openExternal',
    (url) => {
      const { fire, openExternal } = fakeContents()
      const event = fire('will-navigate', url)
      expect(event.preventDefault).toHaveBeenCalledTimes(1)
      expect(openExternal).toHaveBeenCalledExactlyOnceWith(url)
    },
  )

  it('prevents redirects and webviews without opening anything', () => {
    const { fire, openExternal } = fakeContents()
    expect(fire('will-redirect', 'https://evil.example/').preventDefault).toHaveBeenCalledTimes(1)
    expect(fire('will-attach-webview', {}, {}).preventDefault).toHaveBeenCalledTimes(1)
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('denies every new window and hands its URL to openExternal', () => {
    const { openWindow, openExternal } = fakeContents()
    expect(openWindow('https://go.gov.sg/seed-techpass-support')).toEqual({ action: 'deny' })
    expect(openWindow('about:blank')).toEqual({ action: 'deny' })
    expect(openExternal.mock.calls).toEqual([['https://go.gov.sg/seed-techpass-support'], ['about:blank']])
  })
})

function fakeSession(appUrl: string) {
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
  }
  applySessionRules(session as unknown as Session, appUrl)
  const handler = (mock: ReturnType<typeof vi.fn>) => mock.mock.calls[0]![0] as Listener
  const decide = (url: string) => {
    const callback = vi.fn()
    handler(session.webRequest.onBeforeRequest)({ url, resourceType: 'other' }, callback)
    expect(callback).toHaveBeenCalledTimes(1)
    return callback.mock.calls[0]![0] as { cancel: boolean }
  }
  return { session, handler, decide }
}

describe('applySessionRules', () => {
  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen'])(
    'refuses the %s permission request and check',
    (permission) => {
      const { session, handler } = fakeSession(APP_URL)
      const callback = vi.fn()
      handler(session.setPermissionRequestHandler)({}, permission, callback, {})
      expect(callback).toHaveBeenCalledExactlyOnceWith(false)
      expect(handler(session.setPermissionCheckHandler)({}, permission, 'app://techpass', {})).toBe(false)
    },
  )

  it.each([
    'https://docs.developer.tech.gov.sg/',
    'http://example.com/tracker.gif',
    'http://localhost:5173/src/main.tsx',
    'HTTPS://EXAMPLE.COM/',
    'wss://example.com/socket',
    'ftp://example.com/file',
    // file: is never the app any more: not its own page, not a script in /tmp, not a protocol-relative image.
    'file:///app/out/renderer/index.html',
    'file:///tmp/x.js',
    'file://evil.example/x.png',
    'app://evil.example/x.png',
    'app://techpass:8080/index.html',
    'app://user@techpass/index.html',
    'not a url',
  ])('cancels %s when the app is served from its own origin', (url) => {
    expect(fakeSession(APP_URL).decide(url)).toEqual({ cancel: true })
  })

  it.each([APP_URL, 'app://techpass/assets/index-abc.js', 'data:image/png;base64,AAAA', 'blob:app://techpass/1234-5678'])('allows %s', (url) => {
    expect(fakeSession(APP_URL).decide(url)).toEqual({ cancel: false })
  })

  it('refuses file: even while developing', () => {
    expect(isLocalRequest('file:///etc/passwd', 'http://localhost:5173/')).toBe(false)
    expect(isLocalRequest('file:///app/out/renderer/index.html', 'http://localhost:5173/')).toBe(false)
  })

  it('allows only the dev server origin while developing', () => {
    const { decide } = fakeSession('http://localhost:5173/')
    expect(decide('http://localhost:5173/src/main.tsx')).toEqual({ cancel: false })
    expect(decide('http://localhost:5174/')).toEqual({ cancel: true })
    expect(decide('https://example.com/')).toEqual({ cancel: true })
    expect(decide('ws://evil.example:5173/')).toEqual({ cancel: true })
    expect(decide(APP_URL)).toEqual({ cancel: true })
  })

  // The dev CSP allows `connect-src ws:` for hot reload, so the request filter must let that socket through too.
  it("while developing, lets the dev server's hot-reload websocket through", () => {
    expect(fakeSession('http://localhost:5173/').decide('ws://localhost:5173/?token=abc')).toEqual({ cancel: false })
  })

  it('adds a strict Content-Security-Policy header and keeps the other headers', () => {
    const { session, handler } = fakeSession(APP_URL)
    const callback = vi.fn()
    handler(session.webRequest.onHeadersReceived)({ url: APP_URL, responseHeaders: { 'X-Test': ['1'] } }, callback)
    const { responseHeaders } = callback.mock.calls[0]![0] as { responseHeaders: Record<string, string[]> }
    expect(responseHeaders['X-Test']).toEqual(['1'])
    const csp = responseHeaders['Content-Security-Policy']
    expect(csp).toHaveLength(1)
    expect(csp![0]).toContain("default-src 'self'")
    expect(csp![0]).toContain("script-src 'self'")
    expect(csp![0]).toContain("connect-src 'none'")
    expect(csp![0]).not.toMatch(/unsafe-inline|unsafe-eval|\*/)
  })
})

describe('the renderer page', () => {
  it('carries a meta CSP with scripts from self only', () => {
    const html = readFileSync(resolve('src-renderer/index.html'), 'utf8')
    const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)
    expect(match).not.toBeNull()
    const policy = match![1]!
    const directive = (name: string) =>
      policy
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith(`${name} `))
    expect(directive('default-src')).toBe("default-src 'self'")
    expect(directive('script-src')).toBe("script-src 'self'")
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
  })
})
