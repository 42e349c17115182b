import { test, expect } from './fixtures'

test('a ticked item is still ticked after the app restarts on the same data folder', async ({ app }) => {
  const page = app.page
  await expect(page.getByRole('navigation', { name: 'Onboarding checklist' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Before you start' })).toBeVisible()

  await page.getByRole('button', { name: /Step 1.*Request a TechPass account/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Request a TechPass account' })).toBeFocused()
  const item = page.getByRole('checkbox', { name: /Contact your project manager/ })
  await item.check()
  await expect(page.getByRole('status')).toHaveText('Saved: marked as done.')
  await expect(page.getByTestId('section-status')).toHaveText('In progress · 1 of 4 done')

  const relaunched = await app.relaunch()
  // The first unfinished section is Prerequisites, so that is where the app opens.
  await expect(relaunched.getByRole('heading', { level: 1, name: 'Before you start' })).toBeVisible()
  const step1 = relaunched.getByRole('button', { name: /Step 1.*Request a TechPass account/ })
  await expect(step1).toContainText('In progress · 1/4')
  await step1.click()
  await expect(relaunched.getByRole('checkbox', { name: /Contact your project manager/ })).toBeChecked()
  await expect(relaunched.getByRole('checkbox', { name: /organisational email, mobile number/ })).not.toBeChecked()
})

test('unticking is recorded too, and a finished section shows as done', async ({ app }) => {
  const page = app.page
  const who = page.getByRole('checkbox', { name: /Tell us who you are/ })
  const email = page.getByRole('checkbox', { name: /standard organisational email/ })
  const onboarding = page.getByRole('checkbox', { name: /received the TechPass onboarding email/ })
  await who.check()
  await expect(who).toBeChecked()
  await email.check()
  await expect(email).toBeChecked()
  await onboarding.check()
  await expect(page.getByRole('button', { name: /Prerequisites.*Before you start/ })).toContainText('Done · 3/3')
  await expect(page.getByTestId('overall-progress')).toContainText('1 of 8 sections done')
  await email.uncheck()
  await expect(page.getByRole('status')).toHaveText('Saved: marked as not done.')

  const relaunched = await app.relaunch()
  await expect(relaunched.getByRole('checkbox', { name: /standard organisational email/ })).not.toBeChecked()
  await expect(relaunched.getByRole('checkbox', { name: /received the TechPass onboarding email/ })).toBeChecked()
})

test('the checklist works from the keyboard alone', async ({ app }) => {
  const page = app.page
  await expect(page.getByRole('heading', { level: 1, name: 'Before you start' })).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to the current step' })).toBeFocused()
  const first = page.getByRole('checkbox', { name: /standard organisational email/ })
  await first.focus()
  await page.keyboard.press('Space')
  await expect(first).toBeChecked()
  await page.getByRole('button', { name: /Next: Request a TechPass account/ }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Request a TechPass account' })).toBeFocused()
})
