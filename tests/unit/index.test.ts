import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { channelNames } from '../../src-shared/contract'
import { CONTRACT_NAMES_GLOBAL, contractNamesDefine } from '../../src-preload/contract-names'
import { useTempDirs } from './support/temp-dir'

type Listener = (...args: unknown[]) => unknown

const electron = vi.hoisted(() => {
  const windows: { webContents: { id: number; send: ReturnType<typeof vi.fn> }; loadURL: ReturnType<typeof vi.fn> }[] = []
  const BrowserWindow = vi.fn(function (this: Record<string, unknown>) {
    Object.assign(this, {
      webContents: { id: 5, send: vi.fn() },
      once: vi.fn(),
      on: vi.fn(),
      show: vi.fn(),
      focus: vi.fn(),
      restore: vi.fn(),
      isMinimized: vi.fn(() => false),
      loadURL: vi.fn(async () => {}),
    })
    windows.push(this as unknown as (typeof windows)[number])
  })
  const app = {
    isPackaged: false,
    setPath: vi.fn(),
    getPath: vi.fn(() => '/unused'),
    getVersion: vi.fn(() => '9.9.9'),
    getAppPath: vi.fn(() => process.cwd()),
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    on: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
    commandLine: { hasSwitch: vi.fn((_name: string) => false) },
    getPreferredSystemLanguages: vi.fn(() => ['en-GB']),
    whenReady: vi.fn(() => new Promise<void>(() => {})),
  }
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
      protocol: { handle: vi.fn() },
    },
  }
  return {
    app,
    BrowserWindow,
    windows,
    session,
    // Every way main can listen on IPC is recorded, so a listener that is not the contract's shows up.
    ipcMain: { handle: vi.fn(), handleOnce: vi.fn(), on: vi.fn(), once: vi.fn(), addListener: vi.fn(), prependListener: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn() },
    dialog: { showErrorBox: vi.fn() },
    shell: { openExternal: vi.fn(async () => {}) },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
  }
})

// The second half of the start (core-services.ts), loaded with import() after the window: a test holds it back, or
// makes loading it fail as a damaged install would (vi.doMock: only the imports after it, in that test).
const CORE_SERVICES = '../../src-main/core-services'
function secondHalf(held: Promise<void>, broken = false) {
  vi.doMock(CORE_SERVICES, async (importOriginal) => {
    await held
    if (broken) throw new Error('the chunk could not be read')
    return importOriginal()
  })
  onTestFinished(() => void vi.doUnmock(CORE_SERVICES))
}

// Electron's module is CommonJS, so a package that imports its default export gets the same objects.
vi.mock('electron', () => {
  const { app, BrowserWindow, ipcMain, session, protocol, dialog, shell, Menu } = electron
  const exports = { app, BrowserWindow, ipcMain, session, protocol, dialog, shell, Menu }
  return { ...exports, default: exports }
})

const tempDir = useTempDirs()

interface StartOptions {
  packaged?: boolean
  dataDir?: string
  lock?: boolean
  ready?: boolean
  rendererUrl?: string
  argv?: string[]
}

async function start(options: StartOptions = {}) {
  electron.app.isPackaged = options.packaged ?? false
  vi.stubEnv('TECHPASS_DATA_DIR', options.dataDir)
  vi.stubEnv('ELECTRON_RENDERER_URL', options.rendererUrl)
  process.argv = [...ARGV, ...(options.argv ?? [])]
  electron.app.requestSingleInstanceLock.mockReturnValue(options.lock ?? true)
  if (options.ready) electron.app.whenReady.mockResolvedValue(undefined)
  vi.resetModules()
  await import('../../src-main/index')
  if (options.ready) await new Promise((done) => setImmediate(done))
}

const ARGV = [...process.argv]
const appListener = (name: string) => electron.app.on.mock.calls.find(([event]) => event === name)?.[1] as Listener

