import { test, expect } from './fixtures'
import { expectNoSeriousViolations } from './a11y'
import { seeAll, sidebar, status, taskTitle, tellWhoIAm } from './journey'

test('every screen and dialog has no serious or critical axe violations', async ({ app }) => {
  test.slow()
  const page = app.page
  await expectNoSeriousViolations(page, 'Before you start (empty)')
  const email = page.getByRole('textbox', { name: 'Organisational email' })
  await email.fill('x@litemail.gov.sg')
  await email.blur()
  await expectNoSeriousViolations(page, 'Before you start (with an error)')
  await tellWhoIAm(page, {
    audience: 'Offshore user not in an ODC',
    email: 'priya@acme-offshore.com',
    onboardingOn: await page.evaluate(() => new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Singapore' })),
  })
  // Step 1 holds the next action: it opens on that one task, and its whole page is one click away.
  await sidebar(page, /Step 1/).click()
  await expect(taskTitle(page)).toBeVisible()
  await page.waitForLoadState('networkidle')
  await expectNoSeriousViolations(page, 'Step 1 (its task)')
  await seeAll(page)
  await expect(status(page)).toBeVisible()
  await page.waitForLoadState('networkidle')
  await expectNoSeriousViolations(page, 'Step 1 (all of it)')
  for (const [name, label] of [
    [/Step 2/, 'Step 2'],
    [/Step 3/, 'Step 3'],
    [/Step 5/, 'Step 5'],
    [/Step 6/, 'Step 6'],
    [/Next steps/, 'Next steps'],
  ] as const) {
    await sidebar(page, name).click()
    await expect(status(page)).toBeVisible()
    await page.waitForLoadState('networkidle')
    await expectNoSeriousViolations(page, label)
  }
  await sidebar(page, /Step 4/).click()
  await expectNoSeriousViolations(page, 'Step 4')
  await sidebar(page, /Step 3/).click()
  // The practice goes one part at a time: the QR code is its second part.
  await page.getByRole('button', { name: 'Next: I have Authenticator' }).click()
  await page.getByRole('button', { name: 'Create a practice QR code' }).click()
  await expect(page.getByTestId('practice-qr')).toBeVisible()
  await expectNoSeriousViolations(page, 'Step 3 with the practice QR code')
  await page.getByRole('button', { name: 'Save a support bundle…' }).click()
  await expectNoSeriousViolations(page, 'Save a support bundle dialog')
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Start over' }).click()
  await expectNoSeriousViolations(page, 'Start over dialog')
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Helpdesk guide' }).click()
  await page.getByLabel('Status code the user reads out').fill('TP-000-0')
  await page.getByRole('button', { name: 'Decode' }).click()
  await expectNoSeriousViolations(page, 'Helpdesk guide')
})

test.describe('the recovery screen', () => {
  test.use({ corruptLedger: 'not json' })
  test('has no serious or critical axe violations', async ({ app }) => {
    await expect(app.page.getByRole('heading', { name: 'We could not open your saved progress' })).toBeVisible()
    await expectNoSeriousViolations(app.page, 'Recovery screen')
  })
})

test('at 200% zoom the checklist still fits and works', async ({ app }) => {
  const page = app.page
  // A 1280×900 window at 200% zoom leaves 640×450 CSS pixels.
  await page.setViewportSize({ width: 640, height: 450 })
  // A first-time user opens on the first task of Before you start.
  await expect(page.getByRole('heading', { level: 1, name: 'Tell us who you are' })).toBeVisible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await tellWhoIAm(page, { audience: 'Vendor', seed: 'No', email: 'wei.ling@vendor-co.com' })
  // Saving the details moves the view on to Step 1's first task by itself, with focus on its heading.
  await expect(page.getByRole('heading', { level: 1, name: 'Contact your project manager or reporting officer' })).toBeFocused()
  await expect(page.getByRole('button', { name: 'I have sent the request' })).toBeVisible()
  await expectNoSeriousViolations(page, 'Step 1 at 200% zoom')
})

// base.css writes "read aloud, not drawn" once and switches it per width: the app's name and the steps' names give way
// below 1000 px, the count of finished steps below 1400 px. Each is still read aloud at every width.
test('words that give way on a narrow window are still read aloud, and drawn where they fit', async ({ app }) => {
  const page = app.page
  const drawn = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => {
        const box = el.getBoundingClientRect()
        return box.width > 1 && box.height > 1
      })
  const stepOne = sidebar(page, /Request a TechPass account/)
  await expect(page.getByRole('heading', { level: 1, name: 'Tell us who you are' })).toBeVisible()
  for (const [width, name, steps, count] of [
    [1500, true, true, true],
    [1280, true, true, false],
    [800, false, false, false],
  ] as const) {
    await page.setViewportSize({ width, height: 800 })
    expect(await drawn('.brand-name'), `the app's name at ${width} px`).toBe(name)
    expect(await drawn('.section-text'), `the steps' names at ${width} px`).toBe(steps)
    expect(await drawn('.header .progress > span:first-of-type'), `the count of finished steps at ${width} px`).toBe(count)
    // Drawn or not, the words are in the page for a screen reader: the step's button is still named by them, and none
    // of them is display:none (which would hide it from screen readers too).
    await expect(stepOne).toBeVisible()
    await expect(page.locator('.brand-name')).toHaveText('TechPass Onboarding Assistant')
    for (const selector of ['.brand-name', '.section-text', '.header .progress > span:first-of-type'])
      await expect(page.locator(selector).first(), `${selector} at ${width} px`).not.toHaveCSS('display', 'none')
  }
  // The tool's own heading is never drawn: the task's heading above it says the same.
  await expect(page.locator('.task-page .tool > h2:first-child').first()).toHaveCSS('position', 'absolute')
})

test('the axe gate itself catches a serious violation', async ({ app }) => {
  await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible()
  await app.page.evaluate(() => {
    const img = document.createElement('img')
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='
    img.width = 40
    img.height = 40
    document.querySelector('main')?.append(img)
  })
  await expect(expectNoSeriousViolations(app.page, 'a page with an image that has no text alternative')).rejects.toThrow(/image-alt/)
})
