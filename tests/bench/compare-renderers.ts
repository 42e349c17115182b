// Time to the first form for two or more renderer builds, loaded in turn with one bare page: the way to judge a change
// to the first screen on a shared, noisy machine, where two separate bench runs differ more than the change does.
//   npm run build && cp -a out/renderer /tmp/before   # on the code before the change
//   npm run build                                      # on the change
//   npx tsx --tsconfig tsconfig.run.json tests/bench/compare-renderers.ts /tmp/before out/renderer
// RUNS=n sets the loads per build and user (15 by default).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/harness/mode'
import { bareReactPage, bareScript, loadToForm, pageScript, serve, startupReplies } from './renderer.bench'
import { interleaved, ms, ratio, spread } from './stats'

const dirs = process.argv.slice(2)
if (dirs.length < 2) throw new Error('usage: compare-renderers.ts <renderer build> <renderer build> [more builds]')
const runs = Number(process.env.RUNS ?? 15)
const work = mkdtempSync(join(tmpdir(), 'techpass-compare-'))
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
const servers = []
try {
  for (const sub of ['new', 'back', 'bare']) mkdirSync(join(work, sub))
  const fresh = pageScript(await startupReplies(join(work, 'new')))
  const back = pageScript(await startupReplies(join(work, 'back'), true))
  await bareReactPage(join(work, 'bare'), resolve(dirs[0]!))
  const bare = await serve(join(work, 'bare'))
  servers.push(bare.server)
  const loads = [() => loadToForm(browser, bare.url, bareScript(fresh), null)]
  for (const dir of dirs) {
    const app = await serve(resolve(dir))
    servers.push(app.server)
    loads.push(
      () => loadToForm(browser, app.url, fresh, null),
      () => loadToForm(browser, app.url, back, null),
    )
  }
  // One load of each first, not counted (the browser's own first start).
  for (const load of loads) await load()
  const [bareLoads, ...appLoads] = await interleaved(runs, loads)
  const wall = (list: Awaited<ReturnType<typeof loadToForm>>[]) => spread(list.map((l) => l.formAt)).median
  const cpu = (list: Awaited<ReturnType<typeof loadToForm>>[]) => spread(list.map((l) => l.cpu.task)).median
  const b = wall(bareLoads!)
  console.log(`${runs} loads each, all in turn (the order flipped each round); medians from navigation to the frame after the first form.`)
  console.log(`bare React page: ${ms(b)}, main-thread CPU ${ms(cpu(bareLoads!))}`)
  dirs.forEach((dir, i) => {
    const [n, r] = [appLoads[2 * i]!, appLoads[2 * i + 1]!]
    console.log(
      `${dir}: new user ${ms(wall(n))} (${ratio(wall(n) / b)}, CPU ${ms(cpu(n))}); returning user ${ms(wall(r))} (${ratio(wall(r) / b)}, CPU ${ms(cpu(r))})`,
    )
  })
} finally {
  await browser.close()
  for (const server of servers) server.close()
  rmSync(work, { recursive: true, force: true })
}