beforeEach(() => {
  vi.clearAllMocks()
  // What main's build writes in (electron.vite.config.ts): index.ts registers the channels from these names.
  vi.stubGlobal(CONTRACT_NAMES_GLOBAL, JSON.parse(contractNamesDefine[CONTRACT_NAMES_GLOBAL]!))
  electron.windows.length = 0
  electron.app.whenReady.mockImplementation(() => new Promise<void>(() => {}))
  electron.app.commandLine.hasSwitch.mockImplementation(() => false)
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined)
  vi.stubEnv('E2E_NOW', undefined)
})

afterEach(() => {
  vi.unstubAllEnvs()
  process.argv = [...ARGV]
})

describe('main process start-up', () => {
  it('uses TECHPASS_DATA_DIR as userData in an unpackaged build, before taking the lock', async () => {
    await start({ dataDir: 'tmp/e2e-data' })
    expect(electron.app.setPath).toHaveBeenCalledExactlyOnceWith('userData', resolve('tmp/e2e-data'))
    expect(electron.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(electron.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!)
    expect(electron.app.enableSandbox).toHaveBeenCalledTimes(1)
  })

  it('ignores TECHPASS_DATA_DIR in a packaged build', async () => {
    await start({ packaged: true, dataDir: '/tmp/attacker-chosen' })
    expect(electron.app.setPath).not.toHaveBeenCalled()
    expect(electron.app.enableSandbox).toHaveBeenCalledTimes(1)
  })

  it('leaves userData alone when TECHPASS_DATA_DIR is not set', async () => {
    await start()
    expect(electron.app.setPath).not.toHaveBeenCalled()
  })

  it('quits, and sets nothing up, when another instance holds the lock', async () => {
    await start({ lock: false })
    expect(electron.app.quit).toHaveBeenCalledTimes(1)
    expect(electron.app.whenReady).not.toHaveBeenCalled()
    expect(electron.app.on).not.toHaveBeenCalled()
  })

  it('with the lock, waits for ready and hardens every new webContents', async () => {
    await start()
    expect(electron.app.quit).not.toHaveBeenCalled()
    expect(electron.app.whenReady).toHaveBeenCalledTimes(1)
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() }
    appListener('web-contents-created')({}, contents)
    expect(contents.on).toHaveBeenCalledWith('will-navigate', expect.any(Function))
    expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1)
    appListener('window-all-closed')()
    expect(electron.app.quit).toHaveBeenCalledTimes(1)
  })
})

