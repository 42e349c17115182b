// The main-start bench's child: built by main-start.bench.ts with main's own Vite config (minified, the same plugins) and
// run in a fresh Node process. It does what src-main/index.ts does before createMainWindow, through the same module
// (src-main/start.ts), with the store the app uses (conf), and stops at the window (`window`: startCore has resolved, where index.ts builds the menu and the window) or once the
// first snapshot is ready to send (`reply`: the rest of the start loaded and run, then the renderer's first
// ledger:snapshot answered through the dispatcher, which in the app comes after the window, once the page has loaded). Electron's own work (its binary, app.whenReady) is not in it.
import '../../src-main/zod-jitless'
import { performance } from 'node:perf_hooks'
import { createSenderCheck } from '../../src-main/ipc/sender'
import { openConfStore } from '../../src-main/storage/conf-store'
import type { Ports } from '../../src-main/ports'
import { finishStart, prepareStart, speakSystemLanguage, startCore } from '../../src-main/start'
import { memoryVault } from '../support/memory-vault'

const [dataDir, resourcesDir, until = 'reply', language = 'en-GB'] = process.argv.slice(2)
if (!dataDir || !resourcesDir || (until !== 'window' && until !== 'reply')) {
  throw new Error('usage: node main-start-child.js <data dir> <resources dir> [window|reply] [system language]')
}

const report = (events: number | undefined) => {
  const readyMs = performance.now()
  const cpu = process.cpuUsage()
  process.stdout.write(`${JSON.stringify({ readyMs, cpuMs: (cpu.user + cpu.system) / 1000, events })}\n`)
}
// Work the start left for after the current task (the ledger's checkpoint, on a first start) runs before the exit, as it
// would in the app, which keeps running.
const exit = () => new Promise((done) => setImmediate(done)).then(() => process.exit(0))

// A start never uses these; they fail loudly if it ever does.
const unused = (name: string) => () => Promise.reject(new Error(`the start used ${name}`))
const ports: Ports = {
  vault: memoryVault(),
  shell: { openExternal: unused('shell.openExternal'), showItemInFolder: () => {} },
  clipboard: { writeText: unused('clipboard') },
  files: { save: unused('files.save'), open: unused('files.open') },
  printer: { toPdf: unused('printer') },
}

const systemLanguages = [language]
void speakSystemLanguage(systemLanguages)
// No test hooks from the bench runner's environment: the configuration is read as an unpackaged build with none set.
const env = {}
const { appUrl, config } = prepareStart(false, env, () => {})
const started = await startCore(await config, {
  info: { name: 'TechPass Onboarding Assistant', version: '0.0.0-bench', dataDir, isPackaged: false, mode: 'electron' },
  env,
  resourcesDir,
  systemLanguages,
  openStore: openConfStore,
  ports,
  emit: () => {},
  log: () => {},
})
if (until === 'window') {
  // The window's point: what index.ts has before it builds the window (the ledger open and folded, the catalog read).
  report(started.record.ok ? started.record.value.head().eventCount : undefined)
  await exit()
}
// After the window, as index.ts does: the rest of the start (its own chunk), then the renderer's first read.
const core = await finishStart(started)
const dispatch = core.dispatcher(createSenderCheck(() => 1, appUrl))
const reply = await dispatch('ledger:snapshot', undefined, { contentsId: 1, isMainFrame: true, frameUrl: appUrl })
if (!reply.ok) throw new Error(`no snapshot: ${JSON.stringify(reply.error)}`)
report((reply.value as { eventCount?: number }).eventCount)
await exit()
