import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { interleaved, ms, msSpread, ratio, spread } from './stats'
import type { Row } from './stats'

const MAIN_DIR = resolve('out/main')
const HOOKS = pathToFileURL(resolve('tests/bench/empty-electron.mjs')).href
// index.ts's first statement reads app.isPackaged: the import stops there, after everything it imports has run.
const FIRST_ELECTRON_USE = /^TypeError: Cannot read properties of undefined \(reading 'isPackaged'\)$/
const CHILD = `const t = performance.now(); let error = ''
try { await import(process.argv[1]) } catch (e) { error = String(e).split('\\n')[0] }
process.stdout.write(JSON.stringify({ importMs: performance.now() - t, error }))`

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
  error: string
}

// One fresh node process: register the hooks, import the file, exit. Wall time is spawn to exit.
function coldImport(file: string, names: string[]): Run {
  const register = `import { register } from 'node:module'; register(${JSON.stringify(HOOKS)}, { data: { names: ${JSON.stringify(names)} } })`
  const started = performance.now()
  const child = spawnSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(register)}`, '--input-type=module', '-e', CHILD, pathToFileURL(file).href],
    {
      encoding: 'utf8',
    },
  )
  const wallMs = performance.now() - started
  if (child.status !== 0) throw new Error(`the import child failed: ${child.stderr}`)
  return { wallMs, ...(JSON.parse(child.stdout) as Omit<Run, 'wallMs'>) }
}

// Main-process start: the built bundle against an empty module, both under the same loader, each in a fresh process.
export async function mainStartBench(runs = 15, mainDir = MAIN_DIR): Promise<Row[]> {
  const names = electronNames(mainDir)
  const dir = mkdtempSync(join(tmpdir(), 'techpass-bench-empty-'))
  const empty = join(dir, 'empty.mjs')
  writeFileSync(empty, '')
  try {
    const [main, baseline] = await interleaved(runs, [() => coldImport(join(mainDir, 'index.js'), names), () => coldImport(empty, names)])
    const stops = new Set(main!.map((r) => r.error))
    if (main!.some((r) => !FIRST_ELECTRON_USE.test(r.error))) throw new Error(`${mainDir}/index.js did not load: ${[...stops].join('; ')}`)
    if (baseline!.some((r) => r.error)) throw new Error(`the empty module did not load: ${baseline![0]!.error}`)
    const app = spread(main!.map((r) => r.wallMs))
    const bare = spread(baseline!.map((r) => r.wallMs))
    return [
      {
        measure: `main-process start: import ${relative(process.cwd(), join(mainDir, 'index.js'))} ÷ empty module (fresh node each, electron → empty module)`,
        value: ratio(app.median / bare.median),
        target: '≤ 2×',
        met: app.median / bare.median <= 2,
        note: `medians of ${runs} interleaved pairs, spawn to exit: bundle ${msSpread(app)}, empty module ${msSpread(bare)}; inside the process the import took ${ms(spread(main!.map((r) => r.importMs)).median)}; electron resolved to an empty module, so the import stops at its first use of Electron (${[...stops][0]})`,
      },
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
