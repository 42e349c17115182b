import { test, expect } from './fixtures'
import { codeFor, scanQr } from './authenticator'
import {
  checkAndConfirmPassword,
  fillRegistration,
  prepareRequest,
  readAndAccept,
  rehearseMfa,
  saveRegistrationAndSubmit,
  sendRequestAndRecordEmail,
  sidebar,
  signInWalkthrough,
  tellWhoIAm,
} from './journey'

test('an offshore user not in an ODC goes from Before you start to the completion summary', async ({ app }) => {
  test.slow()
  const page = app.page
  await tellWhoIAm(page, { audience: 'Offshore user not in an ODC', email: 'priya@acme-offshore.com' })
  await prepareRequest(page, {
    mobile: '+91 98765 43210',
    project: 'Harbour Payments',
    officer: { name: 'Arjun Mehta', email: 'arjun@acme-offshore.com', address: '12 MG Road, Bengaluru' },
  })
  const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Singapore' }))
  await sendRequestAndRecordEmail(page, today)
  await fillRegistration(page, { username: 'priya.k', first: 'Priya', last: 'Krishnan', department: 'Engineering' })
  await saveRegistrationAndSubmit(page)
  await signInWalkthrough(page)
  await rehearseMfa(page, (s) => codeFor(s), scanQr)
  await checkAndConfirmPassword(page, { initial: 'Initial-Pass-1', next: 'harbour lantern violet 42' })

  await sidebar(page, /Step 6/).click()
  // SEED is mandatory for this audience, so the MDM AUP is required too.
  await readAndAccept(page, 'Privacy policy')
  await readAndAccept(page, 'Terms of use')
  await expect(page.getByTestId('section-status')).toHaveText('In progress · 1 of 2 done')
  await readAndAccept(page, 'MDM acceptable use policy (SEED)')
  await expect(page.getByTestId('section-status')).toHaveText('Done · 2 of 2 done')

  await sidebar(page, /Next steps/).click()
  await page.getByRole('button', { name: 'Open the TechPass login guide' }).click()
  expect((await app.outside()).opened.at(-1)).toMatch(/^https:\/\/docs\.developer\.tech\.gov\.sg\//)
  await page.getByRole('checkbox', { name: 'Verify that you can log in with TechPass' }).check()
  await page.getByRole('checkbox', { name: 'Continue with SEED onboarding' }).check()
  const summary = page.getByTestId('completion-summary')
  await expect(summary.getByRole('heading')).toHaveText('You have finished: your onboarding record')
  await expect(summary).toContainText('Offshore user not in an ODC; SEED provisioned')
  await expect(summary).toContainText('MFA rehearsed: a practice code was verified on')
  await expect(summary).toContainText('Password reset confirmed on')
  await expect(summary).toContainText(/Privacy policy version 1\.0 accepted on .* \(SHA-256 [0-9a-f]{12}…\)/)
  await expect(summary).toContainText('MDM AUP version 1.0 accepted on')
  await expect(summary.getByText('Not finished')).toHaveCount(0)
  await expect(page.getByTestId('overall-progress')).toContainText('8 of 8 sections done')
})
