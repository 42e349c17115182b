import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { channelNames } from '../../src-shared/contract'
import { buildTarget, chunks } from './support/build-target'
import type { Built } from './support/build-target'

// What the main process loads before its window exists, read from a real build with electron.vite.config.ts.
let built: Built[]
beforeAll(async () => {
  built = await buildTarget('main')
}, 120_000)

const entry = () => chunks(built).find((c) => c.isEntry)!
const packagesIn = (ids: string[]) => new Set(ids.flatMap((id) => id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? []))
const isNodeBuiltin = (id: string) => id.startsWith('node:') || builtinModules.includes(id)

// What runs before the window: the entry and every chunk it imports statically. The rest of the start
// (core-services.ts) is one chunk index.ts imports after the window exists.
const beforeWindow = () => {
  const byName = new Map(chunks(built).map((c) => [c.fileName, c]))
  const seen = new Set<string>()
  const visit = (name: string) => {
    if (seen.has(name)) return
    seen.add(name)
    for (const next of byName.get(name)?.imports ?? []) if (byName.has(next)) visit(next)
  }
  visit(entry().fileName)
  return [...seen].flatMap((name) => byName.get(name)!.moduleIds)
}
const afterWindow = () => chunks(built).find((c) => c.moduleIds.some((id) => id.endsWith('/src-main/core-services.ts')))!

