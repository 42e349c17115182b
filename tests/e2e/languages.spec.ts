import { englishPieces, translator } from './catalog'
import { expect, test } from './fixtures'
import { sidebar, tellWhoIAm } from './journey'

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

test.describe('a first start on a Vietnamese system', () => {
  test.use({ systemLanguages: ['vi-VN', 'en-US'] })
  test('follows the system language', async ({ app }) => {
    const page = app.page
    await expect(page.getByTestId('language-menu')).toHaveValue('vi')
  })
})

test.describe('in Vietnamese', () => {
  test.use({ systemLanguages: ['vi-VN', 'en-US'], now: '2026-11-23T10:00:00+08:00' })

  test('a vendor starts in Vietnamese: no English is left on screen, and dates are written the Vietnamese way', async ({ app }) => {
    const page = app.page
    const vi = await translator('vi')
    const english = await englishPieces('vi')
    // Policy texts are legal texts in their official language; everything else must be Vietnamese.
    const noEnglish = async (where: string) => {
      const text = await page.evaluate(() => {
        const copy = document.body.cloneNode(true) as HTMLElement
        // The request the user sends their project manager is in English on purpose; the screen says so.
        copy.querySelectorAll('.policy-text, [hidden], select, [data-testid="request-message"]').forEach((el) => el.remove())
        return copy.innerText
      })
      expect(
        english.filter((piece) => text.includes(piece)),
        `English left on "${where}"`,
      ).toEqual([])
    }
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
    await noEnglish('Before you start')
    await page.getByRole('radio', { name: vi('Vendor'), exact: true }).check()
    await page.getByRole('radio', { name: vi('No'), exact: true }).check()
    await page.getByRole('textbox', { name: vi('Organisational email') }).fill('wei.ling@vendor-co.com')
    await page.getByRole('button', { name: vi('Save my details') }).click()
    await expect(page.getByTestId('notice')).toHaveText(vi('Saved: your details are recorded.'))
    await noEnglish('Step 1, the request')
    await page.getByLabel(vi('Mobile number'), { exact: true }).fill('+65 9123 4567')
    await page.getByLabel(vi('Project name'), { exact: true }).fill('Harbour Payments')
    await page.getByRole('button', { name: vi('I have sent the request') }).click()
    await noEnglish('Step 1, the registration email')
    await page.getByLabel(vi('Date the registration email arrived'), { exact: true }).fill('2026-11-22')
    await page.getByRole('button', { name: vi('Save this date') }).click()
    // The deadline, 5 days after 22 November, as Vietnamese writes a day.
    const due = await page.evaluate(() => new Intl.DateTimeFormat('vi', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(2026, 10, 27)))
    expect(due).toContain('tháng')
    await expect(page.getByTestId('deadline').first()).toContainText(due)
    await noEnglish('Step 2')
    await page.setViewportSize({ width: 800, height: 600 })
    await page.screenshot({ path: 'test-results/languages/vi-step-2-800x600.png' })
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
