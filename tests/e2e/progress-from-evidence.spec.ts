import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import type { AppHandle } from './fixtures'
import { expectNoSeriousViolations } from './a11y'
import { codeFor, scanQr, secretOf } from './authenticator'
import {
  fillRegistration,
  humanDay,
  item,
  ledgerBytes,
  MDM_AUP,
  acceptPolicy,
  policy,
  prepareRequest,
  saved,
  saveRegistration,
  SEED_UNKNOWN,
  seeAll,
  sendRequestAndRecordEmail,
  sidebar,
  status,
  taskTitle,
  tellWhoIAm,
} from './journey'
import { english } from './english'
import type { Msg } from '../../src-shared/message'

// Each bypass of "progress from evidence" is refused with a message, and the progress file stays byte for byte.

type Reply = { ok: true; value: unknown } | { ok: false; error: { code: string; message: Msg } }
type Calls = Record<string, Record<string, (input?: unknown) => Promise<Reply>>>

/** What a tampered renderer could send: window.techpass called directly, past every disabled control. */
const asRenderer = (page: Page, domain: string, verb: string, input?: unknown): Promise<Reply> =>
  page.evaluate(({ d, v, i }) => (window as unknown as { techpass: Calls }).techpass[d]![v]!(i), { d: domain, v: verb, i: input })

async function refused(app: AppHandle, domain: string, verb: string, input: unknown, message: string | RegExp) {
  const before = ledgerBytes(app)
  const reply = await asRenderer(app.page, domain, verb, input)
  expect(reply.ok).toBe(false)
  // Main answers with a message id and values; said in English here, as the window would say it.
  if (!reply.ok) expect(english(reply.error.message)).toMatch(message)
  expect(ledgerBytes(app)).toBe(before)
}

const nothingChanged = async (app: AppHandle, before: string | null) => expect(ledgerBytes(app)).toBe(before)
const checklist = (page: Page) => page.getByRole('region', { name: 'Checklist' })

test.use({ now: '2026-11-23T10:00:00+08:00' })

test('with no profile at all, evidence has no box to tick and every confirmation waits for what comes first', async ({ app }) => {
  test.slow()
  const page = app.page
  await expect(page.getByTestId('next-action')).toContainText('Tell us who you are')
  // Evidence rows and confirmation boxes, section by section, as the guide lists them.
  const expected: Array<[RegExp, number, number]> = [
    [/Before you start/, 3, 0],
    [/Step 1/, 4, 0],
    [/Step 2/, 2, 2],
    [/Step 3/, 1, 4],
    [/Step 4/, 0, 3],
    [/Step 5/, 0, 1],
    [/Step 6/, 2, 1],
    [/Next steps/, 0, 2],
  ]
  for (const [name, evidence, boxes] of expected) {
    await sidebar(page, name).click()
    // The step holding the next action opens on its task; its checklist is the whole step's.
    if (name.source === 'Before you start') {
      await expect(taskTitle(page)).toHaveText('Tell us who you are')
      await seeAll(page)
    }
    await expect(checklist(page).locator('[data-testid^="item-"]')).toHaveCount(evidence)
    const ticks = checklist(page).getByRole('checkbox')
    await expect(ticks).toHaveCount(boxes)
    for (const box of await ticks.all()) {
      await expect(box).toBeDisabled()
      // Another step is named short ("(Step 1)"); a step never names itself.
      await expect(box).toHaveAccessibleDescription(/Do this first: [^()]+( \(Step \d\))?\.$/)
    }
    await expect(status(page)).toHaveText(/^Not started · 0 of \d+ done$/)
  }
  await sidebar(page, /Step 2/).click()
  await expect(item(page, 'Open the registration link in the registration email')).toHaveAccessibleDescription(
    'Do this first: The registration email has arrived (Step 1).',
  )
  await item(page, 'Open the registration link in the registration email').click({ force: true })
  await expect(item(page, 'Open the registration link in the registration email')).not.toBeChecked()

  // Past the disabled controls, main refuses too, and writes nothing (there is not even a file yet).
  expect(ledgerBytes(app)).toBeNull()
  await refused(
    app,
    'checklist',
    'confirm',
    { role: 'request', item: 'contact-manager', done: true },
    /^You cannot tick “Contact your project manager or reporting officer” yourself\. The assistant ticks it when you click “I have sent the request”\. Nothing was changed\.$/,
  )
  await refused(app, 'checklist', 'confirm', { role: 'sign-in', item: 'practise-code', done: true }, /when it accepts a code from your practice entry/)
  await refused(
    app,
    'checklist',
    'confirm',
    { role: 'registration', item: 'open-link', done: true },
    'Do this first: The registration email has arrived (Step 1). Nothing was changed.',
  )
  await refused(
    app,
    'checklist',
    'confirm',
    { role: 'finish', item: 'verify-login', done: true },
    /^Do this first: Accept the privacy policy and terms of use on TechPass \(Step 6\)\. Nothing was changed\.$/,
  )
  await refused(
    app,
    'policy',
    'accept',
    { id: 'privacy-policy', version: '1.0', sha256: '0'.repeat(64) },
    /Accept the Privacy policy on the TechPass page, not here/,
  )
  expect(ledgerBytes(app)).toBeNull()
  await expect(page.getByTestId('next-action')).toContainText('Tell us who you are')
  await expect(page.getByTestId('overall-progress')).toContainText('0 of 8 sections done')
})

