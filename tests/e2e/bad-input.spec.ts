import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect, LEDGER_FILE } from './fixtures'
import { field, ledgerBytes, prepareRequest, tellWhoIAm } from './journey'

test.use({ now: '2026-11-23T10:00:00+08:00' })

test('bad input gets a message that names the field, and nothing is saved', async ({ app }) => {
  const page = app.page
  const email = page.getByRole('textbox', { name: 'Organisational email' })
  await page.getByRole('radio', { name: 'Vendor', exact: true }).check()
  await page.getByRole('radio', { name: 'No', exact: true }).check()
  await email.fill('wei.ling@')
  await email.blur()
  await expect(page.getByText('Your work email needs a domain after the @')).toBeVisible()
  await email.fill('wei.ling@litemail.gov.sg')
  await expect(page.getByText('Your work email is a LiteMail address, or another address that TechPass does not accept.')).toBeVisible()
  await email.fill('wei.ling@vendor-co.com')
  await field(page, 'Date the TechPass onboarding email arrived').fill('2026-12-01')
  await page.getByRole('button', { name: 'Save my details' }).click()
  await expect(page.getByText('The date the TechPass onboarding email arrived is in the future.')).toBeVisible()
  // Nothing reached the ledger.
  await expect(page.getByTestId('next-action')).toContainText('Tell us who you are')

  await field(page, 'Date the TechPass onboarding email arrived').fill('')
  await tellWhoIAm(page, { audience: 'Vendor', seed: 'No', email: 'wei.ling@vendor-co.com' })
  const before = readFileSync(join(app.dataDir, LEDGER_FILE), 'utf8')

  await prepareRequest(page, { mobile: '9123 4567', project: 'Harbour\u200b Payments' })
  await field(page, 'Project name').blur()
  await expect(page.getByText('Start your mobile number with the country code')).toBeVisible()
  await expect(page.getByText('Your project name has hidden characters')).toBeVisible()
  await field(page, 'Project name').fill('x'.repeat(121))
  await expect(page.getByText('Your project name is too long. Use at most 120 characters.')).toBeVisible()
  await field(page, 'Project name').fill('   ')
  await expect(page.getByText('Enter your project name.')).toBeVisible()
  await page.getByRole('button', { name: 'I have sent the request' }).click()
  expect(readFileSync(join(app.dataDir, LEDGER_FILE), 'utf8')).toBe(before)
})

test('a personal email address is refused with the reason, and nothing is saved', async ({ app }) => {
  const page = app.page
  const before = ledgerBytes(app)
  await page.getByRole('radio', { name: 'Vendor', exact: true }).check()
  await page.getByRole('radio', { name: 'No', exact: true }).check()
  await page.getByRole('textbox', { name: 'Organisational email' }).fill('wei.ling@gmail.com')
  await page.getByRole('button', { name: 'Save my details' }).click()
  await expect(
    page.getByText('Your work email is a personal email address (gmail.com). TechPass needs the email address your organisation gave you.'),
  ).toBeVisible()
  await expect(page.getByTestId('next-action')).toContainText('Tell us who you are')
  expect(ledgerBytes(app)).toBe(before)
})
