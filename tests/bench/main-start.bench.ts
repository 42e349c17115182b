import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { LEDGER_CHECKPOINT_FILE } from '../../src-shared/data-files'
import { LEDGER_FILE } from '../../src-main/ledger/ledger'
import { journalText } from '../../src-main/ledger/journal'
import { LEDGER_VERSION } from '../../src-main/registry/events'
import type { DomainEvent } from '../../src-main/kit/events'
import { buildWithMainConfig } from '../unit/support/build-target'
import { realisticJourney, repeatedJourney } from './ledger-fixture'
import { interleaved, ms, msSpread, ratio, spread } from './stats'
import type { Row } from './stats'

const MAIN_DIR = resolve('out/main')
const HOOKS = pathToFileURL(resolve('tests/bench/empty-electron.mjs')).href
// index.ts first reads app.isPackaged outside a try (for the launch refusal): the import stops there, after everything it
// imports has run.
const FIRST_ELECTRON_USE = /^TypeError: Cannot read properties of undefined \(reading 'isPackaged'\)$/
const CHILD = `const t = performance.now(); let error = ''
try { await import(process.argv[1]) } catch (e) { error = String(e).split('\\n')[0] }
const cpu = process.cpuUsage()
process.stdout.write(JSON.stringify({ importMs: performance.now() - t, cpuMs: (cpu.user + cpu.system) / 1000, error }))`

// The names the built files import from electron, so the empty module can offer each one (holding nothing).
export function electronNames(dir = MAIN_DIR): string[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'))
  const names = new Set<string>()
  for (const file of files) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/import\s*(?:[\w$]+\s*,?\s*)?(?:\{([^}]*)\})?\s*from\s*["']electron["']/g)) {
      for (const spec of (m[1] ?? '').split(',')) if (spec.trim()) names.add(spec.trim().split(/\s+as\s+/)[0]!)
    }
  }
  return [...names].sort()
}

interface Run {
  wallMs: number
  importMs: number
  cpuMs: number
  error: string
}