test('after the registration link expired, submitting the form is confirmed only with a day on or before the deadline', async ({ app }) => {
  let page = app.page
  await tellWhoIAm(page, { audience: 'Vendor', seed: 'No', email: 'wei.ling@vendor-co.com', onboardingOn: '2026-11-22' })
  await prepareRequest(page, { mobile: '+65 9123 4567', project: 'Harbour Payments' })
  await sendRequestAndRecordEmail(page, '2026-11-22')
  await fillRegistration(page, { username: 'weiling.tan', first: 'Wei Ling', last: 'Tan', department: 'Payments' })
  await saveRegistration(page)
  // The link was opened (confirmed, the form's task before); what is left is to submit the form.
  await expect(taskTitle(page)).toHaveText('Submit the registration form')

  // Two days after the last day (2026-11-27).
  page = await app.relaunch({ now: '2026-11-29T10:00:00+08:00' })
  await expect(page.getByTestId('next-action')).toContainText('Request a new invitation')
  await expect(page.getByTestId('next-action')).toContainText('confirm it in Step 2. Give the date you did it.')
  await sidebar(page, /Step 2/).click()
  await expect(status(page)).toHaveText('Action needed')
  // No box to tick: only a date, with its own button.
  await expect(item(page, 'Submit the registration form')).toHaveCount(0)
  const day = page.getByLabel(/If you did this on or before the deadline/)
  const confirm = page.getByRole('button', { name: 'Confirm with this date' })
  await expect(day).toBeVisible()
  await expectNoSeriousViolations(page, 'Step 2 with an expired link and a late confirmation')

  const before = ledgerBytes(app)
  await confirm.click()
  // Main's dates reach the screen in the one human format.
  const [nov20, nov22, nov27, nov28] = await Promise.all(['2026-11-20', '2026-11-22', '2026-11-27', '2026-11-28'].map((d) => humanDay(page, d)))
  await saved(page, `The deadline for this was ${nov27}. If you did it on or before that day, enter the date you did it. Nothing was changed.`)
  await expect(page.getByTestId('notice')).toHaveAttribute('role', 'alert')
  await day.fill('2026-11-28')
  await confirm.click()
  await saved(
    page,
    `You entered ${nov28}. That is after the deadline, ${nov27}. Your registration link stopped working after ${nov27}. Ask for a new invitation in “Request a TechPass account”. Nothing was changed.`,
  )
  await day.fill('2026-11-20')
  await confirm.click()
  await saved(page, `You entered ${nov20}, but your invitation came on ${nov22}. Check the date. Nothing was changed.`)
  await nothingChanged(app, before)
  // The expiry stands: still "Action needed", and nothing in Step 2 pretends it was submitted.
  await expect(status(page)).toHaveText('Action needed')
  await expect(sidebar(page, /Step 2/)).toContainText('Action needed')
  await expect(sidebar(page, /Step 3/)).toContainText('Waiting')
  await expect(checklist(page).getByText(/^Confirmed as done on .*2026$/)).toHaveCount(0)
  // An expired deadline is said once, by the next action; no second deadline line.
  await expect(page.getByTestId('deadline')).toHaveCount(0)
  await expect(page.getByTestId('next-action')).toContainText('Request a new invitation')

  await day.fill('2026-11-26')
  await confirm.click()
  await saved(page, 'Saved: “Submit the registration form” is confirmed.')
  await expect(item(page, 'Submit the registration form')).toBeChecked()
  await expect(checklist(page).getByText(/^Confirmed as done on (26 November 2026|November 26, 2026)$/)).toBeVisible()
  await expect(status(page)).toHaveText('Done')
  await expect(page.getByTestId('deadline')).toHaveText(`Activate your account by ${await humanDay(page, '2026-12-22')}: 23 days left.`)
  await expect(page.getByTestId('next-action')).toContainText('Practise with Microsoft Authenticator on your phone first')
  await expect(sidebar(page, /Step 3/)).toContainText('Not started')
})

