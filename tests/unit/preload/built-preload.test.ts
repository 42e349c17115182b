import { beforeAll, describe, expect, it, vi } from 'vitest'
import { channelNames, eventNames } from '../../../src-shared/contract'
import { buildTarget, chunks } from '../support/build-target'
import type { Built } from '../support/build-target'

// The preload as `npm run build` makes it (electron.vite.config.ts), run against a mocked electron.
let built: Built[]
beforeAll(async () => {
  built = await buildTarget('preload')
}, 120_000)

type Api = Record<string, Record<string, (arg?: unknown) => unknown>>

function run(code: string) {
  const electron = {
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: null })), on: vi.fn(), removeListener: vi.fn() },
  }
  const required: string[] = []
  const require = (id: string) => {
    required.push(id)
    if (id === 'electron') return electron
    throw new Error(`the preload asked for ${id}`)
  }
  const module = { exports: {} }
  new Function('require', 'module', 'exports', code)(require, module, module.exports)
  const api = electron.contextBridge.exposeInMainWorld.mock.calls[0]![1] as Api
  return { api, electron, required }
}

describe('the built preload', () => {
  it('is one file that bundles no package: no zod, no contract schemas', () => {
    const files = chunks(built)
    expect(files.map((c) => c.fileName)).toEqual(['index.cjs'])
    expect(files[0]!.moduleIds.filter((id) => id.includes('node_modules'))).toEqual([])
    expect(files[0]!.moduleIds.some((id) => id.endsWith('src-shared/contract.ts'))).toBe(false)
  })

  it('requires electron and nothing else', () => {
    const { required } = run(chunks(built)[0]!.code)
    expect(required).toEqual(['electron'])
  })

  it('invokes exactly the contract’s channels and listens on exactly its events', async () => {
    const { api, electron } = run(chunks(built)[0]!.code)
    for (const domain of Object.values(api)) {
      for (const [key, fn] of Object.entries(domain)) await (key.startsWith('on') ? fn(() => {}) : fn())
    }
    const invoked = electron.ipcRenderer.invoke.mock.calls.map((call) => (call as unknown[])[0])
    const listened = electron.ipcRenderer.on.mock.calls.map((call) => (call as unknown[])[0])
    expect([...invoked].sort()).toEqual([...channelNames].sort())
    expect([...listened].sort()).toEqual([...eventNames].sort())
  })
})
