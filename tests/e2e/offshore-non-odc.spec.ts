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

const officer = { name: 'Arjun Mehta', email: 'arjun.mehta@acme-offshore.com', address: '12 MG Road\nBengaluru 560001\nIndia' }

test('an offshore user not in an ODC must have SEED and gives the officer details in Steps 1 and 2', async ({ app }) => {
  const page = app.page
  await page.getByRole('radio', { name: 'Offshore user not in an ODC', exact: true }).check()
  await expect(page.getByRole('radio', { name: 'Yes', exact: true })).toBeChecked()
  await expect(page.getByRole('radio', { name: 'No', exact: true })).toBeDisabled()
  await expect(page.getByText('Offshore users who are not in an offshore development centre (ODC) must have SEED.')).toBeVisible()
  await tellWhoIAm(page, { audience: 'Offshore user not in an ODC', email: 'priya@acme-offshore.com', onboardingOn: '2026-11-20' })
  await expect(page.getByTestId('deadline')).toHaveAttribute('data-state', 'soon')
  await expect(page.getByTestId('deadline')).toHaveText(`Register by ${await humanDay(page, '2026-11-25')}: 2 days left.`)

  await prepareRequest(page, { mobile: '+91 98765 43210', project: 'Harbour Payments' })
  // The officer fields are required for this audience: the message waits for them.
  await expect(page.getByTestId('request-message')).toHaveCount(0)
  await field(page, 'Name of your offshore reporting officer').fill(officer.name)
  await field(page, 'Email of your offshore reporting officer').fill(officer.email)
  await field(page, 'Offshore company address').fill(officer.address)
  const message = page.getByTestId('request-message')
  await expect(message).toContainText('Please request a TechPass account and SEED provisioning for me.')
  await expect(message).toContainText('Offshore reporting officer: Arjun Mehta (arjun.mehta@acme-offshore.com)')
  await expect(message).toContainText('Offshore company address: 12 MG Road, Bengaluru 560001, India')
  await sendRequestAndRecordEmail(page, '2026-11-21')
  // The onboarding-email date was known first, so it still sets the deadlines.
  await expect(page.getByTestId('deadline')).toContainText(`Register by ${await humanDay(page, '2026-11-25')}`)

  await fillRegistration(page, { username: 'priya.k', first: 'Priya', last: 'Krishnan', department: 'Engineering' })
  await expect(field(page, "Reporting officer's name")).toHaveValue(officer.name)
  await expect(field(page, "Reporting officer's email")).toHaveValue(officer.email)
  await expect(field(page, 'Company address')).toHaveValue(officer.address)
  await saveRegistrationAndSubmit(page)
  await signInWalkthrough(page, app.now)
})
