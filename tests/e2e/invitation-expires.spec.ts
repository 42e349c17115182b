import { test, expect } from './fixtures'
import { heading, humanDay, item, prepareRequest, sendRequestAndRecordEmail, sidebar, status, stepStatus, tellWhoIAm } from './journey'
import { primaries } from './screen-checks'

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
  // The deadline is said once, inside the next-action card.
  await expect(page.getByTestId('deadline')).toHaveCount(1)
  await expect(page.getByTestId('next-action').getByTestId('deadline')).toHaveAttribute('data-state', 'fine')

  // The last day: 5 days after 22 November, in Singapore time.
  page = await app.relaunch({ now: '2026-11-27T23:30:00+08:00' })
  const nov27 = await humanDay(page, '2026-11-27')
  await expect(page.getByTestId('deadline')).toHaveAttribute('data-state', 'last-day')
  await expect(page.getByTestId('deadline')).toHaveText(`Register today. Today is the last day (${nov27}).`)

  // Half an hour later it has expired, and the next action says so.
  page = await app.relaunch({ now: '2026-11-28T00:00:00+08:00' })
  await expect(page.getByTestId('next-action')).toContainText('Request a new invitation')
  await expect(heading(page, 'Request a TechPass account')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Your invitation has expired' })).toBeVisible()
  // Said once on this screen, in the card; one primary button, and it is the remedy.
  await expect(page.getByText(`Your registration link stopped working after ${nov27}.`)).toHaveCount(1)
  await expect(page.getByTestId('next-action')).toContainText(`Your registration link stopped working after ${nov27}.`)
  await expect(page.getByTestId('deadline')).toHaveCount(0)
  await expect(primaries(page)).toHaveText(['Request a new invitation'])
  // Expired is "Action needed" where the remedy is, never a green tick; what depends on it waits, with the reason said once.
  // No count beside it: "4 of 4 done" next to an expired invitation would read as finished.
  await expect(status(page)).toHaveText('Action needed')
  await expect(sidebar(page, /Step 1/)).toContainText('Action needed')
  await expect(sidebar(page, /Step 2/)).toContainText('Action needed')
  for (const step of [/Step 3/, /Step 4/, /Step 5/, /Step 6/, /Next steps/]) await expect(sidebar(page, step)).toContainText('Waiting')
  await sidebar(page, /Step 4/).click()
  await expect(status(page)).toHaveText(/^Waiting/)
  const reason = `Your registration link stopped working after ${nov27}. Request a new invitation first.`
  await expect(page.getByTestId('section-reason')).toHaveText(reason)
  await expect(page.getByText(/stopped working after/)).toHaveCount(1)
  await expect(primaries(page)).toHaveText(['Go to Step 1'])
  // Each waiting box still tells a screen reader why, by pointing at that one sentence (after the item's own detail).
  await expect(item(page, 'Install the Microsoft Authenticator app on your phone')).toBeDisabled()
  await expect(item(page, 'Install the Microsoft Authenticator app on your phone')).toHaveAccessibleDescription(
    `You already have it if you did the practice in Step 3. ${reason}`,
  )
  await expect(item(page, 'Scan the TechPass QR code with Microsoft Authenticator')).toHaveAccessibleDescription(
    `The QR code is on the TechPass page in your web browser. ${reason}`,
  )
  await sidebar(page, /Step 1/).click()

  await page.getByRole('button', { name: 'Request a new invitation' }).click()
  await expect(page.getByTestId('deadline')).toHaveAttribute('data-state', 'renewing')
  await expect(page.getByLabel('Project name', { exact: true })).toHaveValue('Harbour Payments')
  await expect(page.getByLabel('Name of your offshore reporting officer', { exact: true })).toHaveValue('Arjun Mehta')
  // Nothing is done after a renewal, so nothing says "In progress".
  for (const step of [/Step 1/, /Step 2/, /Step 4/]) await expect(stepStatus(page, step)).toHaveText(/^Not started( · about \d+ min)?$/)
  await sendRequestAndRecordEmail(page, '2026-11-28')
  await expect(page.getByTestId('deadline')).toHaveAttribute('data-state', 'fine')
  await expect(page.getByTestId('deadline')).toHaveText(`Register by ${await humanDay(page, '2026-12-03')}: 5 days left.`)
})
