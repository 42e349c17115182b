import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { field, sidebar, taskTitle, tellWhoIAm } from './journey'

// Issue 20: a step's tool is drawn with its step, never after a "Loading…" line, and the forms' drafts come with the
// start-up reads, so a returning user's form shows what they typed with no second round trip.
const guide = JSON.parse(readFileSync('resources/guide/guide.json', 'utf8')) as { sections: { id: string; title: string }[] }

// Notes every change to the page: the heading on screen, whether the step's tool is there, and any loading line.
const watch = (page: Page) =>
  page.evaluate(() => {
    const seen: { heading: string; tool: boolean; loading: boolean }[] = []
    ;(window as unknown as { __seen: typeof seen }).__seen = seen
    new MutationObserver(() => {
      const main = document.querySelector('main')
      const slot = main?.querySelector('.tool-slot')
      seen.push({
        heading: main?.querySelector('h1')?.textContent ?? '',
        tool: !!slot && slot.firstElementChild !== null && !slot.textContent.includes('Loading…'),
        loading: !!main?.textContent?.includes('Loading…'),
      })
    }).observe(document, { childList: true, subtree: true, characterData: true })
  })
const seen = (page: Page) => page.evaluate(() => (window as unknown as { __seen: { heading: string; tool: boolean; loading: boolean }[] }).__seen)

// The window draws once the start-up reads are answered, which can be after the page's load event. The walks
// (readability, one task at a time, effort, languages) look at the screen without waiting, and a walk that found it
// not drawn yet took it for a finished step and pressed its primary button: "Save my details" on the empty form, whose
// three refusals the readability walk then read. The app is handed to a test with its first screen drawn, every time.
test('the app is handed to a test with its first screen drawn, at launch and at relaunch', async ({ app }) => {
  for (const launch of [() => app.page, () => app.relaunch()]) {
    const page = await launch()
    expect(await taskTitle(page).isVisible(), 'the first task, on screen at once').toBe(true)
    expect(await page.locator('main[aria-busy="true"]').count(), 'the loading line').toBe(0)
    expect(await page.locator('#main .error').count(), 'refusals the user never caused').toBe(0)
  }
})

test('every step’s tool is drawn in the same frame as its heading, on its first visit', async ({ app }) => {
  const page = app.page
  await expect(taskTitle(page)).toHaveText('Tell us who you are')
  // The other steps' tools load when the browser is idle after the first screen.
  await page.waitForLoadState('networkidle')
  await watch(page)
  for (const section of guide.sections.slice(1)) {
    await page.getByRole('navigation', { name: 'Onboarding checklist' }).getByRole('button', { name: section.title }).click()
    await expect(page.getByRole('heading', { level: 1, name: section.title })).toBeVisible()
    await expect(page.locator(`#tool-${section.id}`)).not.toBeEmpty()
  }
  const changes = await seen(page)
  for (const section of guide.sections.slice(1)) {
    const withHeading = changes.filter((c) => c.heading === section.title)
    expect(withHeading.length, section.title).toBeGreaterThan(0)
    // Every change the page went through with this step's heading already had its tool.
    expect(
      withHeading.every((c) => c.tool),
      `${section.title}: its tool came after its heading`,
    ).toBe(true)
  }
  expect(changes.some((c) => c.loading)).toBe(false)
})

test('a returning user’s Step 1 form shows the saved draft, read with the start-up reads and never asked for again', async ({ app }) => {
  test.skip(app.mode !== 'browser', 'IPC traffic is recorded in browser mode')
  let page = app.page
  await tellWhoIAm(page, { audience: 'Vendor', seed: 'No', email: 'wei.ling@vendor-co.com' })
  await sidebar(page, /Step 1/).click()
  await field(page, 'Project name').fill('Harbour Payments')
  const outside = await app.outside()
  const draftCalls = (channel: string) => outside.traffic.filter((t) => t.includes(`"channel":"${channel}"`))
  await expect.poll(() => draftCalls('drafts:save').some((t) => t.includes('Harbour Payments'))).toBe(true)

  const before = draftCalls('drafts:load').length
  page = await app.relaunch()
  await expect(field(page, 'Project name')).toHaveValue('Harbour Payments')
  // Leaving the form and coming back reads the draft from the window's own memory.
  await sidebar(page, /Step 2/).click()
  await sidebar(page, /Step 1/).click()
  await expect(field(page, 'Project name')).toHaveValue('Harbour Payments')
  const loads = draftCalls('drafts:load').slice(before)
  // One read per form that keeps a draft, both in the start-up wave: none when a form is shown.
  expect(loads.map((t) => (JSON.parse(t) as { input: { form: string } }).input.form).sort()).toEqual(['registration', 'request'])
})

// The first number or date format in a renderer process sets up ICU's tables (about 20 ms); a worker of the page does
// it at start (intl-warm.ts), so the first screen's plurals are formatted without that cost on the page's thread. Here:
// the worker is really started from the page's own files under its CSP (a refusal fails the test), and ends itself.
test('the page starts its Intl warm-up worker once at start, and the worker ends itself', async ({ app }) => {
  const page = app.page
  const started: string[] = []
  const ended: string[] = []
  page.on('worker', (worker) => {
    started.push(worker.url())
    worker.on('close', () => ended.push(worker.url()))
  })
  await page.reload()
  await expect(taskTitle(page)).toBeVisible()
  const warm = (urls: string[]) => urls.filter((url) => /\/assets\/intl-warm\.worker-[^/]+\.js$/.test(url))
  await expect.poll(() => warm(started).length, { message: 'the warm-up worker, started by the page' }).toBe(1)
  await expect.poll(() => warm(ended).length, { message: 'the warm-up worker, ended by itself' }).toBe(1)
})
