import { readdirSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { encodeStatus } from '../../src-shared/status-code'
import type { StatusFields } from '../../src-shared/status-code'
import { test, expect } from './fixtures'
import {
  ACCEPT_ON_TECHPASS,
  confirmItem,
  field,
  fillRegistration,
  humanDay,
  prepareRequest,
  readPolicy,
  RESET_PASSWORD,
  saved,
  saveRegistrationAndSubmit,
  sendRequestAndRecordEmail,
  setUpMfa,
  sidebar,
  signInWalkthrough,
  tellWhoIAm,
} from './journey'

// Issue 18, item 5: every sentence the app says is one it knows to be true.

const VENDOR = { audience: 'Vendor', seed: 'No', email: 'wei.ling@vendor-co.com' } as const
const ONBOARDING_DATE = 'Date the TechPass onboarding email arrived'
const trouble = (page: Page) => page.getByRole('group').filter({ hasText: 'Having trouble with this step?' })

// The whole step, as a person opens it from its task ("See all of Step N") to read its checklist and help.
async function wholeStep(page: Page, step: RegExp) {
  await sidebar(page, step).click()
  await expect(page.locator('main h1').first()).toBeVisible()
  const all = page.getByRole('button', { name: /^See all of / })
  if (await all.isVisible()) await all.click()
}

test.describe('on 23 November 2026', () => {
  test.use({ now: '2026-11-23T10:00:00+08:00' })

  test('Start over names the archive file the way the app really names it', async ({ app }) => {
    const page = app.page
    await tellWhoIAm(page, VENDOR)
    await page.getByRole('button', { name: 'Start over' }).click()
    const dialog = page.getByRole('dialog', { name: 'Start over?' })
    await expect(dialog).toContainText('ledger.archived-<date and time>.jsonl')
    await dialog.getByRole('button', { name: 'Archive and start over' }).click()
    await saved(page, /^Started over\./)
    const archived = readdirSync(app.dataDir).filter((f) => f.startsWith('ledger.archived-'))
    // The name made is the name said, with the date and time in its place.
    expect(archived).toHaveLength(1)
    expect(archived[0]).toMatch(/^ledger\.archived-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.jsonl$/)
  })

  test('the finish says what the user confirmed, never what the app cannot know', async ({ app }) => {
    test.slow()
    const page = app.page
    await tellWhoIAm(page, { ...VENDOR, onboardingOn: '2026-11-22' })
    await prepareRequest(page, { mobile: '+65 9123 4567', project: 'Harbour Payments' })
    await sendRequestAndRecordEmail(page, '2026-11-22')
    await fillRegistration(page, { username: 'weiling.tan', first: 'Wei Ling', last: 'Tan', department: 'Payments' })
    await saveRegistrationAndSubmit(page)
    await signInWalkthrough(page, app.now)
    await setUpMfa(page)
    await sidebar(page, /Step 5/).click()
    await confirmItem(page, RESET_PASSWORD)
    await sidebar(page, /Step 6/).click()
    await readPolicy(page, 'Privacy policy')
    await readPolicy(page, 'Terms of use')
    await confirmItem(page, ACCEPT_ON_TECHPASS)
    await sidebar(page, /Next steps/).click()
    await confirmItem(page, 'Verify that you can log in with TechPass')

    const finished = page.getByRole('region', { name: 'You have finished your TechPass onboarding' })
    await expect(finished).toBeVisible()
    await expect(finished).toContainText('You confirmed that you can log in with TechPass.')
    await expect(finished.getByRole('list', { name: 'What is done' }).getByRole('listitem').last()).toHaveText(
      /You confirmed that you can log in with TechPass/,
    )
    await expect(finished).not.toContainText(/you checked|login checked/i)
  })

  test('a vendor who never sent a request is told the invitation expired, not that a registration link stopped working', async ({ app }) => {
    const page = app.page
    await tellWhoIAm(page, { ...VENDOR, onboardingOn: '2026-11-10' })
    const nov15 = await humanDay(page, '2026-11-15')
    const words = `Your invitation has expired. The 5 days to register after your TechPass onboarding email ended on ${nov15}.`
    await expect(page.getByTestId('next-action')).toContainText('Request a new invitation')
    await expect(page.getByTestId('next-action')).toContainText(words)
    await expect(page.getByText(/link stopped working/)).toHaveCount(0)
    await sidebar(page, /Step 4/).click()
    await expect(page.getByTestId('section-reason')).toHaveText(`${words} Request a new invitation first.`)
    await expect(page.getByText(/link stopped working/)).toHaveCount(0)
  })

  test('each date ticks only its own item: the registration email never ticks the TechPass onboarding email', async ({ app }) => {
    const page = app.page
    await tellWhoIAm(page, VENDOR)
    await prepareRequest(page, { mobile: '+65 9123 4567', project: 'Harbour Payments' })
    await sendRequestAndRecordEmail(page, '2026-11-22')
    await wholeStep(page, /Step 1/)
    await expect(page.getByTestId('item-registration-email')).toContainText('Done on ')
    await wholeStep(page, /Before you start/)
    await expect(page.getByTestId('item-onboarding-email')).toBeVisible()
    await expect(page.getByTestId('item-onboarding-email')).not.toContainText('Done')
    await expect(page.getByTestId('section-status')).toHaveText('In progress · 2 of 3 done')

    await field(page, ONBOARDING_DATE).fill('2026-11-21')
    await page.getByRole('button', { name: 'Save my details' }).click()
    await saved(page, 'Saved: your details are recorded.')
    await expect(page.getByTestId('item-onboarding-email')).toContainText('Done on ')
    await expect(page.getByTestId('section-status')).toHaveText('Done')
  })

  test('the helpdesk decoder says a finished user has no deadline because every step is done', async ({ app }) => {
    const page = app.page
    const code = (fields: Partial<StatusFields>) =>
      encodeStatus({ sectionIndex: 7, audience: 'vendor', seed: 'no', deadline: 'none', finished: false, language: 'en', ...fields })
    await page.getByRole('button', { name: 'Helpdesk guide' }).click()
    const decoded = page.getByTestId('decoded-status')
    await page.getByLabel('Status code the user reads out').fill(code({ finished: true }))
    await page.getByRole('button', { name: 'Decode' }).click()
    await expect(decoded.getByRole('definition').last()).toHaveText('No deadline: every step is done')
    // Not finished and no date yet: that is still "No deadline yet".
    await page.getByLabel('Status code the user reads out').fill(code({ sectionIndex: 1 }))
    await page.getByRole('button', { name: 'Decode' }).click()
    await expect(decoded.getByRole('definition').last()).toHaveText('No deadline yet')
  })

  test('help text says only what the guide says; a helpdesk tip is marked as one, with its source', async ({ app }) => {
    const page = app.page
    await tellWhoIAm(page, VENDOR)
    for (const step of [/Before you start/, /Step 1/, /Step 2/, /Step 3/, /Step 4/, /Step 5/]) {
      await wholeStep(page, step)
      await trouble(page).getByText('Having trouble with this step?').click()
      const help = trouble(page)
      await expect(help).not.toContainText(/VPN|comes with your registration|letters, digits|5-day limit once it arrives/)
      // Each answer that is not from the official guide says so, and where it comes from.
      for (const answer of await help.getByRole('definition').all()) {
        const text = (await answer.textContent()) ?? ''
        if (text.includes('Helpdesk tip')) expect(text).toMatch(/Source: \S/)
      }
    }
    await wholeStep(page, /Step 2/)
    // Opened only if it is not open already (a help box left open on another step stays open).
    if (!(await trouble(page).evaluate((el) => el.closest('details')?.open ?? (el as HTMLDetailsElement).open)))
      await trouble(page).getByText('Having trouble with this step?').click()
    const taken = trouble(page).getByRole('definition').filter({ hasText: 'Choose another' })
    await expect(taken).toContainText('Helpdesk tip')

    // The helpdesk's runbook marks the same tips.
    await page.getByRole('button', { name: 'Helpdesk guide' }).click()
    const runbook = page.getByRole('region', { name: /^Runbook:/ })
    await runbook.getByRole('tab', { name: /^Step 3/ }).click()
    const answers = runbook.getByRole('tabpanel').getByRole('definition')
    await expect(answers.filter({ hasText: 'Helpdesk tip' }).first()).toContainText('Source: ')
    await expect(runbook.getByRole('tabpanel')).not.toContainText(/VPN|comes with the registration/)
  })

  test('the TechPass onboarding email (the invitation) and the registration email are named apart', async ({ app }) => {
    const page = app.page
    await wholeStep(page, /Before you start/)
    await expect(field(page, ONBOARDING_DATE)).toHaveAccessibleDescription(/your invitation/)
    await expect(page.getByRole('note').filter({ hasText: 'Register within 5 days' })).toContainText('TechPass onboarding email')
    await expect(page.getByTestId('item-onboarding-email')).toContainText('This email is your invitation.')
    await tellWhoIAm(page, VENDOR)
    await wholeStep(page, /Step 1/)
    await expect(page.getByTestId('item-registration-email')).toContainText('This email has the registration link.')
    await wholeStep(page, /Step 2/)
    await expect(page.getByRole('checkbox', { name: 'Open the registration link in the registration email' })).toBeVisible()
  })
})