describe('main process once ready', () => {
  it('binds every contract channel and answers only our main frame', async () => {
    const dataDir = tempDir()
    electron.app.getPath.mockReturnValue(dataDir)
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    await start({ ready: true })
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled()
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledTimes(1)
    expect(electron.ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual([...channelNames].sort())

    const win = electron.windows[0]!
    const appUrl = win.loadURL.mock.calls[0]![0] as string
    expect(appUrl).toBe('app://techpass/index.html')
    const handler = electron.ipcMain.handle.mock.calls.find(([channel]) => channel === 'app:info')![1] as Listener
    const mainFrame = { url: appUrl }
    const ask = (senderFrame: unknown, id = win.webContents.id) =>
      handler({ sender: { id, mainFrame }, senderFrame }, undefined) as Promise<{ ok: boolean; value?: { dataDir: string } }>

    const answer = await ask(mainFrame)
    expect(answer.ok).toBe(true)
    expect(answer.value?.dataDir).toBe(dataDir)
    expect((await ask({ url: appUrl })).ok).toBe(false)
    expect((await ask(null)).ok).toBe(false)
    expect((await ask(mainFrame, 99)).ok).toBe(false)
    // Same window and frame, but the frame shows another origin's page.
    const elsewhere = { url: 'app://evil/index.html' }
    expect(((await handler({ sender: { id: win.webContents.id, mainFrame: elsewhere }, senderFrame: elsewhere }, undefined)) as { ok: boolean }).ok).toBe(false)
    expect(log).toHaveBeenCalledTimes(4)
    expect(log).toHaveBeenLastCalledWith('[techpass] refused a request from an unknown sender (app:info)')
  })

  // electron-store answered 'electron-store-get-data' (userData and the app version) to any renderer, outside the
  // contract and its sender check. The side files are now written by conf itself, which listens to nothing.
  it('its stores register no IPC listener: only the contract’s channels are bound, and a choice still lands in userData', async () => {
    const dataDir = tempDir()
    electron.app.getPath.mockReturnValue(dataDir)
    vi.spyOn(console, 'log').mockImplementation(() => {})
    await start({ ready: true })
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled()
    const win = electron.windows[0]!
    const mainFrame = { url: win.loadURL.mock.calls[0]![0] as string }
    const handler = (channel: string) => electron.ipcMain.handle.mock.calls.find(([name]) => name === channel)![1] as Listener
    const chosen = (await handler('language:choose')({ sender: { id: win.webContents.id, mainFrame }, senderFrame: mainFrame }, { language: 'vi' })) as {
      ok: boolean
    }
    expect(chosen.ok).toBe(true)
    const kept = (await handler('drafts:save')(
      { sender: { id: win.webContents.id, mainFrame }, senderFrame: mainFrame },
      { form: 'request', values: { mobile: '+65' } },
    )) as { ok: boolean; value: { kept: boolean } }
    expect(kept).toEqual({ ok: true, value: { kept: true } })

    for (const way of ['on', 'once', 'addListener', 'prependListener', 'handleOnce'] as const) {
      expect(
        electron.ipcMain[way].mock.calls.map(([channel]) => channel),
        way,
      ).toEqual([])
    }
    expect(electron.ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual([...channelNames].sort())
    expect(JSON.parse(readFileSync(join(dataDir, 'preferences.json'), 'utf8'))).toMatchObject({ language: 'vi' })
    expect(JSON.parse(readFileSync(join(dataDir, 'drafts.json'), 'utf8'))).toMatchObject({ forms: { request: { mobile: '+65' } } })
  })

  it('answers a request sent before the rest of the start has loaded once it has, with who asked read on arrival', async () => {
    const dataDir = tempDir()
    electron.app.getPath.mockReturnValue(dataDir)
    vi.spyOn(console, 'log').mockImplementation(() => {})
    let release = () => {}
    secondHalf(new Promise<void>((done) => (release = done)))
    await start({ ready: true })
    const win = electron.windows[0]!
    const mainFrame = { url: win.loadURL.mock.calls[0]![0] as string }
    const handler = electron.ipcMain.handle.mock.calls.find(([channel]) => channel === 'ledger:snapshot')![1] as Listener
    const event = { sender: { id: win.webContents.id, mainFrame }, senderFrame: mainFrame as { url: string } | null }
    const answer = handler(event, undefined) as Promise<{ ok: boolean; value?: { eventCount: number } }>
    // The frame goes away while the request waits: the request was made by the window's own frame, and is answered.
    event.senderFrame = null
    let settled = false
    void answer.then(() => (settled = true))
    await new Promise((done) => setTimeout(done, 20))
    expect(settled).toBe(false)
    release()
    expect(await answer).toMatchObject({ ok: true, value: { eventCount: 0 } })
  })

  it('when the rest of the start cannot be loaded, says so once, and every request still checks its sender and fails plainly', async () => {
    electron.app.getPath.mockReturnValue(tempDir())
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    secondHalf(Promise.resolve(), true)
    await start({ ready: true })
    await vi.waitFor(() => expect(electron.dialog.showErrorBox).toHaveBeenCalledTimes(1))
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'TechPass Onboarding Assistant',
      expect.stringMatching(/^Something went wrong inside the assistant\./),
    )
    expect(log).toHaveBeenCalledWith('[techpass] the rest of the start failed: Error')
    expect(log.mock.calls.flat().join('\n')).not.toContain('could not be read')
    const win = electron.windows[0]!
    const mainFrame = { url: win.loadURL.mock.calls[0]![0] as string }
    const handler = electron.ipcMain.handle.mock.calls.find(([channel]) => channel === 'app:info')![1] as Listener
    const ours = (await handler({ sender: { id: win.webContents.id, mainFrame }, senderFrame: mainFrame }, undefined)) as {
      ok: boolean
      error: { code: string }
    }
    expect(ours).toMatchObject({ ok: false, error: { code: 'internal' } })
    const other = (await handler({ sender: { id: 99, mainFrame }, senderFrame: mainFrame }, undefined)) as { ok: boolean; error: { code: string } }
    expect(other).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
  })

  it('shows an error box when the data folder cannot be used', async () => {
    const notAFolder = join(tempDir(), 'not-a-folder')
    writeFileSync(notAFolder, 'x')
    electron.app.getPath.mockReturnValue(notAFolder)
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    await start({ ready: true })
    expect(electron.dialog.showErrorBox).toHaveBeenCalledExactlyOnceWith('TechPass Onboarding Assistant', expect.stringContaining(notAFolder))
    expect(electron.windows).toHaveLength(1)
    expect(log).toHaveBeenCalledWith('[techpass] ledger could not be opened: Error')
  })

  it('says that error box and builds the menu in the user’s language, its catalog read before the window opens', async () => {
    const notAFolder = join(tempDir(), 'not-a-folder')
    writeFileSync(notAFolder, 'x')
    electron.app.getPath.mockReturnValue(notAFolder)
    electron.app.getPreferredSystemLanguages.mockReturnValue(['vi-VN'])
    vi.spyOn(console, 'log').mockImplementation(() => {})
    try {
      await start({ ready: true })
      await vi.waitFor(() => expect(electron.windows).toHaveLength(1))
    } finally {
      electron.app.getPreferredSystemLanguages.mockReturnValue(['en-GB'])
    }
    const said = electron.dialog.showErrorBox.mock.calls[0]![1] as string
    expect(said).toContain(notAFolder)
    const { english } = await import('../support/english')
    const { say } = await import('../../src-shared/message')
    const { storageFailures } = await import('../../src-shared/messages/storage')
    expect(said).not.toBe(english(say(storageFailures.progressUnavailable, { folder: notAFolder })))
    expect(electron.dialog.showErrorBox.mock.invocationCallOrder[0]).toBeLessThan(electron.BrowserWindow.mock.invocationCallOrder[0]!)
    const menu = electron.Menu.buildFromTemplate.mock.calls.at(-1)![0] as { label?: string }[]
    expect(menu.map((m) => m.label)).not.toContain('View')
  })
})

describe('the app origin', () => {
  it('registers app: as privileged before ready, then serves out/renderer on it with the strict CSP', async () => {
    electron.app.getPath.mockReturnValue(tempDir())
    await start({ ready: true })
    const { registerSchemesAsPrivileged } = electron.protocol
    expect(registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([{ scheme: 'app', privileges: { standard: true, secure: true } }])
    expect(registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(electron.app.whenReady.mock.invocationCallOrder[0]!)
    const { handle } = electron.session.defaultSession.protocol
    expect(handle).toHaveBeenCalledExactlyOnceWith('app', expect.any(Function))
    const served = await (handle.mock.calls[0]![1] as (r: Request) => Promise<Response>)(new Request('app://techpass/index.html'))
    // out/renderer may not be built for unit tests; either way nothing outside it is served.
    expect([200, 404]).toContain(served.status)
    expect((await (handle.mock.calls[0]![1] as (r: Request) => Promise<Response>)(new Request('app://techpass/%2e%2e/main/index.js'))).status).toBe(404)
  })
})

describe('test hooks in a packaged build', () => {
  const loadedUrl = () => electron.windows[0]!.loadURL.mock.calls[0]![0] as string
  const cspHeader = () => {
    const callback = vi.fn()
    const listener = electron.session.defaultSession.webRequest.onHeadersReceived.mock.calls[0]![0] as Listener
    listener({ url: 'app://techpass/index.html', responseHeaders: {} }, callback)
    return (callback.mock.calls[0]![0] as { responseHeaders: Record<string, string[]> }).responseHeaders['Content-Security-Policy']![0]!
  }

  it.each(['http://evil.example/', 'http://localhost:5173/'])('ignores ELECTRON_RENDERER_URL=%s and loads only its own files', async (url) => {
    electron.app.getPath.mockReturnValue(tempDir())
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    await start({ packaged: true, ready: true, rendererUrl: url })
    expect(loadedUrl()).toBe('app://techpass/index.html')
    expect(cspHeader()).not.toMatch(/unsafe-inline|ws:/)
    expect(log).toHaveBeenCalledWith(expect.stringContaining('ignored ELECTRON_RENDERER_URL'))
    // The page named by the variable gets no answer from window.techpass.
    const handler = electron.ipcMain.handle.mock.calls.find(([channel]) => channel === 'app:info')![1] as Listener
    const frame = { url }
    const answer = (await handler({ sender: { id: 5, mainFrame: frame }, senderFrame: frame }, undefined)) as { ok: boolean }
    expect(answer.ok).toBe(false)
  })

  it('honours the dev server in an unpackaged build, with the dev CSP', async () => {
    electron.app.getPath.mockReturnValue(tempDir())
    await start({ ready: true, rendererUrl: 'http://localhost:5173/' })
    expect(loadedUrl()).toBe('http://localhost:5173/')
    expect(cspHeader()).toContain("'unsafe-inline'")
  })

  it.each([['--remote-debugging-port=9222'], ['--remote-debugging-pipe'], ['--inspect'], ['--inspect-brk=9229']])(
    'quits at once when started with %s, with a message and nothing set up',
    async (flag) => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {})
      await start({ packaged: true, argv: [flag], dataDir: '/tmp/ignored' })
      expect(electron.app.exit).toHaveBeenCalledExactlyOnceWith(1)
      const message = electron.dialog.showErrorBox.mock.calls[0]![1] as string
      expect(electron.dialog.showErrorBox).toHaveBeenCalledExactlyOnceWith('TechPass Onboarding Assistant', expect.stringContaining(flag.split('=')[0]!))
      expect(message).toMatch(/^TechPass Onboarding Assistant cannot start/)
      expect(error).toHaveBeenCalledWith(`[techpass] ${message}`)
      for (const untouched of [
        electron.app.setPath,
        electron.app.enableSandbox,
        electron.app.requestSingleInstanceLock,
        electron.app.whenReady,
        electron.protocol.registerSchemesAsPrivileged,
      ]) {
        expect(untouched).not.toHaveBeenCalled()
      }
    },
  )

  it('says the refusal in the system language, its catalog read first, and still sets nothing up', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    electron.app.getPreferredSystemLanguages.mockReturnValueOnce(['vi-VN'])
    await start({ packaged: true, argv: ['--inspect'] })
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledExactlyOnceWith(1))
    const message = electron.dialog.showErrorBox.mock.calls[0]![1] as string
    expect(message).toContain('--inspect')
    expect(message).not.toMatch(/^TechPass Onboarding Assistant cannot start/)
    expect(electron.dialog.showErrorBox.mock.invocationCallOrder[0]).toBeLessThan(electron.app.exit.mock.invocationCallOrder[0]!)
    expect(electron.app.whenReady).not.toHaveBeenCalled()
    expect(electron.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled()
  })

  it('quits when Chromium reports a debugging switch that argv does not show', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    electron.app.commandLine.hasSwitch.mockImplementation((name) => name === 'remote-debugging-pipe')
    await start({ packaged: true })
    expect(electron.app.exit).toHaveBeenCalledExactlyOnceWith(1)
    expect(electron.app.whenReady).not.toHaveBeenCalled()
  })

  it('lets an unpackaged build start with --inspect, for developers', async () => {
    electron.app.commandLine.hasSwitch.mockReturnValue(true)
    await start({ argv: ['--inspect'] })
    expect(electron.app.exit).not.toHaveBeenCalled()
    expect(electron.app.whenReady).toHaveBeenCalledTimes(1)
  })
})
