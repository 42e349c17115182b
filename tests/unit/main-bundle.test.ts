import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
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

describe('the main bundle', () => {
  it('is one entry file that imports nothing but electron and Node’s own modules', () => {
    expect(entry().fileName).toBe('index.js')
    const outside = entry().imports.filter((id) => id !== 'electron' && !isNodeBuiltin(id))
    expect(outside).toEqual([])
    expect(packagesIn(entry().moduleIds)).toContain('zod')
  })

  it('keeps electron itself out of the bundle', () => {
    expect(entry().imports).toContain('electron')
    expect([...packagesIn(chunks(built).flatMap((c) => c.moduleIds))]).not.toContain('electron')
  })

  it.each(['qrcode', 'otplib', '@otplib/core', 'libphonenumber-js'])('loads %s only when a step first needs it', (name) => {
    expect(packagesIn(entry().moduleIds)).not.toContain(name)
    const lazy = chunks(built).filter((c) => entry().dynamicImports.includes(c.fileName))
    expect(packagesIn(lazy.flatMap((c) => c.moduleIds))).toContain(name)
  })

  // Main says its menu and dialogs in one language at a time: English is in the entry, each other language is a chunk
  // read when it is chosen (i18n/main-i18n.ts), so a start compiles one catalog, not four.
  const catalogIn = (ids: string[], language: string) => ids.some((id) => id.endsWith(`/locales/${language}/messages.po`))
  it('holds only the English catalog; zh-Hans, vi and id are each their own lazy chunk', () => {
    expect(catalogIn(entry().moduleIds, 'en')).toBe(true)
    const lazy = chunks(built).filter((c) => entry().dynamicImports.includes(c.fileName))
    for (const language of ['zh-Hans', 'vi', 'id']) {
      expect(catalogIn(entry().moduleIds, language), language).toBe(false)
      const holding = lazy.filter((c) => catalogIn(c.moduleIds, language))
      expect(holding, language).toHaveLength(1)
      expect(['zh-Hans', 'vi', 'id', 'en'].filter((other) => catalogIn(holding[0]!.moduleIds, other))).toEqual([language])
    }
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
    expect(packagesIn(entry().moduleIds)).toContain('js-yaml')
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
