import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { chromium } from '@playwright/test'
import type { Browser } from '@playwright/test'
import { fixedClock } from '../../src-main/config/clock'
import { createCore } from '../../src-main/core'
import { openConfStore } from '../../src-main/storage/conf-store'
import { CSP } from '../../src-main/origin/app-origin'
import { loadAsset } from '../../src-main/origin/renderer-files'
import { bridgeScript } from '../e2e/harness/browser-app'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/harness/mode'
import { recordingPorts } from '../unit/support/ports'
import { profileInput } from '../unit/support/onboarding-inputs'
import { pageCpuMeter } from './page-cpu'
import type { PageCpu } from './page-cpu'
import { interleaved, kb, median, ms, msSpread, ratio, spread } from './stats'
import type { Row, Spread } from './stats'

// BENCH_RENDERER: another build to measure (such as a copy of the one before a change).
const RENDERER = resolve(process.env.BENCH_RENDERER ?? 'out/renderer')
const CHECKLIST = 'nav[aria-label="Onboarding checklist"]'
const STARTUP_READS = ['app:info', 'config:current', 'guide:definition', 'ledger:snapshot', 'mfa:status', 'language:current', 'policy:list'] as const
// A form's draft is read per form: answered under `drafts:load:<form>`.
const DRAFT_FORMS = ['request', 'registration'] as const
// The first form of a step's tool, in the main area.
const FIRST_FORM = 'main form'
// What the page logs once formAt is noted. The bench waits for this console line rather than polling the page: Playwright's
// first evaluation compiles its injected script (about 10 ms) on the page's main thread, which would land inside the
// app's start (after the load event, before the first form) but after the bare page's single render.
const FORM_SIGNAL = '__bench:form'

// The scripts index.html starts before anything runs: its module script and any modulepreload links.
const initialScripts = (html: string) =>
  [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!)

// Other languages are separate files, fetched only when chosen, and the rest of English (what no first screen shows) is
// one file fetched at start: their sizes, for the record (no target).
function laterCatalogs(dir: string): Row[] {
  const files = readdirSync(join(dir, 'assets'))
  const row = (measure: string, assets: string[], target: string): Row => {
    const sizes = assets.map((f) => readFileSync(join(dir, 'assets', f)))
    const raw = sizes.reduce((sum, f) => sum + f.length, 0)
    const gzip = sizes.reduce((sum, f) => sum + gzipSync(f, { level: 9 }).length, 0)
    return { measure, value: `${kb(raw)} (${kb(gzip)} gzip)`, target, met: true, note: assets.join(', ') }
  }
  const others = files.filter((f) => /^messages-.*\.js$/.test(f))
  const englishRest = files.filter((f) => /^_virtual_english-rest-.*\.js$/.test(f))
  return [
    row("the rest of the English catalog (fetched at start, after the first screen's script)", englishRest, 'not in the first screen'),
    row(`other languages' catalogs (${others.length} files, loaded when chosen)`, others, 'not in the first screen'),
  ]
}

export function initialJs(dir = RENDERER): Row[] {
  const srcs = initialScripts(readFileSync(join(dir, 'index.html'), 'utf8'))
  const files = srcs.map((src) => readFileSync(join(dir, src)))
  const raw = files.reduce((sum, f) => sum + f.length, 0)
  const gzip = files.reduce((sum, f) => sum + gzipSync(f, { level: 9 }).length, 0)
  const note = `${srcs.length} file(s) index.html starts: ${srcs.join(', ')}`
  return [
    {
      measure: "renderer initial JavaScript, raw (Lingui runtime and the first screen's English messages included)",
      value: kb(raw),
      target: '≤ 260 KB',
      met: raw <= 260_000,
      note,
    },
    {
      measure: "renderer initial JavaScript, gzip -9 (Lingui runtime and the first screen's English messages included)",
      value: kb(gzip),
      target: '≤ 80 KB',
      met: gzip <= 80_000,
      note,
    },
    ...laterCatalogs(dir),
  ]
}

