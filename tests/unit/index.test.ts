import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { channelNames } from '../../src-shared/contract'
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
    whenReady: vi.fn(() => new Promise<void>(() => {})),
  }
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
    },
  }
  return {
    app,
    BrowserWindow,
    windows,
    session,
    ipcMain: { handle: vi.fn() },
    dialog: { showErrorBox: vi.fn() },
    shell: { openExternal: vi.fn(async () => {}) },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
  }
})

vi.mock('electron', () => ({
  app: electron.app,
  BrowserWindow: electron.BrowserWindow,
  ipcMain: electron.ipcMain,
  session: electron.session,
  dialog: electron.dialog,
  shell: electron.shell,
  Menu: electron.Menu,
}))
// electron-store loads the real electron package, which is not installed; conf has the same format.
vi.mock('../../src-main/platform/electron-store', async () => ({
  openElectronStore: (await import('../../src-main/ledger/conf-store')).openConfStore,
}))

const tempDir = useTempDirs()

async function start(options: { packaged?: boolean; dataDir?: string; lock?: boolean; ready?: boolean } = {}) {
  electron.app.isPackaged = options.packaged ?? false
  vi.stubEnv('TECHPASS_DATA_DIR', options.dataDir)
  electron.app.requestSingleInstanceLock.mockReturnValue(options.lock ?? true)
  if (options.ready) electron.app.whenReady.mockResolvedValue(undefined)
  vi.resetModules()
  await import('../../src-main/index')
  if (options.ready) await new Promise((done) => setImmediate(done))
}

const appListener = (name: string) => electron.app.on.mock.calls.find(([event]) => event === name)?.[1] as Listener

beforeEach(() => {
  vi.clearAllMocks()
  electron.windows.length = 0
  electron.app.whenReady.mockImplementation(() => new Promise<void>(() => {}))
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined)
  vi.stubEnv('E2E_NOW', undefined)
})

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('main process start-up', () => {
  it('uses TECHPASS_DATA_DIR as userData in an unpackaged build, before taking the lock', async () => {
    await start({ dataDir: 'tmp/e2e-data' })
    expect(electron.app.setPath).toHaveBeenCalledExactlyOnceWith('userData', resolve('tmp/e2e-data'))
    expect(electron.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(
      electron.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!,
    )
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
    expect(appUrl).toMatch(/^file:\/\/.*\/renderer\/index\.html$/)
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
    expect(log).toHaveBeenCalledTimes(3)
    expect(log).toHaveBeenLastCalledWith('[techpass] refused a request from an unknown sender (app:info)')
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
})
