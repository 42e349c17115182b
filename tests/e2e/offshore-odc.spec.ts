import { test, expect } from './fixtures'
import {
  field,
  fillRegistration,
  humanDay,
  prepareRequest,
  saveRegistrationAndSubmit,
  sendRequestAndRecordEmail,
  signInWalkthrough,
  tellWhoIAm,
} from './journey'

test.use({ now: '2026-11-23T10:00:00+08:00' })

test('an offshore user in an ODC may skip SEED, skips the officer in Step 1 but gives it in Step 2', async ({ app }) => {
  const page = app.page
  await page.getByRole('radio', { name: 'Offshore user in an offshore development centre (ODC)', exact: true }).check()
  await expect(page.getByRole('radio', { name: 'No', exact: true })).toBeEnabled()
  await tellWhoIAm(page, {
    audience: 'Offshore user in an offshore development centre (ODC)',
    seed: 'No',
    email: 'sam@odc-partner.com',
    onboardingOn: '2026-11-23',
  })
  await expect(page.getByTestId('deadline')).toHaveText(`Register by ${await humanDay(page, '2026-11-28')}: 5 days left.`)

  await prepareRequest(page, { mobile: '+63 917 123 4567', project: 'Data Platform' })
  await expect(field(page, 'Name of your offshore reporting officer')).toHaveCount(0)
  await expect(page.getByTestId('request-message')).not.toContainText('Offshore reporting officer')
  await sendRequestAndRecordEmail(page, '2026-11-23')

  await fillRegistration(page, { username: 'sam.reyes', first: 'Sam', last: 'Reyes', department: 'Data' })
  // R10 read literally: every offshore user gives the reporting officer on the registration form.
  await page.getByRole('button', { name: 'Save my registration details' }).click()
  await expect(page.getByText("Enter your reporting officer's name.")).toBeVisible()
  await field(page, "Reporting officer's name").fill('Maria Santos')
  await field(page, "Reporting officer's email").fill('maria.santos@odc-partner.com')
  await field(page, 'Company address').fill('8 Ayala Avenue, Makati, Philippines')
  await saveRegistrationAndSubmit(page)
  await signInWalkthrough(page, app.now)
})
