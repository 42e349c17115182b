import { readFileSync } from 'node:fs'
import { test, expect } from './fixtures'
import {
  fillRegistration,
  heading,
  humanDay,
  MDM_AUP,
  policy,
  prepareRequest,
  saveRegistrationAndSubmit,
  sendRequestAndRecordEmail,
  sidebar,
  signInWalkthrough,
  tellWhoIAm,
} from './journey'

test.use({ now: '2026-11-23T10:00:00+08:00' })

test('a vendor without SEED goes from who they are to the end of Step 3', async ({ app }) => {
  const page = app.page
  await expect(page.getByTestId('next-action')).toContainText('Tell us who you are')
  await tellWhoIAm(page, { audience: 'Vendor', seed: 'No', email: 'Wei.Ling@Vendor-Co.com' })
  await expect(page.getByTestId('deadline')).toHaveCount(0)

  await prepareRequest(page, { mobile: '+65 9123 4567', project: 'Harbour Payments' })
  await expect(page.getByLabel('Name of your offshore reporting officer', { exact: true })).toHaveCount(0)
  const message = page.getByTestId('request-message')
  await expect(message).toContainText('Please request a TechPass account for me.')
  await expect(message).toContainText('Organisational email: wei.ling@vendor-co.com')
  // One format for phone numbers: international, with spaces.
  await expect(message).toContainText('Mobile number: +65 9123 4567')
  await expect(message).not.toContainText('SEED')

  await page.getByRole('button', { name: 'Copy message' }).click()
  await expect(page.getByRole('status')).toHaveText('Copied the message. Paste it where you need it.')
  await page.getByRole('button', { name: 'Open in mail app' }).click()
  await page.getByRole('button', { name: 'Save as text file' }).click()
  await expect(page.getByRole('status')).toHaveText(/^Saved the message to /)
  const outside = await app.outside()
  expect(outside.clipboard.at(-1)).toContain('Project name: Harbour Payments')
  expect(outside.opened.some((u) => u.startsWith('mailto:?subject=') && u.includes(encodeURIComponent('Harbour Payments')))).toBe(true)
  expect(readFileSync(outside.saved.at(-1)!.path, 'utf8')).toContain('Subject: Request: TechPass account')

  await sendRequestAndRecordEmail(page, '2026-11-22')
  await expect(page.getByTestId('next-action').getByTestId('deadline')).toHaveText(`Register by ${await humanDay(page, '2026-11-27')}: 4 days left.`)

  await fillRegistration(page, { username: 'weiling.tan', first: 'Wei Ling', last: 'Tan', department: 'Payments' })
  await expect(page.getByLabel('Mobile number', { exact: true })).toHaveValue('+65 9123 4567')
  await expect(page.getByLabel("Reporting officer's name", { exact: true })).toHaveCount(0)
  await page.getByRole('button', { name: 'Copy Username' }).click()
  expect((await app.outside()).clipboard.at(-1)).toBe('weiling.tan')
  await saveRegistrationAndSubmit(page)
  await expect(page.getByTestId('deadline')).toHaveText(`Activate your account by ${await humanDay(page, '2026-12-22')}: 29 days left.`)

  await signInWalkthrough(page, app.now)
  expect((await app.outside()).opened).toContain('https://docs.developer.tech.gov.sg/')

  // Nothing is lost across a restart, and Step 6 never asks a vendor without SEED for the MDM AUP.
  const again = await app.relaunch()
  await expect(sidebar(again, /Step 3/)).toContainText('Done')
  await sidebar(again, /Step 6/).click()
  await expect(heading(again, 'Accept the terms and conditions')).toBeVisible()
  await expect(again.getByTestId('item-mdm-aup')).toHaveCount(0)
  await expect(policy(again, 'Privacy policy')).toBeVisible()
  await expect(policy(again, MDM_AUP)).toHaveCount(0)
})