// What main answers at start-up, from the real handlers over a fresh data folder: the page gets these without IPC.
// A returning user has saved who they are (so Step 1 is the current step) and left a draft in Step 1's form.
export async function startupReplies(dataDir: string, returning = false): Promise<Record<string, unknown>> {
  const core = createCore({
    info: { name: 'TechPass Onboarding Assistant', version: '0.0.0-bench', dataDir, isPackaged: false, mode: 'browser-harness' },
    resourcesDir: resolve('resources'),
    openStore: openConfStore,
    clock: fixedClock(new Date('2026-11-20T09:00:00+08:00')),
    ports: recordingPorts().ports,
    emit: () => {},
    timeZone: 'Asia/Singapore',
  })
  const dispatch = core.dispatcher(() => true)
  const trusted = { contentsId: 1, isMainFrame: true, frameUrl: 'app://techpass/index.html' }
  const replies: Record<string, unknown> = {}
  if (returning) {
    await dispatch('profile:save', profileInput(), trusted)
    await dispatch('drafts:save', { form: 'request', values: { mobile: '+65 9123', projectName: 'Apollo' } }, trusted)
  }
  for (const channel of STARTUP_READS) replies[channel] = await dispatch(channel, undefined, trusted)
  for (const form of DRAFT_FORMS) replies[`drafts:load:${form}`] = await dispatch('drafts:load', { form }, trusted)
  return replies
}

// Both pages get this: it notes the first frame after the first form exists (formAt), and answers IPC in the page
// (copied, as IPC copies), through the same bridge the e2e harness and the preload build.
// It offers __benchSwitch(sectionId, title) too: click that step in the steps list and resolve with the time from the
// click to the frame that shows its tool.
export function pageScript(replies: Record<string, unknown>): string {
  const measure = `(() => {
  const bench = (window.__bench = { calls: [], seq: 0, formSeq: null, formAt: null })
  const afterFrame = (done) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => done(performance.now()); c.port2.postMessage(0) })
  const observer = new MutationObserver(() => {
    if (document.querySelector(${JSON.stringify(FIRST_FORM)})) {
      observer.disconnect()
      bench.formSeq = ++bench.seq
      // After the frame that first shows it: requestAnimationFrame, then a task queued from inside it.
      afterFrame((t) => { bench.formAt = t; console.debug(${JSON.stringify(FORM_SIGNAL)}) })
    }
  })
  observer.observe(document, { childList: true, subtree: true })
  // A tool is shown when its slot holds an element and no loading line.
  const toolShown = (id) => {
    const slot = document.getElementById('tool-' + id)
    return !!slot && slot.firstElementChild !== null && !slot.textContent.includes('Loading…')
  }
  window.__benchSwitch = (id, title) => new Promise((resolve) => {
    const button = [...document.querySelectorAll(${JSON.stringify(CHECKLIST)} + ' button')].find((b) => b.textContent.includes(title))
    if (!button) return resolve(null)
    const start = performance.now()
    const watch = new MutationObserver(() => check())
    const check = () => {
      if (!toolShown(id)) return
      watch.disconnect()
      afterFrame((t) => resolve(t - start))
    }
    watch.observe(document, { childList: true, subtree: true, characterData: true })
    setTimeout(() => { watch.disconnect(); resolve(null) }, 5000)
    button.click()
    check()
  })
  const replies = ${JSON.stringify(replies)}
  window.__techpassInvoke = (channel, input) => {
    // start and end are places in one sequence of events, not clock readings: a coarse clock gives a call that started
    // just after another was answered the same reading, so the two would look like one wave or two by chance.
    const call = { channel, start: ++bench.seq, end: null }
    bench.calls.push(call)
    const key = channel === 'drafts:load' ? channel + ':' + input.form : channel
    const reply = replies[key] ?? { ok: false, error: { code: 'unavailable', message: 'Not answered in the bench.' } }
    return Promise.resolve(structuredClone(reply)).then((r) => { call.end = ++bench.seq; return r })
  }
})();`
  return `${measure}\n${bridgeScript()}`
}

