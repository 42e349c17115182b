import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import type { Browser, Page } from '@playwright/test'
import { fixedClock } from '../../src-main/config/clock'
import { createCore } from '../../src-main/core'
import { openConfStore } from '../../src-main/storage/conf-store'
import { launchBrowserApp } from '../e2e/harness/browser-app'
import type { Recorded } from '../e2e/harness/browser-app'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/harness/mode'
import { memoryVault } from '../support/memory-vault'
import { profileInput, requestInput } from '../unit/support/onboarding-inputs'
import { recordingPorts } from '../unit/support/ports'
import { RENDER_HOOK as HOOK, read, reset, settled } from '../support/react-renders'
import type { Counted } from '../support/react-renders'
import { median } from './stats'
import type { Row } from './stats'

// Issue 20: what React does for one keystroke in Step 1's form and for one checkbox click, counted in the built renderer
// in Chromium, with the real core behind the e2e browser harness. Nothing in the product counts: the page gets a React
// DevTools global hook before React loads, as the DevTools extension installs one, and React reports every commit to it.

const NOW = '2026-11-23T10:00:00+08:00'
const ZONE = 'Asia/Singapore'

// A data folder where one person has already done some steps, written by the real core before the app starts.
async function seeded(dataDir: string, calls: Array<[string, unknown]>): Promise<void> {
  const core = createCore({
    info: { name: 'TechPass Onboarding Assistant', version: '0.0.0-bench', dataDir, isPackaged: false, mode: 'browser-harness' },
    resourcesDir: resolve('resources'),
    openStore: openConfStore,
    clock: fixedClock(new Date(NOW)),
    ports: recordingPorts().ports,
    emit: () => {},
    timeZone: ZONE,
  })
  const dispatch = core.dispatcher(() => true)
  const trusted = { contentsId: 1, isMainFrame: true, frameUrl: 'app://techpass/index.html' }
  for (const [channel, input] of calls) {
    const result = await dispatch(channel, input, trusted)
    if (!result.ok) throw new Error(`seeding ${channel} failed`)
  }
}

async function withApp<T>(browser: Browser, calls: Array<[string, unknown]>, use: (page: Page, recorded: Recorded) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'techpass-bench-renders-'))
  const saveDir = mkdtempSync(join(tmpdir(), 'techpass-bench-renders-saved-'))
  const recorded: Recorded = { opened: [], clipboard: [], saved: [], traffic: [], toOpen: [], shown: [] }
  try {
    await seeded(dataDir, calls)
    const app = await launchBrowserApp(browser, { dataDir, saveDir, blocked: [], recorded, vault: memoryVault(), now: NOW, timeZone: ZONE, beforeLoad: HOOK })
    try {
      return await use(app.page, recorded)
    } finally {
      await app.close()
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(saveDir, { recursive: true, force: true })
  }
}

const draftSaves = (recorded: Recorded) => recorded.traffic.filter((t) => t.startsWith('{"channel":"drafts:save"')).length

// Everything one keystroke causes: the commit of the key itself, and the draft kept 400 ms later (and its save answered).
async function keystrokes(browser: Browser): Promise<Array<Counted & { typed: string }>> {
  return withApp(browser, [['profile:save', profileInput('offshore-non-odc')]], async (page, recorded) => {
    const out: Array<Counted & { typed: string }> = []
    await page.locator('#field-projectName').waitFor()
    for (const name of ['orgEmail', 'mobile', 'projectName', 'officerName', 'officerEmail', 'companyAddress']) {
      const field = page.locator(`#field-${name}`)
      await field.focus()
      await field.press('End')
      // The blur of the field before (it marks that one touched) and any idle preloading settle first.
      await page.waitForTimeout(600)
      await settled(page)
      const saves = draftSaves(recorded)
      await reset(page)
      await page.keyboard.press('x')
      const deadline = Date.now() + 5000
      while (draftSaves(recorded) === saves && Date.now() < deadline) await page.waitForTimeout(20)
      await settled(page)
      out.push({ ...(await read(page)), typed: name })
    }
    return out
  })
}

// One click on a checklist checkbox, from the click to the "Saved" notice and the frames after it.
async function checkboxClick(browser: Browser): Promise<Counted> {
  const vendor: Array<[string, unknown]> = [
    ['profile:save', profileInput('vendor')],
    ['request:send', requestInput('vendor')],
    ['request:email-received', { on: '2026-11-21' }],
  ]
  return withApp(browser, vendor, async (page) => {
    await page.getByRole('button', { name: /See all of Step 2/ }).click()
    const box = page.locator('#item-open-link')
    await box.waitFor()
    await page.waitForTimeout(800)
    await settled(page)
    await reset(page)
    await box.click()
    await page.getByTestId('notice').filter({ hasText: 'is confirmed' }).waitFor()
    await settled(page)
    return read(page)
  })
}

export async function rendersPerAction(runs = 3): Promise<Row[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  try {
    const typed: Array<Counted & { typed: string }> = []
    const clicks: Counted[] = []
    for (let i = 0; i < runs; i++) {
      typed.push(...(await keystrokes(browser)))
      clicks.push(await checkboxClick(browser))
    }
    const fieldCounts = typed.map((k) => k.fields.length)
    const worst = Math.max(...fieldCounts)
    const onlyOwn = typed.every((k) => k.fields.length === 1 && k.fields[0] === k.typed)
    const others = typed.filter((k) => k.fields.some((f) => f !== k.typed)).length
    return [
      {
        measure: "Field renders per keystroke in Step 1's form (offshore user, 6 Fields)",
        value: `${median(fieldCounts)} median, ${worst} most (${others} of ${typed.length} keystrokes re-rendered another Field)`,
        target: '1 Field (the one typed in)',
        met: onlyOwn,
        note: `${runs} runs × one key in each of the 6 Fields, built renderer in Chromium, real core; counted from the key to its draft's save answered, by a React DevTools hook the bench puts in the page; commits ${median(typed.map((k) => k.commits))}, component renders ${median(typed.map((k) => k.components))} (medians)`,
      },
      {
        measure: 'one checklist checkbox click: React commits, component renders',
        value: `${median(clicks.map((c) => c.commits))} commits, ${median(clicks.map((c) => c.components))} component renders (median)`,
        note: `${runs} runs, a vendor on "See all of Step 2" ticking the first item; from the click to the frames after the "Saved" notice`,
      },
    ]
  } finally {
    await browser.close()
  }
}