test('an offshore user in an ODC must answer SEED; "I don’t know" holds back the MDM AUP until the answer is Yes', async ({ app }) => {
  const page = app.page
  await page.getByRole('radio', { name: 'Offshore user in an offshore development centre (ODC)', exact: true }).check()
  await expect(page.getByRole('radio', { name: SEED_UNKNOWN, exact: true })).toBeEnabled()
  await page.getByRole('textbox', { name: 'Organisational email' }).fill('sam@odc-partner.com')
  const before = ledgerBytes(app)
  await page.getByRole('button', { name: 'Save my details' }).click()
  await expect(page.getByText('Answer the SEED question: Yes, No, or I don’t know.')).toBeVisible()
  await nothingChanged(app, before)
  await expect(page.getByTestId('next-action')).toContainText('Tell us who you are')
  // Main refuses a blank answer on its own too, naming the part of the request that is wrong (the form says why).
  await refused(
    app,
    'profile',
    'save',
    { audience: 'offshore-odc', seed: '', orgEmail: 'sam@odc-partner.com', onboardingEmailOn: null },
    /^The assistant did not understand that request\. These parts are wrong: seed\. Nothing was changed\.$/,
  )

  await tellWhoIAm(page, { audience: 'Offshore user in an offshore development centre (ODC)', seed: SEED_UNKNOWN, email: 'sam@odc-partner.com' })
  await expect(page.getByTestId('next-action')).toContainText('Ask your project manager if you have SEED')
  await sidebar(page, /Step 6/).click()
  await expect(policy(page, 'Privacy policy')).toBeVisible()
  await expect(policy(page, MDM_AUP)).toHaveCount(0)
  await expect(page.getByTestId('item-mdm-aup')).toContainText('First ask your project manager if you have SEED.')
  await refused(app, 'policy', 'accept', { id: 'mdm-aup', version: '1.0', sha256: '0'.repeat(64) }, /only when SEED is set up for you\. Nothing was recorded/)
  await expectNoSeriousViolations(page, 'Step 6 while SEED is not known')

  await tellWhoIAm(page, { audience: 'Offshore user in an offshore development centre (ODC)', seed: 'Yes', email: 'sam@odc-partner.com' })
  await expect(page.getByTestId('next-action')).not.toContainText('if you have SEED')
  await sidebar(page, /Step 6/).click()
  await acceptPolicy(page, MDM_AUP)
  await expect(page.getByTestId('item-mdm-aup')).toContainText('Done on ')
})

