import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { median } from './stats'

// Measurements run in fresh node processes, so no figure carries the bench runner's warm code or caches.
// A child is bundled once with esbuild, so each start costs node and one file, not the TypeScript loader.
export async function bundleChild(entry: string, outDir: string): Promise<string> {
  const outfile = join(outDir, `${entry.replace(/.*\//, '').replace(/\.ts$/, '')}.mjs`)
  await build({
    entryPoints: [resolve(entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    // Main's message macro as a plain function (tsconfig.run.json), as in every run of main's code outside its build.
    tsconfig: resolve('tsconfig.run.json'),
    // Some CommonJS dependencies (conf, for the "before" rows) call require(); an ES module bundle has to provide it.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  })
  return outfile
}

// Runs one child to the end and returns the JSON it printed last.
export function runChild<T>(bundle: string, args: string[]): Promise<T> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bundle, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', fail)
    child.on('close', (code) => {
      const last = stdout.trim().split('\n').at(-1)
      if (code !== 0 || !last) fail(new Error(`bench child ${args.join(' ')} failed (${code}): ${stderr.trim()}`))
      else done(JSON.parse(last) as T)
    })
  })
}

const fmt = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms < 10 ? ms.toFixed(2) : ms.toFixed(1))

// "median (min–max) ms", the form every timed row uses.
export const spread = (values: number[]): string => `${fmt(median(values))} ms (${fmt(Math.min(...values))}–${fmt(Math.max(...values))})`
