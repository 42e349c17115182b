import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { translator } from './catalog'
import { people } from './effort-walk'
import { expect, test } from './fixtures'
import { field, RESET_PASSWORD, sidebar, taskTitle, tellWhoIAm } from './journey'
import { noEnglishIn } from './no-english'
import { primaries } from './screen-checks'
import { doTask } from './task-walk'

test.describe('choosing a language', () => {
  test('the menu names each language in its own words, and the choice is kept across a restart', async ({ app }) => {
    const page = app.page
    const menu = page.getByTestId('language-menu')
    // A build that is not installed also offers testers the pseudo-locale, last.
    await expect(menu.locator('option')).toHaveText(['English', '简体中文', 'Tiếng Việt', 'Bahasa Indonesia', 'Pseudo-locale (test)'])
    await menu.selectOption('vi')
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
    await page.screenshot({ path: '/tmp/shots/vi-1280.png' })
    const again = await app.relaunch()
    await expect(again.getByTestId('language-menu')).toHaveValue('vi')
    await expect(again.locator('html')).toHaveAttribute('lang', 'vi')
  })
})

test.describe('a notice said before a language switch', () => {
  test('is said again in the new language, and only a translated screen offers the English guide', async ({ app }) => {
    const page = app.page
    const vi = await translator('vi')
    await page.getByTestId('language-menu').selectOption('en')
    await tellWhoIAm(page, { audience: 'Vendor', seed: 'No', email: 'wei.ling@vendor-co.com' })
    // The guide is in English already: no line says so.
    await expect(page.getByTestId('official-english')).toHaveCount(0)
    await page.getByTestId('language-menu').selectOption('vi')
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
    await expect(page.getByTestId('notice')).toHaveText(vi('Saved: your details are recorded.'))
    await expect(page.getByTestId('official-english')).toHaveCount(1)
  })
})

test.describe('a first start on a Vietnamese system', () => {
  test.use({ systemLanguages: ['vi-VN', 'en-US'] })
  test('follows the system language', async ({ app }) => {
    const page = app.page
    await expect(page.getByTestId('language-menu')).toHaveValue('vi')
  })
})

