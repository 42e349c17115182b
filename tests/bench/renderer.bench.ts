import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { chromium } from '@playwright/test'
import type { Browser } from '@playwright/test'
import { memoryVault } from '../support/memory-vault'
import { launchBrowserApp, RENDERER_URL, serveFiles } from '../e2e/harness/browser-app'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/harness/mode'
import type { Row } from './ledger.bench'
import { median, ms } from './stats'

// Every script the built index.html loads up front (entry plus modulepreloads), gzipped.
export function initialJs(): Row {
  const dir = resolve('out/renderer')
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const srcs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!)
  const bytes = srcs.reduce((sum, src) => sum + gzipSync(readFileSync(join(dir, src)), { level: 9 }).length, 0)
  return { measure: 'renderer initial JavaScript, gzipped', value: `${(bytes / 1024).toFixed(1)} KiB`, note: `${srcs.length} file(s) from out/renderer/index.html` }
}

// The same measure on a bare React page, built here with esbuild (minified, production React).
async function bareReactTimes(browser: Browser, runs: number): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'techpass-bare-'))
  await build({
    entryPoints: [resolve('tests/bench/bare-react.tsx')],
    bundle: true,
    minify: true,
    format: 'esm',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: join(dir, 'bare.js'),
  })
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><body><div id="root"></div><script type="module" src="./bare.js"></script></body></html>')
  const context = await browser.newContext()
  await serveFiles(context, dir, 'https://bare.test', [])
  const page = await context.newPage()
  const url = 'https://bare.test/index.html'
  const times: number[] = []
  for (let i = 0; i < runs + 1; i++) {
    const started = performance.now()
    await page.goto(url)
    await page.getByRole('navigation', { name: 'Onboarding checklist' }).waitFor({ state: 'visible' })
    if (i > 0) times.push(performance.now() - started)
  }
  rmSync(dir, { recursive: true, force: true })
  return times
}

// Browser mode: a fresh navigation (page.goto) until the checklist is visible; the harness is warmed first.
export async function timeToChecklist(runs = 5): Promise<Row[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  const times: number[] = []
  const bare: number[] = []
  try {
    for (let i = 0; i < runs; i++) {
      const dataDir = mkdtempSync(join(tmpdir(), 'techpass-bench-'))
      const { page, close } = await launchBrowserApp(browser, { dataDir, saveDir: dataDir, blocked: [], recorded: { opened: [], clipboard: [], saved: [], traffic: [], toOpen: [], shown: [] }, vault: memoryVault() })
      const checklist = page.getByRole('navigation', { name: 'Onboarding checklist' })
      await checklist.waitFor({ state: 'visible' })
      const started = performance.now()
      await page.goto(RENDERER_URL)
      await checklist.waitFor({ state: 'visible' })
      times.push(performance.now() - started)
      await close()
      rmSync(dataDir, { recursive: true, force: true })
    }
    bare.push(...(await bareReactTimes(browser, runs)))
  } finally {
    await browser.close()
  }
  return [
    { measure: 'navigation to checklist visible (browser mode)', value: ms(median(times)), note: `median of ${runs}: ${times.map((t) => t.toFixed(0)).join(', ')} ms` },
    { measure: 'same, bare React page', value: ms(median(bare)), note: `median of ${runs}, loaded in the same browser` },
    { measure: 'checklist ÷ bare React page', value: `${(median(times) / median(bare)).toFixed(1)}×`, note: 'ratio of the medians; the app also makes 5 IPC round trips' },
  ]
}
