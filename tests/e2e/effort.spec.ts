import { test, expect } from './fixtures'
import { countEffort, keepCounts } from './effort'
import { people, throughStep2 } from './effort-walk'
import { acceptPolicy, ACCEPT_ON_TECHPASS, confirmItem, MDM_AUP, practiseMfa, readPolicy, RESET_PASSWORD, setUpMfa, SIGN_IN_ITEMS, sidebar } from './journey'

// Clicks and keystrokes from launch to the finished screen, for each audience, on the shortest path the app allows:
// the optional password checker is left out. The TechPass onboarding date is typed with the details: only that date
// ticks "I have received the TechPass onboarding email", so the finish needs it, and typing it there costs no click. tests/effort-0.1.0/ walks the same
// people through 0.1.0 with the same counter, for the before-and-after in the README.
// The budgets are this release's counts: a change that adds work for the user (or saves some) fails here and says so.

test.use({ now: '2026-11-23T10:00:00+08:00' })

// This release's counts, clicks and keystrokes from launch to the finish.
const budgets: Record<string, { clicks: number; keys: number }> = {
  vendor: { clicks: 33, keys: 105 },
  'offshore-odc': { clicks: 33, keys: 155 },
  'offshore-non-odc': { clicks: 34, keys: 165 },
}

for (const person of people) {
  test(`effort from launch to the finish: ${person.name}`, async ({ app }, testInfo) => {
    test.slow()
    const page = app.page
    const counted = await countEffort(page, async (part) => {
      await throughStep2(page, person, part, { ...person.who, onboardingOn: '2026-11-23' })

      part('Step 3')
      await sidebar(page, /Step 3/).click()
      part('MFA practice')
      await practiseMfa(page, app.now)
      part('Step 3')
      await page.getByRole('button', { name: 'Open the Docs portal' }).click()
      for (const label of SIGN_IN_ITEMS) await confirmItem(page, label)

      part('Step 4')
      await setUpMfa(page)

      part('Step 5')
      await sidebar(page, /Step 5/).click()
      await confirmItem(page, RESET_PASSWORD)

      part('Step 6')
      await sidebar(page, /Step 6/).click()
      await readPolicy(page, 'Privacy policy')
      await readPolicy(page, 'Terms of use')
      await confirmItem(page, ACCEPT_ON_TECHPASS)
      if (person.seed) await acceptPolicy(page, MDM_AUP)

      part('Next steps')
      await sidebar(page, /Next steps/).click()
      await page.getByRole('button', { name: 'Open the TechPass login guide' }).click()
      await confirmItem(page, 'Verify that you can log in with TechPass')
      if (person.seed) await confirmItem(page, 'Continue with SEED onboarding')
      await expect(page.getByRole('region', { name: 'You have finished your TechPass onboarding' })).toBeVisible()
    })
    await keepCounts(testInfo, 'after', person.name, counted)
    // Exact, so the counter cannot quietly count nothing, and the README's numbers stay this release's.
    expect(counted.total, 'clicks and keystrokes from launch to the finish').toEqual(budgets[person.name])
  })
}