test.describe('in Vietnamese', () => {
  test.use({ systemLanguages: ['vi-VN', 'en-US'], now: '2026-11-23T10:00:00+08:00' })

  test('a vendor walks from launch to the finish in Vietnamese: no English is left on any screen, and dates are written the Vietnamese way', async ({
    app,
  }) => {
    test.slow()
    const page = app.page
    const vi = await translator('vi')
    const vendor = people.find((p) => p.name === 'vendor')!
    const { username, first, last, department } = vendor.registration
    const passwords = { initial: 'Initial-Pass-1', next: 'harbour lantern violet 42' }
    const noEnglish = await noEnglishIn('vi', [
      vendor.who.email,
      vendor.mobile,
      vendor.project,
      username,
      first,
      last,
      department,
      passwords.initial,
      passwords.next,
    ])
    // A day (and a time) as Vietnamese writes it, from Intl in the page (not a copy of its output).
    const vietnamese = (day: string, time?: string) =>
      page.evaluate(
        ([d, t]) => {
          const [y, m, dd] = d.split('-').map(Number) as [number, number, number]
          const [h, min] = (t ?? '00:00').split(':').map(Number) as [number, number]
          const format: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }
          if (t) Object.assign(format, { hour: 'numeric', minute: '2-digit' })
          return new Intl.DateTimeFormat('vi', format).format(new Date(y, m - 1, dd, h, min))
        },
        [day, time] as const,
      )
    const shot = async (name: string) => {
      await page.setViewportSize({ width: 800, height: 600 })
      await page.evaluate(() => window.scrollTo(0, 0))
      await page.screenshot({ path: `test-results/languages/vi-${name}-800x600.png` })
      await page.setViewportSize({ width: 1280, height: 800 })
    }
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
    const finished = page.getByRole('region', { name: vi('You have finished your TechPass onboarding') })
    const seen: string[] = []
    for (let n = 1; n <= 40 && !(await finished.isVisible()); n++) {
      if (!(await taskTitle(page).isVisible())) {
        // A finished step: the next-action card's one button goes to the next step's task.
        await noEnglish(page, `between steps (${n})`)
        await primaries(page).click()
        await expect(taskTitle(page).or(finished)).toBeVisible()
        continue
      }
      const title = (await taskTitle(page).textContent())!.trim()
      seen.push(title)
      await noEnglish(page, title)
      if (title === vi('Contact your project manager or reporting officer')) {
        // The request is written once the details are in: the screen says, in Vietnamese, that it stays English.
        await field(page, vi('Mobile number')).fill(vendor.mobile)
        await field(page, vi('Project name')).fill(vendor.project)
        await expect(page.getByTestId('request-message')).toContainText('Please request a TechPass account for me.')
        await expect(page.getByText(vi('The message is in English, so that everyone who handles your account request can read it.'))).toBeVisible()
        await noEnglish(page, `${title}, with the request written`)
        await shot('step-1')
      }
      if (title === vi(RESET_PASSWORD)) {
        // The optional checker, opened and used: its rules and verdicts are words on screen too.
        await page.getByText(vi('Check your new password first (optional)')).click()
        await field(page, vi('Initial password')).fill(passwords.initial)
        await field(page, vi('New password')).fill(passwords.next)
        await field(page, vi('Re-enter the new password')).fill(passwords.next)
        await expect(page.getByRole('list', { name: vi('Password rules') }).locator('.rule-no')).toHaveCount(0)
        await noEnglish(page, `${title}, the checker`)
      }
      const look = async (part: string) => {
        await noEnglish(page, `${title}: ${part}`)
        if (part === 'part 3') await shot('step-3-practice')
      }
      await doTask(page, title, vendor, () => app.now(), look, vi)
      // The next screen (the next task, a finished step or the end), with the answer to what was just done.
      await expect(taskTitle(page).or(finished).or(page.getByTestId('section-status')).first()).toBeVisible()
      await expect(page.locator('#task-title').filter({ hasText: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })).toHaveCount(0)
      await noEnglish(page, `after “${title}”`)
      if (title === vi('Wait for the registration email, then enter the date it arrived')) {
        // The deadline, 5 days after 23 November, as Vietnamese writes a day.
        const due = await vietnamese('2026-11-28')
        expect(due).toContain('tháng')
        await expect(page.getByTestId('deadline').first()).toContainText(due)
      }
    }
    await expect(finished).toBeVisible()
    await noEnglish(page, 'the finished screen')
    // The summary printed from it: main's answer, with the file's path, in Vietnamese too.
    await finished.getByRole('button', { name: vi('Print my summary (PDF)…') }).click()
    const [before, after] = vi('Saved your summary as {path}.').split('{path}') as [string, string]
    await expect(page.getByTestId('notice')).toHaveText(new RegExp(`^${before}.*\\.pdf${after.replace('.', '\\.')}$`))
    await noEnglish(page, 'the finished screen, summary printed')
    await shot('finished')
    // Every task was met once, from the first to the login check; late in the walk a day is still written the Vietnamese way.
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen[0]).toBe(vi('Tell us who you are'))
    expect(seen.at(-1)).toBe(vi('Verify that you can log in with TechPass'))
    const doneAt = await vietnamese('2026-11-23', '10:00')
    expect(doneAt).toContain('tháng')
    await expect(page.getByTestId('completion-summary')).toContainText(vi('Done on {when}', { when: doneAt }))
  })

  test('a translated step says once that the official guide is in English, and shows the step’s English text', async ({ app }) => {
    const page = app.page
    const vi = await translator('vi')
    const guide = JSON.parse(readFileSync(resolve('resources/guide/guide.json'), 'utf8')) as {
      sections: Array<{ role: string; items: Array<{ label: string }> }>
    }
    const step1 = guide.sections.find((s) => s.role === 'request')!
    await page.getByRole('radio', { name: vi('Vendor'), exact: true }).check()
    await page.getByRole('radio', { name: vi('No'), exact: true }).check()
    await page.getByRole('textbox', { name: vi('Organisational email') }).fill('wei.ling@vendor-co.com')
    await page.getByRole('button', { name: vi('Save my details') }).click()
    // Step 1's task: the line is there once, in Vietnamese.
    await expect(page.getByTestId('task')).toBeVisible()
    await expect(page.getByTestId('official-english')).toHaveCount(1)
    await expect(page.getByTestId('official-english')).toContainText(vi('The official guide is in English.'))
    const link = page.getByRole('button', { name: vi('Read this step in English') })
    for (const [width, height] of [
      [1280, 800],
      [800, 600],
    ] as const) {
      await page.setViewportSize({ width, height })
      await page.screenshot({ path: `test-results/languages/vi-line-${width}x${height}.png` })
    }
    await link.click()
    const english = page.getByRole('dialog')
    await expect(english).toBeVisible()
    await expect(english.locator('[lang="en"]')).toContainText(step1.items[0]!.label)
    await expect(english.locator('[lang="en"]')).toContainText(step1.items[1]!.label)
    await page.screenshot({ path: 'test-results/languages/vi-english-800x600.png' })
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.screenshot({ path: 'test-results/languages/vi-english-1280x800.png' })
    // Escape closes it, and the user is back where they were.
    await page.keyboard.press('Escape')
    await expect(english).toHaveCount(0)
    await expect(link).toBeFocused()
    await expect(page.getByTestId('task')).toBeVisible()
  })

  test('switching language on Step 3 keeps progress and what was typed', async ({ app }) => {
    const page = app.page
    await page.getByTestId('language-menu').selectOption('en')
    await tellWhoIAm(page, { audience: 'Vendor', seed: 'No', email: 'wei.ling@vendor-co.com' })
    // Typed in Step 1 but not sent: a draft.
    await sidebar(page, /Step 1/).click()
    await page.getByLabel('Project name', { exact: true }).fill('Harbour Payments')
    await sidebar(page, /Step 3/).click()
    const before = await page.locator('.sidebar .section-status').allInnerTexts()
    await page.getByTestId('language-menu').selectOption('vi')
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
    await expect(page.locator('.sidebar .section-status').first()).not.toHaveText(before[0]!)
    await page.getByTestId('language-menu').selectOption('en')
    await expect(page.locator('.sidebar .section-status')).toHaveText(before)
    await sidebar(page, /Step 1/).click()
    await expect(page.getByLabel('Project name', { exact: true })).toHaveValue('Harbour Payments')
  })
})
