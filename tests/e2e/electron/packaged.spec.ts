import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { FuseState } from '@electron/fuses/dist/constants.js'
import { test, expect } from '../fixtures'
import { onlyInElectron } from './electron-test'
import { findPackagedApp, installedDataDir } from './packaged-app'
import { launch } from './processes'
import type { Launched } from './processes'

onlyInElectron()
// One installed data folder and one single-instance lock on Windows and macOS: these checks take turns, and a failure does not skip the rest.
test.describe.configure({ mode: 'default' })

// An installed copy refuses Playwright's debugging switches (and its fuses turn them off), so it is driven from outside.
const builder = JSON.parse(readFileSync('electron-builder.json', 'utf8')) as { electronFuses: Record<string, boolean> }
const STARTED = /ignored ELECTRON_RENDERER_URL: an installed copy loads only its own files/
const scratch: string[] = []
const running: Launched[] = []
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  scratch.push(dir)
  return dir
}

// Linux: the installed data folder moves into a temporary folder. Windows and macOS: the real one, removed after only if we made it.
function installedEnv(): { env: NodeJS.ProcessEnv; dataDir: string; cleanUp(): void } {
  const base: NodeJS.ProcessEnv = { ...process.env, ELECTRON_RENDERER_URL: 'http://127.0.0.1:9/' }
  for (const hook of ['TECHPASS_DATA_DIR', 'E2E_NOW', 'TECHPASS_CONFIG', 'ELECTRON_RUN_AS_NODE', 'NODE_OPTIONS']) delete base[hook]
  if (process.platform === 'linux') base.XDG_CONFIG_HOME = temp('techpass-packaged-home-')
  const dataDir = installedDataDir(base)
  const existed = existsSync(dataDir)
  return { env: base, dataDir, cleanUp: () => existed || rmSync(dataDir, { recursive: true, force: true }) }
}

const freshEntries = (dir: string, since: number) =>
  existsSync(dir) ? readdirSync(dir).filter((name) => statSync(join(dir, name)).mtimeMs >= since - 1_000).length : 0

const start = (args: string[], env: NodeJS.ProcessEnv) => {
  const launched = launch(findPackagedApp().executable, args, env)
  running.push(launched)
  return launched
}

test.afterEach(async () => {
  await Promise.all(running.splice(0).map((l) => l.stop()))
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true })
})

test('the fuses read back as electron-builder.json sets them, and the app is loaded only from app.asar', async () => {
  const { executable, resources } = findPackagedApp()
  const wire = await getCurrentFuseWire(executable)
  const actual: Record<string, boolean> = {}
  for (const key of Object.keys(builder.electronFuses)) {
    const option = FuseV1Options[(key.charAt(0).toUpperCase() + key.slice(1)) as keyof typeof FuseV1Options]
    expect(option, `${key} is a fuse @electron/fuses knows`).toBeDefined()
    actual[key] = wire[option] === FuseState.ENABLE
    expect([FuseState.ENABLE, FuseState.DISABLE], `${key} is set, not inherited or removed`).toContain(wire[option])
  }
  expect(actual).toEqual(builder.electronFuses)
  expect(existsSync(join(resources, 'app.asar'))).toBe(true)
  expect(existsSync(join(resources, 'app'))).toBe(false)
})

test('an installed copy refuses to start with a debugging switch', async () => {
  const { env } = installedEnv()
  for (const option of ['--remote-debugging-port=0', '--inspect=0']) {
    const name = option.slice(0, option.indexOf('='))
    const app = start([option], env)
    await app.waitFor(new RegExp(`cannot start with the debugging option ${name}`))
    expect(app.output()).not.toMatch(/DevTools listening on|Debugger listening on/)
    // Linux prints the message; Windows and macOS also show it in a dialog, which waits for the user.
    if (process.platform === 'linux') expect(await app.exited(10_000)).toBe(1)
    await app.stop()
  }
})

test('an installed copy refuses to start with its protection turned off', async () => {
  const { env } = installedEnv()
  for (const option of ['--no-sandbox', '--js-flags=--expose-gc', '--disable-web-security']) {
    const name = option.split('=')[0]!
    const app = start([option], env)
    await app.waitFor(new RegExp(`cannot start with the option ${name}, because it turns off protection`))
    expect(app.output()).not.toMatch(STARTED)
    if (process.platform === 'linux') expect(await app.exited(10_000)).toBe(1)
    await app.stop()
  }
})

test('ELECTRON_RUN_AS_NODE and NODE_OPTIONS are ignored', async () => {
  const { env, cleanUp } = installedEnv()
  const dir = temp('techpass-packaged-fuses-')
  const ranAsNode = join(dir, 'ran-as-node')
  const required = join(dir, 'node-options-ran')
  const hook = join(dir, 'hook.cjs')
  writeFileSync(hook, `require('fs').writeFileSync(${JSON.stringify(required)}, 'ran')\n`)
  try {
    const app = start(['-e', `require('fs').writeFileSync(${JSON.stringify(ranAsNode)}, 'ran')`], {
      ...env,
      ELECTRON_RUN_AS_NODE: '1',
      NODE_OPTIONS: `--require ${JSON.stringify(hook)}`,
    })
    // The app's own start-up line: it ran as the app, not as Node, and after anything NODE_OPTIONS could have loaded.
    await app.waitFor(STARTED)
    expect(existsSync(ranAsNode)).toBe(false)
    expect(existsSync(required)).toBe(false)
  } finally {
    await Promise.all(running.splice(0).map((l) => l.stop()))
    cleanUp()
  }
})

test('the test hooks are ignored: TECHPASS_DATA_DIR, E2E_NOW, TECHPASS_CONFIG and ELECTRON_RENDERER_URL', async () => {
  const { env, dataDir, cleanUp } = installedEnv()
  const hooksDir = temp('techpass-packaged-hook-data-')
  const configFile = join(temp('techpass-packaged-config-'), 'config.json')
  writeFileSync(configFile, '{ this is not json')
  const requests: string[] = []
  const server = createServer((request, response) => {
    requests.push(request.url ?? '')
    response.end('<!doctype html><title>dev server</title>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  const startedAt = Date.now()
  try {
    const app = start([], {
      ...env,
      TECHPASS_DATA_DIR: hooksDir,
      E2E_NOW: '2020-01-01T00:00:00.000Z',
      TECHPASS_CONFIG: configFile,
      ELECTRON_RENDERER_URL: `http://127.0.0.1:${port}/`,
    })
    await app.waitFor(STARTED)
    // Started for real: Chromium fills the installed data folder; with the hook honoured it would fill hooksDir instead.
    await expect.poll(() => freshEntries(dataDir, startedAt), { timeout: 20_000 }).toBeGreaterThan(0)
    expect(readdirSync(hooksDir)).toEqual([])
    expect(requests).toEqual([])
    expect(app.output()).not.toContain(configFile)
    expect(app.output()).not.toContain('not valid JSON')
  } finally {
    await Promise.all(running.splice(0).map((l) => l.stop()))
    server.close()
    cleanUp()
  }
})

test('a second launch exits at once while the first keeps running', async () => {
  const { env, cleanUp } = installedEnv()
  try {
    const first = start([], env)
    // The line comes right after the single-instance lock is taken.
    await first.waitFor(STARTED)
    const second = start([], env)
    expect(await second.exited(20_000), second.output()).toBe(0)
    expect(await first.exited(2_000)).toBeNull()
  } finally {
    await Promise.all(running.splice(0).map((l) => l.stop()))
    cleanUp()
  }
})
