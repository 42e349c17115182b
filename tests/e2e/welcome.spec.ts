import { readFileSync } from 'node:fs'
import { test, expect } from './fixtures'
import { people } from './effort-walk'
import { sidebar, taskTitle, tellWhoIAm } from './journey'
import { doTask } from './task-walk'

const guide = JSON.parse(readFileSync('resources/guide/guide.json', 'utf8')) as { sections: { title: string; minutes: number }[] }
const total = guide.sections.reduce((sum, s) => sum + s.minutes, 0)

test.use({ now: '2026-11-23T10:00:00+08:00' })

test('a first-time user is told once how long it all takes; a returning user is told their progress was kept and where they were', async ({ app }) => {
  let page = app.page
  // First time: the whole journey's time, each part's time one click away, and the first task under it.
  const first = page.getByTestId('welcome-first')
  await expect(first).toContainText(`There are ${guide.sections.length} parts. They take about ${total} minutes in all`)
  await first.getByText('Each part and its time').click()
  await expect(first.getByRole('listitem')).toHaveCount(guide.sections.length)
  await expect(first.getByRole('listitem').first()).toHaveText(`Before you start about ${guide.sections[0]!.minutes} min`)
  await expect(taskTitle(page)).toHaveText('Tell us who you are')
  await expect(sidebar(page, /Step 6/)).toContainText(`about ${guide.sections[6]!.minutes} min`)
  await tellWhoIAm(page, { audience: 'Vendor', seed: 'No', email: 'wei.ling@vendor-co.com' })
  await expect(first).toHaveCount(0)
  await expect(page.getByTestId('welcome-back')).toHaveCount(0)

  // Back again: the progress is there, and the app says so once, with the task the user was at.
  page = await app.relaunch()
  await expect(page.getByTestId('welcome-first')).toHaveCount(0)
  const back = page.getByTestId('welcome-back')
  await expect(back).toHaveText('Welcome back. Your progress is saved. You were at: Contact your project manager or reporting officer.×')
  await back.getByRole('button', { name: 'Close this message' }).click()
  await expect(back).toHaveCount(0)
  // Said once: moving on does not bring it back.
  await sidebar(page, /Step 2/).click()
  await sidebar(page, /Step 1/).click()
  await expect(page.getByTestId('welcome-back')).toHaveCount(0)
})

test('a returning user whose task loads its own data (the policies) still hears where they were', async ({ app }) => {
  test.slow()
  let page = app.page
  const vendor = people[0]!
  for (let n = 0; n < 30; n++) {
    const title = (await taskTitle(page).textContent())!.trim()
    if (title === 'Read the privacy policy and terms of use') break
    await doTask(page, title, vendor, () => app.now())
    await expect(page.locator('#task-title', { hasText: title })).toHaveCount(0)
  }
  page = await app.relaunch()
  // The task's list of policies has loaded (a read of main's, not an action of the user's): the welcome stays.
  await expect(page.getByRole('region', { name: /^Privacy policy/ })).toBeVisible()
  await expect(page.getByTestId('welcome-back')).toHaveText(/You were at: Read the privacy policy and terms of use\./)
})