// Serves a folder the way app:// does (same path checks, same CSP header), from this process.
export async function serve(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const origin = `http://${req.headers.host}`
    void loadAsset(root, origin, `${origin}${req.url ?? '/'}`).then((asset) => {
      if (!asset) return res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found')
      res.writeHead(200, { 'Content-Type': asset.type, 'Content-Security-Policy': CSP }).end(asset.body)
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`, server }
}

// The baseline: React rendering one checklist landmark, with the app's CSS and the app's index.html around it.
export async function bareReactPage(dir: string, renderer: string): Promise<void> {
  const html = readFileSync(join(renderer, 'index.html'), 'utf8')
  const [entry] = initialScripts(html)
  mkdirSync(join(dir, 'assets'))
  await build({
    entryPoints: [resolve('tests/bench/bare-react.tsx')],
    bundle: true,
    minify: true,
    format: 'esm',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: join(dir, 'assets/bare.js'),
    logLevel: 'silent',
  })
  for (const css of html.matchAll(/href="\.?\/?(assets\/[^"]+\.css)"/g)) copyFileSync(join(renderer, css[1]!), join(dir, css[1]!))
  writeFileSync(join(dir, 'index.html'), html.replace(entry!, 'assets/bare.js'))
}

interface FormLoad {
  formAt: number
  /** Main-thread CPU from navigation to just after the first form showed. */
  cpu: PageCpu
  /** Start-up IPC waves before the first form: a call is in a later wave if it starts after an earlier call was answered. */
  waves: number
  calls: number
  /** Click to the frame showing the tool, for each step other than the current one, each its first visit. */
  switches: number[]
}

// One load until the first form shows; then, a moment later (as a person reads), each other step is opened in turn.
export async function loadToForm(browser: Browser, url: string, script: string, steps: Array<{ id: string; title: string }> | null): Promise<FormLoad> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    const cpuNow = await pageCpuMeter(page)
    await page.addInitScript({ content: script })
    const formed = page.waitForEvent('console', { predicate: (m) => m.text() === FORM_SIGNAL })
    await page.goto(url)
    await formed
    const cpu = await cpuNow()
    const { formAt, waves, calls } = await page.evaluate(() => {
      type Call = { start: number; end: number | null }
      const bench = (window as unknown as { __bench: { calls: Call[]; formAt: number; formSeq: number } }).__bench
      const early = bench.calls.filter((c) => c.start < bench.formSeq)
      const wave = new Map<Call, number>()
      for (const c of early) wave.set(c, 1 + Math.max(0, ...early.filter((e) => e.end !== null && e.end < c.start).map((e) => wave.get(e) ?? 1)))
      return { formAt: bench.formAt, waves: Math.max(0, ...wave.values()), calls: early.length }
    })
    const switches: number[] = []
    if (steps) {
      await page.waitForTimeout(500)
      for (const step of steps) {
        const took = await page.evaluate(
          ([id, title]) => (window as unknown as { __benchSwitch(id: string, title: string): Promise<number | null> }).__benchSwitch(id!, title!),
          [step.id, step.title],
        )
        if (took !== null) switches.push(took)
      }
    }
    return { formAt, cpu, waves, calls, switches }
  } finally {
    await context.close()
  }
}

// The bare page "shows its form" when it shows its landmark, React's first render of the app's shell.
export const bareScript = (script: string) => script.replace(JSON.stringify(FIRST_FORM), JSON.stringify(CHECKLIST))

type Section = { id: string; title: string }

// Time to the first form (a new user's profile form; a returning user's Step 1 form with its draft) against the bare
// React page, and the time from a click in the steps list to the step's tool on each step's first visit.
export async function firstFormAndSwitches(runs = 9, renderer = RENDERER): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'techpass-bench-form-'))
  const servers: Server[] = []
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  try {
    for (const sub of ['new', 'back', 'bare']) mkdirSync(join(dir, sub))
    const fresh = await startupReplies(join(dir, 'new'))
    const back = await startupReplies(join(dir, 'back'), true)
    const sections = (back['guide:definition'] as { value: { sections: Section[] } }).value.sections
    const current = (back['ledger:snapshot'] as { value: { currentSectionId: string | null } }).value.currentSectionId
    const others = sections.filter((s) => s.id !== current)
    await bareReactPage(join(dir, 'bare'), renderer)
    const app = await serve(renderer)
    const bare = await serve(join(dir, 'bare'))
    servers.push(app.server, bare.server)
    const newScript = pageScript(fresh)
    const backScript = pageScript(back)
    const bareOne = bareScript(newScript)
    await loadToForm(browser, app.url, newScript, null)
    await loadToForm(browser, bare.url, bareOne, null)
    const [newLoads, backLoads, bareLoads] = await interleaved(runs, [
      () => loadToForm(browser, app.url, newScript, null),
      () => loadToForm(browser, app.url, backScript, others),
      () => loadToForm(browser, bare.url, bareOne, null),
    ])
    const b = spread(bareLoads!.map((l) => l.formAt))
    const n = spread(newLoads!.map((l) => l.formAt))
    const r = spread(backLoads!.map((l) => l.formAt))
    const s = spread(backLoads!.flatMap((l) => l.switches))
    const cpu = (loads: FormLoad[]) => ({ task: median(loads.map((l) => l.cpu.task)), script: median(loads.map((l) => l.cpu.script)) })
    const [nc, rc, bc] = [cpu(newLoads!), cpu(backLoads!), cpu(bareLoads!)]
    const withCpu = (wall: Spread, c: { task: number; script: number }) => `${msSpread(wall)}; main-thread CPU ${ms(c.task)} (script ${ms(c.script)})`
    const appLoads = [...newLoads!, ...backLoads!]
    const waves = Math.max(...appLoads.map((l) => l.waves))
    const how = `medians of ${runs} interleaved loads each (new user, returning user, bare page in turn, the order flipped each round), a fresh browser context each; from navigation start to the frame after the first \`${FIRST_FORM}\` appears; CPU: Chromium's TaskDuration and ScriptDuration in thread time, read just after`
    return [
      { measure: 'time to the first form, new user (profile form)', value: withCpu(n, nc), note: how },
      { measure: 'time to the first form, returning user (Step 1 form with its draft)', value: withCpu(r, rc), note: how },
      {
        measure: 'bare React page (same CSS, same loading path, same init script), for the ratios',
        value: withCpu(b, bc),
        note: "React rendering the checklist landmark and nothing else, with the app's index.html and CSS",
      },
      {
        measure: 'time to the first form ÷ bare React page, new user',
        value: ratio(n.median / b.median),
        target: '≤ 1.3×',
        met: n.median / b.median <= 1.3,
        note: `ratio of the wall-clock medians; main-thread CPU ${ratio(nc.task / bc.task)}`,
      },
      {
        measure: 'time to the first form ÷ bare React page, returning user on Step 1',
        value: ratio(r.median / b.median),
        target: '≤ 1.3×',
        met: r.median / b.median <= 1.3,
        note: `ratio of the wall-clock medians; main-thread CPU ${ratio(rc.task / bc.task)}`,
      },
      {
        measure: 'start-up IPC waves (before the first form shows)',
        value: `${waves} (${appLoads[0]!.calls} calls for a new user, ${backLoads![0]!.calls} for a returning one)`,
        target: '1',
        met: waves === 1,
        note: 'a call is in a later wave if it starts after an earlier call was answered; the most seen in any of the app loads above',
      },
      {
        measure: "step switch, click to tool visible, each step's first visit (median)",
        value: msSpread(s),
        target: '≤ 100 ms',
        met: s.median <= 100 && s.count === runs * others.length,
        note: `median of ${s.count} of ${runs * others.length} switches (every step but the current one, 500 ms after the first form, in each returning-user load); the frame after the tool's slot holds it`,
      },
    ]
  } finally {
    await browser.close()
    for (const server of servers) server.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
