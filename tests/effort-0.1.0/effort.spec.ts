import { test, expect } from './fixtures'
import { codeFor, scanQr } from './authenticator'
import { countEffort, keepCounts } from './effort'
import { field, readAndAccept, saved, sidebar } from './journey'
import { people, throughStep2 } from './effort-walk'

// The "before" of tests/e2e/effort.spec.ts: the same three people on the same shortest path, through 0.1.0 (commit 37dd70f).
// run.sh copies this file, tests/e2e/effort.ts and tests/e2e/effort-walk.ts into a 0.1.0 checkout; it imports that
// version's journey helpers.
// Differences from today's path are 0.1.0's own rules: the MFA practice was optional (counted apart, under "MFA practice"),
// the password checker had to pass before the reset could be confirmed, and both policies were accepted in the app.

test.use({ now: '2026-11-23T10:00:00+08:00' })

for (const person of people) {
  test(`effort from launch to the finish: ${person.name}`, async ({ app }, testInfo) => {
    test.slow()
    const page = app.page
    const counted = await countEffort(page, async (part) => {
      await throughStep2(page, person, part)

      part('Step 3')
      await sidebar(page, /Step 3/).click()
      await page.getByRole('button', { name: 'Open the Docs portal' }).click()
      await saved(page, 'Opened the Docs portal in your browser.')
      for (const name of [/click Login/, /username and click Next/, /initial password and click Sign in/, /Click Next to set up MFA/]) {
        await page.getByRole('checkbox', { name }).check()
        await saved(page, 'Saved: marked as done.')
      }

      part('Step 4')
      await sidebar(page, /Step 4/).click()
      part('MFA practice')
      await page.getByRole('button', { name: 'Create a practice QR code' }).click()
      const secret = (await scanQr(page)).searchParams.get('secret') ?? ''
      await page.getByLabel('6-digit code').fill(codeFor(secret, 0, app.now()))
      await page.getByRole('button', { name: 'Check the code' }).click()
      await expect(page.locator('#mfa-outcome')).toHaveText(/^Code accepted\./)
      part('Step 4')
      for (const name of [/Install Microsoft Authenticator/, /Scan the QR code/, /Confirm number matching/]) {
        await page.getByRole('checkbox', { name }).check()
        await saved(page, 'Saved: marked as done.')
      }

      part('Step 5')
      await sidebar(page, /Step 5/).click()
      await field(page, 'Initial password').fill('Initial-Pass-1')
      await field(page, 'New password').fill('harbour lantern violet 42')
      await field(page, 'Re-enter the new password').fill('harbour lantern violet 42')
      await page.getByRole('button', { name: 'I have reset my password on TechPass' }).click()
      await saved(page, 'Saved: password reset confirmed. Your password was not stored.')

      part('Step 6')
      await sidebar(page, /Step 6/).click()
      await readAndAccept(page, 'Privacy policy')
      await readAndAccept(page, 'Terms of use')
      if (person.seed) await readAndAccept(page, 'MDM acceptable use policy (SEED)')

      part('Next steps')
      await sidebar(page, /Next steps/).click()
      await page.getByRole('button', { name: 'Open the TechPass login guide' }).click()
      await page.getByRole('checkbox', { name: 'Verify that you can log in with TechPass' }).check()
      if (person.seed) await page.getByRole('checkbox', { name: 'Continue with SEED onboarding' }).check()
      await expect(page.getByTestId('completion-summary').getByRole('heading')).toHaveText('You have finished: your onboarding record')
    })
    await keepCounts(testInfo, 'before', person.name, counted)
  })
}