// One fresh node process: register the hooks, import the file, exit. Wall time is spawn to exit.
function coldImport(file: string, names: string[]): Run {
  const register = `import { register } from 'node:module'; register(${JSON.stringify(HOOKS)}, { data: { names: ${JSON.stringify(names)} } })`
  const started = performance.now()
  const child = spawnSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(register)}`, '--input-type=module', '-e', CHILD, pathToFileURL(file).href],
    { encoding: 'utf8' },
  )
  const wallMs = performance.now() - started
  if (child.status !== 0) throw new Error(`the import child failed: ${child.stderr}`)
  return { wallMs, ...(JSON.parse(child.stdout) as Omit<Run, 'wallMs'>) }
}

// tests/bench/main-start-child.ts, built with main's own Vite config (electron.vite.config.ts: minified, the same plugins,
// the same chunking) into a folder of its own.
export const buildStartChild = (outDir: string): Promise<string> => buildWithMainConfig('tests/bench/main-start-child.ts', outDir)

interface Start {
  wallMs: number
  readyMs: number
  cpuMs: number
  events: number | null
}

// One fresh node process, no loader hooks, no flags: spawn to exit, and inside it the time and CPU up to the ready point.
function freshStart(file: string, args: string[]): Start {
  const started = performance.now()
  const child = spawnSync(process.execPath, [file, ...args], { encoding: 'utf8' })
  const wallMs = performance.now() - started
  if (child.status !== 0) throw new Error(`the start child ${file} failed: ${child.stderr}`)
  return { wallMs, ...(JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Omit<Start, 'wallMs'>) }
}

// The empty side: the same node, the same kind of file (an ES module beside the built child), the same report and exit.
const EMPTY = `import { performance } from 'node:perf_hooks'
const readyMs = performance.now()
const cpu = process.cpuUsage()
process.stdout.write(JSON.stringify({ readyMs, cpuMs: (cpu.user + cpu.system) / 1000, events: null }) + '\\n')
await new Promise((done) => setImmediate(done))
process.exit(0)
`

function ledgerFolder(work: string, name: string, events: readonly DomainEvent[]): string {
  const dir = join(work, name)
  mkdirSync(dir)
  writeFileSync(join(dir, LEDGER_FILE), journalText(LEDGER_VERSION, events))
  return dir
}

const cpuNote = (s: Start[]) => ms(spread(s.map((r) => r.cpuMs)).median)

// Main-process start: what index.ts does before createMainWindow, built as main is and run in fresh node processes,
// against an empty module; plus the import of the real entry under the empty-electron hooks.
export async function mainStartBench(runs = 15, mainDir = MAIN_DIR): Promise<Row[]> {
  const work = mkdtempSync(join(tmpdir(), 'techpass-bench-start-'))
  try {
    const child = await buildStartChild(join(work, 'built'))
    const empty = join(work, 'built', 'empty.js')
    writeFileSync(empty, EMPTY)
    const resources = resolve('resources')
    const journey = await realisticJourney(join(work, 'journey'))
    const dirs = {
      small: ledgerFolder(work, 'start-60', journey),
      medium: ledgerFolder(work, 'start-10k', repeatedJourney(journey, 10_000)),
      large: ledgerFolder(work, 'start-100k', repeatedJourney(journey, 100_000)),
    }
    const upgrade = join(work, 'start-100k', LEDGER_FILE)
    // A first start checks every line and writes the checkpoint and the preference files; every later start is measured.
    for (const dir of Object.values(dirs)) freshStart(child, [dir, resources, 'reply'])
    for (const dir of [dirs.medium, dirs.large]) {
      if (!existsSync(join(dir, LEDGER_CHECKPOINT_FILE))) throw new Error(`the first start left no checkpoint in ${dir}`)
    }
    const firstStart = () => {
      const dir = mkdtempSync(join(work, 'first-100k-'))
      copyFileSync(upgrade, join(dir, LEDGER_FILE))
      const run = freshStart(child, [dir, resources, 'window'])
      rmSync(dir, { recursive: true, force: true })
      return run
    }
    const [bare, small, medium, large, smallReply] = await interleaved(runs, [
      () => freshStart(empty, []),
      () => freshStart(child, [dirs.small, resources, 'window']),
      () => freshStart(child, [dirs.medium, resources, 'window']),
      () => freshStart(child, [dirs.large, resources, 'window']),
      () => freshStart(child, [dirs.small, resources, 'reply']),
    ])
    const [first] = await interleaved(Math.min(runs, 5), [firstStart])
    const names = electronNames(mainDir)
    const emptyImport = join(work, 'empty-import.mjs')
    writeFileSync(emptyImport, '')
    const [imported, importBaseline] = await interleaved(runs, [() => coldImport(join(mainDir, 'index.js'), names), () => coldImport(emptyImport, names)])

    for (const [name, list, count] of [
      ['60', small!, journey.length],
      ['60 (to the first reply)', smallReply!, journey.length],
      ['10,000', medium!, 10_000],
      ['100,000', large!, 100_000],
      ['100,000 (first start)', first!, 100_000],
    ] as const) {
      if (list.some((r) => r.events !== count)) throw new Error(`the ${name}-event start saw ${list[0]!.events} events`)
    }
    const wall = (list: Start[]) => spread(list.map((r) => r.wallMs))
    const cpu = (list: Start[]) => spread(list.map((r) => r.cpuMs)).median
    const toSmall = wall(small!).median / wall(bare!).median
    const toSmallCpu = cpu(small!) / cpu(bare!)
    const replyToBare = wall(smallReply!).median / wall(bare!).median
    const largeToSmall = wall(large!).median / wall(small!).median
    const stops = new Set(imported!.map((r) => r.error))
    if (imported!.some((r) => !FIRST_ELECTRON_USE.test(r.error))) throw new Error(`${mainDir}/index.js did not load: ${[...stops].join('; ')}`)
    if (importBaseline!.some((r) => r.error)) throw new Error(`the empty module did not load: ${importBaseline![0]!.error}`)
    const app = spread(imported!.map((r) => r.wallMs))
    const base = spread(importBaseline!.map((r) => r.wallMs))
    const importCpu = spread(imported!.map((r) => r.cpuMs)).median / spread(importBaseline!.map((r) => r.cpuMs)).median
    const how = `${runs} interleaved rounds of fresh node processes, spawn to exit; the start is tests/bench/main-start-child.ts (src-main/start.ts: configuration, the first half of the core over a real data folder with conf (guide, preferences, the ledger into the record), the catalog) built with main's Vite config, stopped where index.ts builds the window; fair baseline: both sides plain node, no loader hooks, no flags, an ES module beside the built child`
    return [
      {
        measure: `main start to window, ${journey.length} events ÷ empty Node (fair baseline: no hooks on either side)`,
        value: ratio(toSmall),
        target: '≤ 1.5×',
        met: toSmall <= 1.5,
        note: `${how}. Wall: start ${msSpread(wall(small!))}, empty ${msSpread(wall(bare!))}. CPU (child process.cpuUsage at the ready point): start ${cpuNote(small!)}, empty ${cpuNote(bare!)}, ${ratio(toSmallCpu)}. Ready point inside the process: ${ms(spread(small!.map((r) => r.readyMs)).median)} after its start`,
      },
      {
        measure: `main start to the first snapshot reply, ${journey.length} events ÷ empty Node`,
        value: ratio(replyToBare),
        note: `same rounds, the same start carried on past the window: the second half of the core loaded (its own chunk: policy texts, services, handlers, the contract), then the renderer's first ledger:snapshot answered through the dispatcher (sender check, the reply checked with the contract), which in the app comes once the page has loaded. Wall ${msSpread(wall(smallReply!))}; CPU ${cpuNote(smallReply!)}`,
      },
      {
        measure: 'main start to window, 10,000 events',
        value: msSpread(wall(medium!)),
        note: `same rounds; ${ratio(wall(medium!).median / wall(small!).median)} the ${journey.length}-event start; CPU ${cpuNote(medium!)}; the ledger has a checkpoint (every start after the first)`,
      },
      {
        measure: `main start to window, 100,000 events ÷ ${journey.length} events`,
        value: ratio(largeToSmall),
        target: '≤ 2×',
        met: largeToSmall <= 2,
        note: `same rounds; 100,000 events ${msSpread(wall(large!))}, CPU ${cpuNote(large!)} (${ratio(cpu(large!) / cpu(small!))} the ${journey.length}-event CPU); the ledger has a checkpoint (every start after the first)`,
      },
      {
        measure: 'main start to window, 100,000 events, first start (no checkpoint yet)',
        value: msSpread(wall(first!)),
        note: `${first!.length} fresh copies of the 100,000-event ledger without its checkpoint (as after an update from a version without one): every line is checked and the checkpoint written; CPU ${cpuNote(first!)}`,
      },
      {
        measure: `main entry import: ${relative(process.cwd(), join(mainDir, 'index.js'))} ÷ empty module (both under the empty-electron hooks)`,
        value: ratio(app.median / base.median),
        note: `${runs} interleaved pairs, spawn to exit, both sides under the same loader hooks (tests/bench/empty-electron.mjs: electron → an empty module, so the import stops at its first use of Electron: ${[...stops][0]}); bundle ${msSpread(app)}, empty module ${msSpread(base)}; CPU ${ratio(importCpu)}; inside the process the import took ${ms(spread(imported!.map((r) => r.importMs)).median)}. The start rows above are the measure; this one isolates loading the entry`,
      },
    ]
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
