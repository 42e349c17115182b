import { readFileSync } from 'node:fs'
import { test, expect } from './fixtures'
import { tellWhoIAm } from './journey'

test('the printed summary lists every step and hides the screen furniture', async ({ app }) => {
  const page = app.page
  await tellWhoIAm(page, { audience: 'Vendor', seed: 'No', email: 'wei.ling@vendor-co.com' })
  await page.getByRole('button', { name: 'Print my summary…' }).click()
  await expect(page.getByTestId('notice')).toHaveText(/^Saved your summary as .*techpass-onboarding-summary\.pdf\.$/)
  const pdf = readFileSync((await app.outside()).saved.at(-1)!.path)
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')

  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation', { name: 'Onboarding checklist' })).toBeHidden()
  await expect(page.getByTestId('next-action')).toBeHidden()
  const summary = page.getByTestId('print-summary')
  await expect(summary).toBeVisible()
  await expect(summary.getByRole('row')).toHaveCount(9)
  await expect(summary).toContainText('Vendor; SEED is not set up for you.')
  // Each step named once: "Before you start", "Step 1: Request a TechPass account".
  await expect(summary.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('Before you start')
  await expect(summary.getByRole('row').nth(2).getByRole('cell').first()).toHaveText('Step 1: Request a TechPass account')
  await expect(summary.getByRole('row').nth(8).getByRole('cell').first()).toHaveText('Next steps')
  await page.emulateMedia({ media: 'screen' })
  await expect(summary).toBeHidden()
})

test('the helpdesk runbook prints every step of the branch without its controls', async ({ app }) => {
  const page = app.page
  await page.getByRole('button', { name: 'Helpdesk guide' }).click()
  const runbook = page.getByRole('region', { name: /^Runbook:/ })
  await runbook.getByRole('tab', { name: 'Step 2' }).click()
  await expect(runbook.getByRole('heading', { level: 3 })).toHaveText(['Step 2: Complete the registration form'])
  await page.getByRole('button', { name: 'Print this runbook (PDF)…' }).click()
  await expect(page.getByTestId('notice')).toHaveText(/^Saved the runbook as .*\.pdf\.$/)
  await page.emulateMedia({ media: 'print' })
  await expect(runbook).toBeVisible()
  // On paper there are no tabs: every step is printed, in order.
  await expect(runbook.getByRole('heading', { level: 3 })).toHaveText([
    'Before you start',
    'Step 1: Request a TechPass account',
    'Step 2: Complete the registration form',
    'Step 3: Sign in with your initial password',
    'Step 4: Set up MFA',
    'Step 5: Reset your initial password',
    'Step 6: Accept the terms and conditions',
    'Next steps',
  ])
  await expect(runbook.getByRole('tablist')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Decode' })).toBeHidden()
  await expect(page.getByRole('group', { name: 'Branch' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Print this runbook (PDF)…' })).toBeHidden()
  await expect(page.getByTestId('print-summary')).toBeHidden()
  await page.emulateMedia({ media: 'screen' })
  await expect(runbook.getByRole('heading', { level: 3 })).toHaveText(['Step 2: Complete the registration form'])
})

test.describe('an administrator configuration with mistakes', () => {
  test.use({
    config: {
      organisationName: 'Acme Agency',
      deadlines: { registerDays: 'five', activateDays: 30, soonDays: 2 },
      refusedEmailDomains: ['acme-mail.com'],
      colour: 'blue',
    },
  })

  test('starts on defaults for the bad fields, names them, and applies the good ones', async ({ app }) => {
    const page = app.page
    const notices = page.getByTestId('config-notices')
    await expect(notices).toContainText('The setting "deadlines"')
    await expect(notices).toContainText('registerDays')
    await expect(notices).toContainText('The setting "colour"')
    await expect(page.getByText('Acme Agency · for vendors and offshore users')).toBeVisible()
    const email = page.getByRole('textbox', { name: 'Organisational email' })
    await email.fill('wei@acme-mail.com')
    await email.blur()
    await expect(page.getByText('Your work email is a LiteMail address, or another address that TechPass does not accept.')).toBeVisible()
  })
})

test.describe('a configuration file that is not JSON', () => {
  test.use({ config: '{ this is not json' })

  test('gives a notice and the app still works', async ({ app }) => {
    await expect(app.page.getByTestId('config-notices')).toContainText('is not valid JSON, so the built-in settings are used.')
    await tellWhoIAm(app.page, { audience: 'Vendor', seed: 'No', email: 'wei.ling@vendor-co.com' })
  })
})
