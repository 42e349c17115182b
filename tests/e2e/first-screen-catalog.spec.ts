import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page, Route } from '@playwright/test'
import { CSP } from '../../src-main/origin/app-origin'
import { catalogEntries } from './catalog'
import { expect, test } from './fixtures'
import { stepStatus, tellWhoIAm } from './journey'

// The English catalog comes in two parts (lingui-english-split.ts): the first screen's messages are in its script, the
// rest is a file fetched at start. Here that file is held back, so the first screen must be whole without it, and what
// needs the rest (a step's tool) must wait for it rather than show message ids.
const REST = /_virtual_english-rest-[^/]*\.js$/

async function holdRest(page: Page): Promise<{ release: () => Promise<void>; asked: () => boolean }> {
  let held: Route | null = null
  await page.route(REST, (route) => {
    held = route
  })
  return {
    asked: () => held !== null,
    release: async () => {
      const route = held as Route | null
      if (!route) throw new Error('The rest of the English catalog was never asked for')
      const file = resolve('out/renderer/assets', new URL(route.request().url()).pathname.split('/').pop()!)
      await route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(file), headers: { 'Content-Security-Policy': CSP } })
    },
  }
}

// Every message id of the catalog that is not plain English words: if one is on screen, a message was shown before its text arrived.
async function visibleIds(page: Page): Promise<string[]> {
  const ids = (await catalogEntries('en')).map((e) => e.id).filter((id) => !/^[A-Za-z ]+$/.test(id))
  const text = await page.locator('body').innerText()
  return ids.filter((id) => text.includes(id))
}

test('a new user: the welcome, the checklist and the first step are in English before the rest of the catalog arrives', async ({ app }) => {
  const page = app.page
  const rest = await holdRest(page)
  await page.reload()
  await expect(page.getByRole('navigation', { name: 'Onboarding checklist' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tell us who you are')
  await expect(stepStatus(page, /Step 1/)).toContainText('Not started')
  await expect.poll(rest.asked, { message: 'the rest of English is fetched at start, without a click' }).toBe(true)
  // The step's form needs the rest: it waits, and no message id shows meanwhile.
  await expect(page.getByRole('radio', { name: 'Vendor', exact: true })).toHaveCount(0)
  expect(await visibleIds(page)).toEqual([])
  await rest.release()
  await expect(page.getByRole('radio', { name: 'Vendor', exact: true })).toBeVisible()
  expect(await visibleIds(page)).toEqual([])
})

test('a returning user: the next action and the step are in English before the rest arrives', async ({ app }) => {
  const page = app.page
  await tellWhoIAm(page, { audience: 'Vendor', seed: 'No', email: 'wei.ling@vendor-co.com' })
  const rest = await holdRest(page)
  await page.reload()
  await expect(page.getByTestId('next-action')).toBeVisible()
  await expect(stepStatus(page, /Step 1/)).not.toBeEmpty()
  expect(await visibleIds(page)).toEqual([])
  await expect(page.getByTestId('overall-progress')).toContainText('0 of 8 sections done')
  await rest.release()
  // The task's own tool, which waited for the rest, is there now.
  await expect(page.locator('main .button.primary').first()).toBeVisible()
  expect(await visibleIds(page)).toEqual([])
})
