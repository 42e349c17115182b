import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import {
  acceptPolicy,
  ACCEPT_ON_TECHPASS,
  checkAndConfirmPassword,
  confirmItem,
  MDM_AUP,
  fillRegistration,
  prepareRequest,
  readPolicy,
  RESET_PASSWORD,
  saved,
  saveRegistrationAndSubmit,
  sendRequestAndRecordEmail,
  setUpMfa,
  sidebar,
  signInWalkthrough,
  stepStatus,
  taskTitle,
  tellWhoIAm,
} from './journey'

test('an offshore user not in an ODC goes from Before you start to the completion summary', async ({ app }) => {
  test.slow()
  const page = app.page
  const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Singapore' }))
  // Only the TechPass onboarding email's own date ticks its item, so the finish needs it.
  await tellWhoIAm(page, { audience: 'Offshore user not in an ODC', email: 'priya@acme-offshore.com', onboardingOn: today })
  await prepareRequest(page, {
    mobile: '+91 98765 43210',
    project: 'Harbour Payments',
    officer: { name: 'Arjun Mehta', email: 'arjun@acme-offshore.com', address: '12 MG Road, Bengaluru' },
  })
  await sendRequestAndRecordEmail(page, today)
  await fillRegistration(page, { username: 'priya.k', first: 'Priya', last: 'Krishnan', department: 'Engineering' })
  await saveRegistrationAndSubmit(page)
  await signInWalkthrough(page, app.now)
  await setUpMfa(page)
  await checkAndConfirmPassword(page, { initial: 'Initial-Pass-1', next: 'harbour lantern violet 42' })

  await sidebar(page, /Step 6/).click()
  // SEED is mandatory for this audience, so the MDM AUP is required too.
  await readPolicy(page, 'Privacy policy')
  await readPolicy(page, 'Terms of use')
  await expect(stepStatus(page, /Step 6/)).toHaveText('In progress · 1 of 3')
  await confirmItem(page, ACCEPT_ON_TECHPASS)
  await expect(stepStatus(page, /Step 6/)).toHaveText('In progress · 2 of 3')
  await acceptPolicy(page, MDM_AUP)
  await expect(stepStatus(page, /Step 6/)).toHaveText('Done')

  await sidebar(page, /Next steps/).click()
  // Before the end: the login check (R18) and, for SEED users, SEED onboarding (two last tasks); no finished moment yet.
  await expect(taskTitle(page)).toHaveText('Verify that you can log in with TechPass')
  await expect(page.getByTestId('task')).toContainText('Task 1 of 2')
  await expect(page.getByTestId('finished')).toHaveCount(0)
  await page.getByRole('button', { name: 'Open the TechPass login guide' }).click()
  expect((await app.outside()).opened.at(-1)).toMatch(/^https:\/\/docs\.developer\.tech\.gov\.sg\//)
  await confirmItem(page, 'Verify that you can log in with TechPass')
  await confirmItem(page, 'Continue with SEED onboarding')

  // The finished moment: what is done, the login check, what SEED users do next, and the summary to print beside it.
  const finished = page.getByRole('region', { name: 'You have finished your TechPass onboarding' })
  await expect(finished).toBeVisible()
  const done = finished.getByRole('list', { name: 'What is done' })
  for (const line of [
    'Before you start',
    'Step 1: Request a TechPass account',
    'Step 6: Accept the terms and conditions',
    'You confirmed that you can log in with TechPass',
  ]) {
    await expect(done.getByRole('listitem').filter({ hasText: line })).toHaveCount(1)
  }
  await expect(finished.getByTestId('seed-next')).toContainText('What comes next: SEED onboarding.')
  await expect(page.getByRole('heading', { name: 'Two last things' })).toHaveCount(0)
  await finished.getByRole('button', { name: 'Print my summary (PDF)…' }).click()
  await saved(page, /^Saved your summary as .*\.pdf\.$/)
  expect((await app.outside()).saved.at(-1)?.path).toMatch(/\.pdf$/)

  const summary = page.getByTestId('completion-summary')
  await expect(summary.getByRole('heading')).toHaveText('Your onboarding record')
  await expect(summary).toContainText('Offshore user not in an ODC; SEED provisioned')
  await expect(summary).toContainText('MFA rehearsed: a practice code was verified on')
  await expect(summary).toContainText(`${RESET_PASSWORD}: confirmed on`)
  await expect(summary).toContainText(/Privacy policy version 1\.0 read on .* \(text fingerprint [0-9a-f]{12}\)/)
  await expect(summary).toContainText(`${ACCEPT_ON_TECHPASS}: confirmed on`)
  await expect(summary).toContainText(/MDM acceptable use policy \(SEED\) version 1\.0 accepted on .* \(text fingerprint [0-9a-f]{12}\)/)
  await expect(summary.getByText('Not finished')).toHaveCount(0)
  await expect(page.getByTestId('overall-progress')).toContainText('8 of 8 sections done')
  // The password checked in Step 5 was never written anywhere or sent to the main process.
  const outside = await app.outside()
  for (const haystack of [...readdirSync(app.dataDir).map((f) => readFileSync(join(app.dataDir, f), 'utf8')), ...outside.traffic]) {
    expect(haystack).not.toContain('harbour lantern violet 42')
  }
})
