import { readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { createCompiledCatalog } from '@lingui/cli/api'
import { formatter } from '@lingui/format-po'
import type { Plugin } from 'vite'

// The English catalog in two parts, so that the first screen's script carries only the messages the first screen can
// show (issue 19: at most 80 KB gzip and 260 KB raw, runtime and English included):
// - `virtual:english-first`: every message used by a module the entry loads statically (found in the bundle's own module
//   graph, so a component moved behind import() takes its messages with it), plus the messages main sends that a first
//   screen shows (the files named in `mainFirstScreen`: the next action, the steps' state, configuration notices…);
// - `virtual:english-rest`: everything else, a chunk of its own that catalogs.ts fetches at start and that every lazy
//   part of the page waits for.
// Outside a production build (the dev server, vitest) the first part holds every message and the rest is empty.
export const ENGLISH_FIRST = 'virtual:english-first'
export const ENGLISH_REST = 'virtual:english-rest'
const HOLES = { first: '__TECHPASS_ENGLISH_FIRST__', rest: '__TECHPASS_ENGLISH_REST__' } as const
type Part = keyof typeof HOLES

type Options = { rootDir: string; catalog: string; mainFirstScreen: readonly string[] }

// The project's catalog, and the messages main sends that a first screen shows before anything is clicked: the next
// action and its reasons, the state of each step, how a step is named, configuration notices, and the shared endings.
export const FIRST_SCREEN_MAIN_MESSAGES: Options = {
  rootDir: process.cwd(),
  catalog: 'src-renderer/src/locales/en/messages.po',
  mainFirstScreen: ['progress-next', 'progress-status', 'progress-steps', 'config', 'common'].map((f) => `src-shared/messages/${f}.ts`),
}
type Entry = { origins: string[]; source: string }

async function readEnglish(path: string): Promise<Map<string, Entry>> {
  const po = formatter({ lineNumbers: false })
  const parsed = await po.parse(readFileSync(path, 'utf8'), { locale: 'en', sourceLocale: 'en', filename: path })
  const entries = new Map<string, Entry>()
  for (const [id, e] of Object.entries(parsed ?? {})) {
    if (e.obsolete) continue
    entries.set(id, { origins: (e.origin ?? []).map((o) => o[0]), source: e.translation || e.message || id })
  }
  return entries
}

function compiled(entries: Map<string, Entry>, ids: Iterable<string>): string {
  const messages = Object.fromEntries([...ids].map((id) => [id, entries.get(id)!.source]))
  const { source, errors } = createCompiledCatalog('en', messages, { namespace: 'json' })
  if (errors.length > 0) throw new Error(`The English catalog has messages that do not compile: ${errors.map((e) => e.id).join(', ')}`)
  return JSON.stringify((JSON.parse(source) as { messages: unknown }).messages)
}

export function englishSplit({ rootDir, catalog, mainFirstScreen }: Options): Plugin {
  const catalogPath = resolve(rootDir, catalog)
  let building = false
  const split: Partial<Record<Part, string>> = {}
  return {
    name: 'techpass-english-split',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build'
    },
    buildStart() {
      delete split.first
      delete split.rest
    },
    resolveId: (id) => (id === ENGLISH_FIRST || id === ENGLISH_REST ? `\0${id}` : null),
    async load(id) {
      if (id !== `\0${ENGLISH_FIRST}` && id !== `\0${ENGLISH_REST}`) return null
      this.addWatchFile(catalogPath)
      const part: Part = id === `\0${ENGLISH_FIRST}` ? 'first' : 'rest'
      // A build writes the parts when the module graph is known (renderChunk); elsewhere the first part is everything.
      if (building) return `export const messages = JSON.parse(${JSON.stringify(HOLES[part])})`
      const entries = await readEnglish(catalogPath)
      return `export const messages = JSON.parse(${JSON.stringify(part === 'first' ? compiled(entries, entries.keys()) : '{}')})`
    },
    async renderChunk(code) {
      const holes = (Object.keys(HOLES) as Part[]).filter((part) => code.includes(HOLES[part]))
      if (holes.length === 0) return null
      if (!split.first) {
        // The modules the page runs before anything is imported on demand: the entries and what they import statically.
        const initial = new Set<string>()
        const visit = (id: string) => {
          if (initial.has(id)) return
          initial.add(id)
          for (const next of this.getModuleInfo(id)?.importedIds ?? []) visit(next)
        }
        for (const id of this.getModuleIds()) if (this.getModuleInfo(id)?.isEntry) visit(id)
        const files = new Set([...initial].map((id) => relative(rootDir, id.split('?')[0]!).split('\\').join('/')))
        const entries = await readEnglish(catalogPath)
        const first = [...entries].filter(([, e]) => e.origins.some((o) => files.has(o) || mainFirstScreen.includes(o))).map(([id]) => id)
        const inFirst = new Set(first)
        split.first = compiled(entries, first)
        split.rest = compiled(
          entries,
          [...entries.keys()].filter((id) => !inFirst.has(id)),
        )
      }
      let out = code
      for (const part of holes) out = out.replace(new RegExp(`(["'\`])${HOLES[part]}\\1`), () => JSON.stringify(split[part]))
      return { code: out, map: null }
    },
  }
}

// Main's own English: only the messages main can say, those written in main's or the shared sources (the menu, the
// native dialogs, the start-up failures, and every message main sends). The renderer's own words (its components,
// steps and helpdesk guide, about 60% of the catalog) are never said by main, whose code cannot name them, so main's
// entry does not carry them: every start compiles and builds that object before the window.
export const MAIN_ENGLISH = 'virtual:main-english'
export const mainSays = (origin: string): boolean => /^src-(main|shared)\//.test(origin) || origin.startsWith('src-renderer/src/i18n/')

export function mainEnglish({ rootDir, catalog }: Pick<Options, 'rootDir' | 'catalog'>): Plugin {
  const catalogPath = resolve(rootDir, catalog)
  return {
    name: 'techpass-main-english',
    enforce: 'pre',
    resolveId: (id) => (id === MAIN_ENGLISH ? `\0${id}` : null),
    async load(id) {
      if (id !== `\0${MAIN_ENGLISH}`) return null
      this.addWatchFile(catalogPath)
      const entries = await readEnglish(catalogPath)
      const ids = [...entries].filter(([, e]) => e.origins.some(mainSays)).map(([key]) => key)
      return `export const messages = JSON.parse(${JSON.stringify(compiled(entries, ids))})`
    },
  }
}
