import './zod-jitless'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron'
import type { ContractNames } from '../src-shared/bridge'
import { tr } from './i18n/main-i18n'
import { createSenderCheck } from './ipc/sender'
import { cspFor } from './origin/app-origin'
import { launchRefusal } from './origin/debug-switches'
import { registerAppScheme, serveRenderer } from './platform/app-protocol'
import { electronPorts } from './platform/electron-ports'
import { installMenu } from './platform/menu'
import { openExternalSafely } from './platform/shell'
import { dispatchAfterStart, logLine as log, prepareStart, speakSystemLanguage, startCore } from './start'
import { openConfStore } from './storage/conf-store'
import { applySessionRules, createMainWindow, hardenContents } from './window'

// The contract's channel names, written in at build time (electron.vite.config.ts, as for the preload): registering them
// needs no zod schema, so the contract itself is loaded with the rest of the start, after the window (start.ts).
declare const __TECHPASS_CONTRACT_NAMES__: ContractNames

const TITLE = 'TechPass Onboarding Assistant'
const here = dirname(fileURLToPath(import.meta.url))

function systemLanguages(): string[] {
  try {
    return app.getPreferredSystemLanguages()
  } catch {
    return []
  }
}

const speaking = speakSystemLanguage(systemLanguages())

// An installed copy started for debugging or with its protection off quits before it opens a data folder or a window.
const refusal = launchRefusal({
  isPackaged: app.isPackaged,
  argv: process.argv,
  hasSwitch: (name) => app.commandLine.hasSwitch(name),
  platform: process.platform,
})
if (refusal) {
  // Said in the system's language: its catalog is read first (English is at hand).
  void speaking.then(() => {
    const said = tr(refusal)
    console.error(`[techpass] ${said}`)
    dialog.showErrorBox(TITLE, said)
    app.exit(1)
  })
} else {
  start()
}

function start(): void {
  registerAppScheme()
  // Test hooks are honoured only in an unpackaged build, never in what users install.
  if (!app.isPackaged && process.env.TECHPASS_DATA_DIR) app.setPath('userData', resolve(process.env.TECHPASS_DATA_DIR))
  app.enableSandbox()

  // The lock is per data folder, so two copies never write the same ledger.
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  let win: BrowserWindow | null = null
  const { appUrl, config: checked } = prepareStart(app.isPackaged, process.env)
  // Set once the configuration is read, before the window exists: until then no page can ask to open anything.
  let allowlist: readonly string[] = []
  const openExternal = (url: string) => {
    openExternalSafely(url, allowlist).then(
      (opened) => opened || log('refused to open a link that is not on the allowlist'),
      () => log('the system browser could not be opened'),
    )
  }

  app.on('second-instance', () => {
    if (!win) return
    if (win.isMinimized()) win.restore()
    win.focus()
  })
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, openExternal))
  app.on('window-all-closed', () => app.quit())

  void Promise.all([app.whenReady(), checked]).then(async ([, config]) => {
    allowlist = config.settings.externalAllowlist
    serveRenderer(session.defaultSession, join(here, '../renderer'), cspFor(appUrl))
    applySessionRules(session.defaultSession, appUrl)
    const started = await startCore(config, {
      info: {
        name: TITLE,
        version: app.getVersion(),
        dataDir: app.getPath('userData'),
        isPackaged: app.isPackaged,
        mode: 'electron',
      },
      env: process.env,
      resourcesDir: join(app.getAppPath(), 'resources'),
      systemLanguages: app.getPreferredSystemLanguages(),
      openStore: openConfStore,
      ports: electronPorts(() => win),
      emit: (event, payload) => win?.webContents.send(event, payload),
    })
    if (!started.record.ok) dialog.showErrorBox(TITLE, tr(started.record.error.message))
    installMenu(() => win)
    win = createMainWindow({ preload: join(here, '../preload/index.cjs'), devTools: !app.isPackaged })
    // The rest of the start runs while the page loads. Every channel is handled from now on, and each request waits for
    // it; the page's first request comes after its script has loaded, when the rest is normally done. Who asked is read
    // when the request arrives, not after the wait.
    const dispatching = dispatchAfterStart(
      started,
      createSenderCheck(() => win?.webContents.id, appUrl),
      (said) => dialog.showErrorBox(TITLE, tr(said)),
    )
    for (const channel of __TECHPASS_CONTRACT_NAMES__.channels) {
      ipcMain.handle(channel, (event, input: unknown) => {
        const sender = {
          contentsId: event.sender.id,
          isMainFrame: event.senderFrame !== null && event.senderFrame === event.sender.mainFrame,
          frameUrl: event.senderFrame?.url,
        }
        return dispatching.then((dispatch) => dispatch(channel, input, sender))
      })
    }
    win.on('closed', () => {
      win = null
    })
    void win.loadURL(appUrl)
    // While the page loads, main is idle: the first snapshot is built as soon as the rest of the start is done (it counts
    // today in the system's zone, the process's first Intl use, about 10 ms), so the renderer's first ledger:snapshot is
    // answered from the cache.
    void dispatching.then(() => {
      if (!started.record.ok) return
      try {
        started.record.value.snapshot()
      } catch {
        // The renderer's own read builds it again and reports what went wrong (or, after a failed start, the snapshot's
        // policy texts were never loaded: every request already answers with the internal failure).
      }
    })
  })
}