test('after Start over, the MFA practice is fresh: nothing verified, and the practice QR code must be created again', async ({ app }) => {
  let page = app.page
  await sidebar(page, /Step 3/).click()
  // The practice goes one part at a time: install, scan, then type a code.
  await page.getByRole('button', { name: 'Next: I have Authenticator' }).click()
  await page.getByRole('button', { name: 'Create a practice QR code' }).click()
  const secret = secretOf(await scanQr(page))
  await page.getByRole('button', { name: 'Next: I scanned it' }).click()
  await page.getByLabel('6-digit code').fill(codeFor(secret, 0, app.now()))
  await page.getByRole('button', { name: 'Check the code' }).click()
  await saved(page, /^Code accepted\./)
  await expect(page.getByTestId('verified-badge')).toBeVisible()
  await expect(page.getByTestId('item-practise-code')).toContainText('Done on ')

  await page.getByRole('button', { name: 'Start over' }).click()
  await page.getByRole('dialog', { name: 'Start over?' }).getByRole('button', { name: 'Archive and start over' }).click()
  await saved(page, /^Started over\./)
  const fresh = async () => {
    await sidebar(page, /Step 3/).click()
    // With no practice entry the practice opens at its first part, not at typing a code, and scanning waits for a new code.
    await expect(page.getByRole('heading', { name: 'Part 1 of 3: Install Microsoft Authenticator' })).toBeVisible()
    await expect(page.getByTestId('verified-badge')).toHaveCount(0)
    await expect(page.getByTestId('practice-folded')).toHaveCount(0)
    await page.getByRole('button', { name: 'Next: I have Authenticator' }).click()
    await expect(page.getByText('Create a practice QR code. Then scan it with Microsoft Authenticator.')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Show the practice QR code again' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Create a practice QR code', exact: true })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Next: I scanned it' })).toBeDisabled()
    await expect(page.getByTestId('item-practise-code')).not.toContainText('Done')
    await expect(status(page)).toHaveText('Not started · 0 of 5 done')
    await sidebar(page, /Step 4/).click()
    await expect(page.getByTestId('remove-practice')).toHaveCount(0)
  }
  await fresh()
  // The old practice entry no longer counts, even when a code from it is sent straight to main.
  await refused(
    app,
    'mfa',
    'verify',
    { code: codeFor(secret, 30, app.now()) },
    'First create a practice QR code and add it to Microsoft Authenticator. Nothing was checked.',
  )
  page = await app.relaunch()
  await fresh()
})

test('a SEED user whose onboarding email expired is taken to the service request, and only a SEED user can say so', async ({ app }) => {
  const page = app.page
  const expiredButton = page.getByRole('button', { name: 'My SEED onboarding email expired' })
  await tellWhoIAm(page, { audience: 'Vendor', seed: 'No', email: 'wei.ling@vendor-co.com' })
  await expect(expiredButton).toHaveCount(0)
  await refused(app, 'seed', 'emailExpired', undefined, /^This is only for SEED users\..*Nothing was changed\.$/)
  await refused(
    app,
    'seed',
    'serviceRequested',
    undefined,
    'You have not said that your SEED onboarding email expired, so you do not need a service request. Nothing was changed.',
  )

  await tellWhoIAm(page, { audience: 'Vendor', seed: 'Yes', email: 'wei.ling@vendor-co.com' })
  await expiredButton.click()
  await saved(page, 'Saved. Your next action shows how to get a new SEED onboarding email.')
  const next = page.getByTestId('next-action')
  await expect(next).toContainText('Ask for a new SEED onboarding email')
  await expect(expiredButton).toHaveCount(0)
  await expect(sidebar(page, /Next steps/)).toContainText('Action needed')
  await sidebar(page, /Next steps/).click()
  // Said once, by the next action, which holds the remedy; the status row does not repeat it.
  await expect(next).toContainText('Your SEED onboarding email has expired. Send a service request to get a new one.')
  await expect(page.getByText(/Your SEED onboarding email has expired\./)).toHaveCount(1)
  await expect(page.getByTestId('section-reason')).toHaveCount(0)
  await expectNoSeriousViolations(page, 'Next steps with the SEED service request')

  await next.getByRole('button', { name: 'Open the service request page' }).click()
  expect((await app.outside()).opened).toContain('https://go.gov.sg/seed-techpass-support')
  await next.getByRole('button', { name: 'I have submitted the service request' }).click()
  await saved(page, 'Saved: your service request is recorded. A new SEED email will come.')
  await expect(next).not.toContainText('Ask for a new SEED onboarding email')
  // The optional onboarding date never sends the user back: the next thing is Step 1.
  await expect(next).toContainText('Contact your project manager or reporting officer')
  await expect(sidebar(page, /Next steps/)).not.toContainText('Action needed')
  await expect(page.getByTestId('completion-summary')).toContainText('Service request for a new SEED email submitted on')
})