describe('the main bundle', () => {
  it('is one entry file that imports nothing but electron and Node’s own modules', () => {
    expect(entry().fileName).toBe('index.js')
    const outside = entry().imports.filter((id) => id !== 'electron' && !isNodeBuiltin(id))
    expect(outside).toEqual([])
    expect(packagesIn(entry().moduleIds)).toContain('zod')
  })

  // Node parses every byte of the entry at each start; a library build would keep its whitespace and line breaks.
  it('is minified whole, whitespace included', () => {
    const code = entry().code
    expect(code.length).toBeGreaterThan(100_000)
    // Minified output breaks lines only inside strings (zod's generated code) and before a kept comment: about 150 in
    // the whole entry. The library output had one per statement, over 12,000.
    expect(code.split('\n').length).toBeLessThan(code.length / 1_000)
  })

  it('keeps electron itself out of the bundle', () => {
    expect(entry().imports).toContain('electron')
    expect([...packagesIn(chunks(built).flatMap((c) => c.moduleIds))]).not.toContain('electron')
  })

  it.each(['qrcode', 'otplib', '@otplib/core', 'libphonenumber-js'])('loads %s only when a step first needs it', (name) => {
    expect(packagesIn(beforeWindow())).not.toContain(name)
    expect(packagesIn(afterWindow().moduleIds)).not.toContain(name)
    const lazy = chunks(built).filter((c) => chunks(built).some((other) => other.dynamicImports.includes(c.fileName)) && c !== afterWindow())
    expect(packagesIn(lazy.flatMap((c) => c.moduleIds))).toContain(name)
  })

  // Main says its menu and dialogs in one language at a time: English is in the entry (only what main can say), each
  // other language is a chunk read when it is chosen (i18n/main-i18n.ts), so a start compiles one catalog, not four.
  const catalogIn = (ids: string[], language: string) => ids.some((id) => id.endsWith(`/locales/${language}/messages.po`))
  it('holds only main’s English messages; zh-Hans, vi and id are each their own lazy chunk', () => {
    expect(entry().moduleIds).toContain('\0virtual:main-english')
    expect(catalogIn(entry().moduleIds, 'en')).toBe(false)
    const lazy = chunks(built).filter((c) => entry().dynamicImports.includes(c.fileName))
    for (const language of ['zh-Hans', 'vi', 'id']) {
      expect(catalogIn(entry().moduleIds, language), language).toBe(false)
      const holding = lazy.filter((c) => catalogIn(c.moduleIds, language))
      expect(holding, language).toHaveLength(1)
      expect(['zh-Hans', 'vi', 'id', 'en'].filter((other) => catalogIn(holding[0]!.moduleIds, other))).toEqual([language])
    }
    // A renderer-only sentence (the loading line of the window) is not in main's entry; a menu label is.
    expect(entry().code).not.toContain('Loading your checklist')
    expect(entry().code).toContain('Print my summary')
  })

  // The policy stores' readers load on their own system only, and the declarations once a store was read or the Managed
  // settings view opened (config/system-config.ts, platformPolicies): a Linux start loads none of them.
  it.each(['config/plist.ts', 'config/plist-xml.ts', 'config/registry-policies.ts', 'config/setting-policies.ts'])(
    'loads src-main/%s only when it is needed, in a chunk of its own',
    (file) => {
      const holds = (ids: string[]) => ids.some((id) => id.endsWith(`src-main/${file}`))
      expect(holds(entry().moduleIds)).toBe(false)
      const lazy = chunks(built).filter((c) => entry().dynamicImports.includes(c.fileName))
      expect(lazy.filter((c) => holds(c.moduleIds))).toHaveLength(1)
    },
  )

  it('loads @xmldom/xmldom (the XML plist reader) only on macOS, with the plist parser', () => {
    expect(packagesIn(entry().moduleIds)).not.toContain('@xmldom/xmldom')
  })

  it('carries no MIME registry: the app: protocol types its files from a fixed map', () => {
    expect([...packagesIn(chunks(built).flatMap((c) => c.moduleIds))]).not.toContain('mime')
  })

  // conf loads ajv only for a schema and semver only for migrations; the app passes neither (electron.vite.config.ts).
  it.each(['ajv', 'ajv-formats', 'fast-uri', 'semver'])('leaves out %s, which conf loads only for options the app never passes', (name) => {
    expect([...packagesIn(chunks(built).flatMap((c) => c.moduleIds))]).not.toContain(name)
    expect(packagesIn(entry().moduleIds)).toContain('conf')
  })

  it('leaves out esprima, which js-yaml needs only for a type the policy reader never uses', () => {
    expect([...packagesIn(chunks(built).flatMap((c) => c.moduleIds))]).not.toContain('esprima')
    expect([...packagesIn(chunks(built).flatMap((c) => c.moduleIds))]).toContain('js-yaml')
  })

  // Importing node:process makes Node build a module of every property of process (about 10 million instructions of each
  // start), node:assert about 12 million for conf's one comparison (its stand-in: main-bundle-store.test.ts); child_process
  // is needed only when a Windows tool runs. The process the packages import is the global one.
  it('imports neither node:process, node:assert nor child_process before the window; the packages that import process get the global one', async () => {
    const early = new Set(beforeWindow())
    const imported = chunks(built)
      .filter((c) => c.moduleIds.some((id) => early.has(id)))
      .flatMap((c) => c.imports)
    for (const id of ['node:process', 'process', 'node:assert', 'assert', 'node:child_process', 'child_process']) expect(imported, id).not.toContain(id)
    expect(packagesIn([...early])).toContain('conf')
    expect(entry().code).toContain('globalThis.process')
    // What the stand-in gives is what the builtin's default export is.
    const { default: given } = (await import('node:process')) as { default: unknown }
    expect(given).toBe(globalThis.process)
  })

  // index.ts registers the channels before the contract is loaded, from names the build writes in (as the preload's).
  it('has the contract’s channel names written in, not a global left to be found at run time', () => {
    expect(entry().code).not.toContain('__TECHPASS_CONTRACT_NAMES__')
    for (const channel of channelNames) expect(entry().code, channel).toContain(channel)
  })

  it('runs the policy texts (and js-yaml), the handlers and the IPC contract only after the window exists', () => {
    const early = beforeWindow()
    expect(packagesIn(early)).not.toContain('js-yaml')
    for (const late of ['/src-shared/contract.ts', '/src-main/handlers.ts', '/src-main/policies/load-policies.ts', '/src-main/ipc/binder.ts']) {
      expect(
        early.some((id) => id.endsWith(late)),
        late,
      ).toBe(false)
    }
    expect(entry().dynamicImports).toContain(afterWindow().fileName)
    expect(afterWindow().moduleIds.some((id) => id.endsWith('/src-shared/contract.ts'))).toBe(true)
    // The ledger and the guide are opened before the window: the record is what the first screen is drawn from.
    for (const early_ of ['/src-main/ledger/ledger.ts', '/src-main/guide/load-guide.ts', '/src-main/registry/record.ts']) {
      expect(
        early.some((id) => id.endsWith(early_)),
        early_,
      ).toBe(true)
    }
  })
})

// Unbundled runs (unit tests, the e2e harness) load what the source names: the date-fns index is 252 modules.
describe('main-process sources', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))

  it('import date-fns by subpath, never its index', () => {
    const offenders = [...files('src-main'), ...files('src-shared')].filter((file) => /from 'date-fns'/.test(readFileSync(file, 'utf8')))
    expect(offenders).toEqual([])
  })
})
