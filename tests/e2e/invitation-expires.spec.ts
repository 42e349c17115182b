import { test, expect } from './fixtures'
import { heading, prepareRequest, sendRequestAndRecordEmail, sidebar, tellWhoIAm } from './journey'

test.use({ now: '2026-11-23T10:00:00+08:00' })

test('an invitation that expires midway takes the user to request a new one, with the request prefilled', async ({ app }) => {
  let page = app.page
  await tellWhoIAm(page, { audience: 'Offshore user not in an ODC', email: 'priya@acme-offshore.com', onboardingOn: '2026-11-22' })
  await prepareRequest(page, {
    mobile: '+91 98765 43210',
    project: 'Harbour Payments',
    officer: { name: 'Arjun Mehta', email: 'arjun@acme-offshore.com', address: '12 MG Road, Bengaluru' },
  })
  await sendRequestAndRecordEmail(page, '2026-11-22')
  await expect(page.getByTestId('deadline-banner')).toHaveAttribute('data-state', 'fine')

  // The last day: 5 days after 22 November, in Singapore time.
  page = await app.relaunch({ now: '2026-11-27T23:30:00+08:00' })
  await expect(page.getByTestId('deadline-banner')).toHaveAttribute('data-state', 'last-day')
  await expect(page.getByTestId('deadline-banner')).toContainText('Register today: this is the last day (2026-11-27).')

  // Half an hour later it has expired, and the next action says so.
  page = await app.relaunch({ now: '2026-11-28T00:00:00+08:00' })
  await expect(page.getByTestId('deadline-banner')).toHaveAttribute('data-state', 'expired')
  await expect(page.getByTestId('next-action')).toContainText('Request a new invitation')
  await expect(heading(page, 'Request a TechPass account')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Your invitation has expired' })).toBeVisible()

  await page.getByRole('button', { name: 'SEED email expired? Submit a service request' }).click()
  expect((await app.outside()).opened).toContain('https://go.gov.sg/seed-techpass-support')

  await page.getByRole('button', { name: 'Request a new invitation' }).click()
  await expect(page.getByTestId('deadline-banner')).toHaveAttribute('data-state', 'renewing')
  await expect(page.getByLabel('Project name', { exact: true })).toHaveValue('Harbour Payments')
  await expect(page.getByLabel("Offshore reporting officer's name", { exact: true })).toHaveValue('Arjun Mehta')
  await expect(sidebar(page, /Step 1/)).toContainText('0/4')
  await sendRequestAndRecordEmail(page, '2026-11-28')
  await expect(page.getByTestId('deadline-banner')).toHaveAttribute('data-state', 'fine')
  await expect(page.getByTestId('deadline-banner')).toContainText('Register by 2026-12-03: 5 days left.')
})
