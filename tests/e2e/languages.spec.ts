import { expect, test } from './fixtures'

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
