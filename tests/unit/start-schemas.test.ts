import { resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { useTempDirs } from './support/temp-dir'
import { memoryVault } from '../support/memory-vault'

// Which schemas main builds before its window. Building a zod schema is work at every start, so the guide's full schema
// (the shipped guide was checked when the app was built) and the settings' schemas (most machines have no settings file
// and no policies) are built the first time something parses with them. Counted with zod's own hook, which it calls for
// every schema it builds; the modules are imported after the hook is set, so their top-level schemas are counted too.

const tempDir = useTempDirs()
// Each test loads the modules afresh, so a module's own schemas are built (and counted) in the test that loads it.
beforeEach(() => vi.resetModules())
afterEach(() => void z.config({ postProcessor: undefined }))

// The source files whose code built each schema: the first frame of the stack outside zod.
function countBuilders(): Map<string, number> {
  const builders = new Map<string, number>()
  z.config({
    postProcessor: () => {
      const frames = (new Error().stack ?? '').split('\n').slice(1)
      const own = frames.find((f) => /\/(src-main|src-shared)\//.test(f) && !f.includes('node_modules'))
      const file = own?.match(/\/((?:src-main|src-shared)\/[^:)]+)/)?.[1] ?? '(elsewhere)'
      builders.set(file, (builders.get(file) ?? 0) + 1)
    },
  })
  return builders
}

// What the guide's module builds when it is loaded: the two enums other modules use, and the file schema's lazy wrapper.
const GUIDE_MODULE_OWN = 3

const unused = (name: string) => () => Promise.reject(new Error(`the start used ${name}`))

describe("main's start before the window", () => {
  it('builds neither the guide file’s schema nor the settings’ schemas when there is no settings file', async () => {
    const builders = countBuilders()
    const { prepareStart, startCore } = await import('../../src-main/start')
    const { openConfStore } = await import('../../src-main/storage/conf-store')
    const env = {}
    const { config } = prepareStart(false, env, () => {})
    const loaded = await config
    const cannot = 'this machine has a settings file or policies, so the case cannot be checked here'
    expect(loaded.notices, cannot).toEqual([])
    expect(Object.keys(loaded.origins), cannot).toEqual([])
    const started = await startCore(loaded, {
      info: { name: 'TechPass Onboarding Assistant', version: '0.0.0-test', dataDir: tempDir(), isPackaged: false, mode: 'electron' },
      env,
      resourcesDir: resolve('resources'),
      systemLanguages: ['en-GB'],
      openStore: openConfStore,
      ports: {
        vault: memoryVault(),
        shell: { openExternal: unused('shell'), showItemInFolder: () => {} },
        clipboard: { writeText: unused('clipboard') },
        files: { save: unused('files.save'), open: unused('files.open') },
        printer: { toPdf: unused('printer') },
      },
      emit: () => {},
      log: () => {},
    })
    expect(started.guide.ok).toBe(true)
    expect(started.record.ok).toBe(true)
    // Some schemas are built (the ledger's events, the checkpoint's state, preferences); these are not.
    expect(builders.size).toBeGreaterThan(0)
    // The guide's module builds its two enums (section roles, evidence names) and the lazy wrapper of the file's schema.
    expect(builders.get('src-shared/guide-schema.ts') ?? 0, 'the guide file’s schema was built before the window').toBeLessThanOrEqual(GUIDE_MODULE_OWN)
    for (const file of ['src-main/config/config-file.ts', 'src-main/config/helpdesk.ts', 'src-shared/policy-schema.ts']) {
      expect(builders.get(file) ?? 0, `${file} built schemas before the window`).toBe(0)
    }
    // A guide translation's schema is a lazy wrapper until a translation file is read (the module also builds its enum
    // of languages).
    expect(builders.get('src-shared/guide-translation.ts') ?? 0, 'a guide translation’s schema').toBe(2)
    // The ledger's lines are read by envelope and body alone: the union of every type's sealed event (ledger/envelope.ts)
    // is built after the window, by the second half of the start (or the first parse with it).
    const envelope = 'src-main/ledger/envelope.ts'
    const beforeWindow = builders.get(envelope) ?? 0
    const { finishStart } = await import('../../src-main/start')
    await finishStart(started)
    const union = (builders.get(envelope) ?? 0) - beforeWindow
    expect(union, 'the union was already built before the window').toBeGreaterThan(20)
    // Built once: parsing with it builds nothing more.
    const { DomainEventSchema } = await import('../../src-main/registry/events')
    expect(DomainEventSchema.safeParse({ type: 'no-such-event' }).success).toBe(false)
    expect((builders.get(envelope) ?? 0) - beforeWindow).toBe(union)
  })

  it('builds the guide file’s schema once the window exists, so the first guide:definition reply does not wait for it', async () => {
    const builders = countBuilders()
    const { startCore: harness } = await import('./support/core-harness')
    const { value } = harness({ dataDir: tempDir() })
    const built = builders.get('src-shared/guide-schema.ts') ?? 0
    expect(built, 'the second half of the start builds it').toBeGreaterThan(GUIDE_MODULE_OWN + 20)
    const guide = (await value('guide:definition')) as { sections: unknown[] }
    expect(guide.sections.length).toBeGreaterThan(0)
    expect(builders.get('src-shared/guide-schema.ts'), 'the reply’s check built schemas').toBe(built)
  })

  it('builds the guide file’s schema the first time it parses, and it still refuses a bad guide', async () => {
    const builders = countBuilders()
    const { GuideSchema } = await import('../../src-shared/guide-schema')
    const before = builders.get('src-shared/guide-schema.ts') ?? 0
    expect(before).toBeLessThanOrEqual(GUIDE_MODULE_OWN)
    const bad = GuideSchema.safeParse({ schemaVersion: 2, title: 'T', source: 'S', sections: [] })
    expect(bad.success).toBe(false)
    expect(builders.get('src-shared/guide-schema.ts') ?? 0).toBeGreaterThan(before + 20)
  })
})
