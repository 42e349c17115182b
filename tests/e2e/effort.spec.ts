import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { countEffort } from './effort'
import { people } from './effort-people'
import {
  acceptPolicy,
  ACCEPT_ON_TECHPASS,
  confirmItem,
  field,
  fillRegistration,
  MDM_AUP,
  practiseMfa,
  prepareRequest,
  readPolicy,
  RESET_PASSWORD,
  saveRegistrationAndSubmit,
  sendRequestAndRecordEmail,
  setUpMfa,
  SIGN_IN_ITEMS,
  sidebar,
  tellWhoIAm,
} from './journey'

// Clicks and keystrokes from launch to the finished screen, for each audience, on the shortest path the app allows:
// the optional onboarding date and the optional password checker are left out. tests/effort-0.1.0/ walks the same
// people through 0.1.0 with the same counter, for the before-and-after in the README.
// The budgets are this release's counts: a change that adds work for the user (or saves some) fails here and says so.

test.use({ now: '2026-11-23T10:00:00+08:00' })

// This release's counts, clicks and keystrokes from launch to the finish.
const budgets: Record<string, { clicks: number; keys: number }> = {
  vendor: { clicks: 33, keys: 97 },
  'offshore-odc': { clicks: 33, keys: 147 },
  'offshore-non-odc': { clicks: 34, keys: 157 },
}

for (const person of people) {
  test(`effort from launch to the finish: ${person.name}`, async ({ app }, testInfo) => {
    test.slow()
    const page = app.page
    const effort = countEffort(page)
    // Playwright's input methods are patched for this page's whole worker: put back however the walk ends.
    let counted: ReturnType<typeof effort.stop>
    try {
      effort.part('Before you start')
      await tellWhoIAm(page, person.who)

      effort.part('Step 1')
      const officer = person.officer?.inStep === 1 ? { officer: person.officer } : {}
      await prepareRequest(page, { mobile: person.mobile, project: person.project, ...officer })
      await page.getByRole('button', { name: 'Copy message' }).click()
      await sendRequestAndRecordEmail(page, '2026-11-23')

      effort.part('Step 2')
      await fillRegistration(page, person.registration)
      if (person.officer?.inStep === 2) {
        await field(page, "Reporting officer's name").fill(person.officer.name)
        await field(page, "Reporting officer's email").fill(person.officer.email)
        await field(page, 'Company address').fill(person.officer.address)
      }
      await saveRegistrationAndSubmit(page)

      effort.part('Step 3')
      await sidebar(page, /Step 3/).click()
      effort.part('MFA practice')
      await practiseMfa(page, app.now)
      effort.part('Step 3')
      await page.getByRole('button', { name: 'Open the Docs portal' }).click()
      for (const label of SIGN_IN_ITEMS) await confirmItem(page, label)

      effort.part('Step 4')
      await setUpMfa(page)

      effort.part('Step 5')
      await sidebar(page, /Step 5/).click()
      await confirmItem(page, RESET_PASSWORD)

      effort.part('Step 6')
      await sidebar(page, /Step 6/).click()
      await readPolicy(page, 'Privacy policy')
      await readPolicy(page, 'Terms of use')
      await confirmItem(page, ACCEPT_ON_TECHPASS)
      if (person.seed) await acceptPolicy(page, MDM_AUP)

      effort.part('Next steps')
      await sidebar(page, /Next steps/).click()
      await page.getByRole('button', { name: 'Open the TechPass login guide' }).click()
      await confirmItem(page, 'Verify that you can log in with TechPass')
      if (person.seed) await confirmItem(page, 'Continue with SEED onboarding')
      await expect(page.getByRole('region', { name: 'You have finished your TechPass onboarding' })).toBeVisible()
    } finally {
      counted = effort.stop()
    }
    const dir = join('test-results', 'effort')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, `after-${person.name}.json`), `${JSON.stringify({ version: 'after', audience: person.name, ...counted }, null, 2)}\n`)
    await testInfo.attach('effort', { body: JSON.stringify(counted, null, 2), contentType: 'application/json' })
    console.log(`${person.name}: ${counted.total.clicks} clicks, ${counted.total.keys} keystrokes`)
    // Exact, so the counter cannot quietly count nothing, and the README's numbers stay this release's.
    expect(counted.total, 'clicks and keystrokes from launch to the finish').toEqual(budgets[person.name])
  })
}
