import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { codeFor, scanQr, secretOf } from './authenticator'
import { asEnglish } from './translate'
import type { Translate } from './translate'
import { expect, LEDGER_FILE } from './fixtures'
import type { AppHandle } from './fixtures'

// Steps a person takes, shared by the journey specs. Queries are by role and label, as a person sees them.
export const field = (page: Page, label: string) => page.getByLabel(label, { exact: true })
export const sidebar = (page: Page, name: RegExp) => page.getByRole('navigation', { name: 'Onboarding checklist' }).getByRole('button', { name })
export const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name })
export const saved = (page: Page, text: string | RegExp) => expect(page.getByTestId('notice')).toHaveText(text)
export const status = (page: Page) => page.getByTestId('section-status')
/** A step's status as the steps list says it (the view moves on to the next task when a step is done). */
export const stepStatus = (page: Page, step: RegExp) => sidebar(page, step).locator('.section-status')
// A day (YYYY-MM-DD) in the app's one human format, as English is shown (en-GB, whatever the system's locale): "27 November 2026".
export const humanDay = (page: Page, day: string) =>
  page.evaluate((d) => {
    const [y, m, dd] = d.split('-').map(Number) as [number, number, number]
    return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(y, m - 1, dd))
  }, day)
// A local time (YYYY-MM-DD HH:mm) as the app shows it in English (en-GB).
export const humanMoment = (page: Page, moment: string) =>
  page.evaluate((t) => {
    const [day, time] = t.split(' ') as [string, string]
    const [y, m, dd] = day.split('-').map(Number) as [number, number, number]
    const [h, min] = time.split(':').map(Number) as [number, number]
    const format = { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' } as const
    return new Intl.DateTimeFormat('en-GB', format).format(new Date(y, m - 1, dd, h, min))
  }, moment)
export const today = (page: Page) => page.evaluate(() => new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Singapore' }))

/** The ledger file's bytes, or null while there is none: compared before and after a refusal. */
export const ledgerBytes = (app: AppHandle): string | null => {
  const path = join(app.dataDir, LEDGER_FILE)
  return existsSync(path) ? readFileSync(path, 'utf8') : null
}

// An item the user confirms (done outside the app) is a checkbox named by its label; evidence items have none.
export const item = (page: Page, label: string) => page.getByRole('checkbox', { name: label })

/** The heading of the task on screen: the one thing to do now. */
export const taskTitle = (page: Page) => page.locator('#task-title')
export const DID_IT = 'I have done this'

// A thing done outside the app is confirmed where its instruction is: as the current task, or in the step's whole list
// (See all), where the box shows what main recorded, so it turns on when the answer comes back, not on the click itself.
export async function confirmItem(page: Page, label: string) {
  if (await item(page, label).isVisible()) {
    await expect(item(page, label)).not.toBeChecked()
    await item(page, label).click()
    await saved(page, `Saved: “${label}” is confirmed.`)
    await expect(item(page, label)).toBeChecked()
    return
  }
  await expect(taskTitle(page)).toHaveText(label)
  await page.getByRole('button', { name: DID_IT }).click()
  await saved(page, `Saved: “${label}” is confirmed.`)
  await expect(page.locator('#task-title', { hasText: label })).toHaveCount(0)
}

/** Opens the step's whole page from its task ("See all of Step 3"). */
export const seeAll = (page: Page) => page.getByRole('button', { name: /^See all of / }).click()

export async function withdrawItem(page: Page, label: string) {
  await expect(item(page, label)).toBeChecked()
  await item(page, label).click()
  await saved(page, `Saved: “${label}” is not confirmed any more.`)
  await expect(item(page, label)).not.toBeChecked()
}

export const SEED_UNKNOWN = 'I don’t know: I will ask my project manager'

export interface Who {
  audience: 'Vendor' | 'Offshore user in an offshore development centre (ODC)' | 'Offshore user not in an ODC'
  seed?: 'Yes' | 'No' | typeof SEED_UNKNOWN
  email: string
  onboardingOn?: string
}

export async function tellWhoIAm(page: Page, who: Who) {
  await sidebar(page, /Before you start/).click()
  await page.getByRole('radio', { name: who.audience, exact: true }).check()
  if (who.seed) await page.getByRole('radio', { name: who.seed, exact: true }).check()
  await page.getByRole('textbox', { name: 'Organisational email' }).fill(who.email)
  if (who.onboardingOn) await field(page, 'Date the TechPass onboarding email arrived').fill(who.onboardingOn)
  await page.getByRole('button', { name: 'Save my details' }).click()
  await saved(page, 'Saved: your details are recorded.')
}

export interface Officer {
  name: string
  email: string
  address: string
}

export async function prepareRequest(page: Page, details: { mobile: string; project: string; officer?: Officer }) {
  await sidebar(page, /Step 1/).click()
  await field(page, 'Mobile number').fill(details.mobile)
  await field(page, 'Project name').fill(details.project)
  if (details.officer) {
    await field(page, 'Name of your offshore reporting officer').fill(details.officer.name)
    await field(page, 'Email of your offshore reporting officer').fill(details.officer.email)
    await field(page, 'Offshore company address').fill(details.officer.address)
  }
}

export async function sendRequestAndRecordEmail(page: Page, receivedOn: string) {
  await expect(page.getByTestId('request-message')).toBeVisible()
  await page.getByRole('button', { name: /I have sent the request/ }).click()
  await saved(page, 'Saved: your request is recorded as sent.')
  await field(page, 'Date the registration email arrived').fill(receivedOn)
  await page.getByRole('button', { name: 'Save this date' }).click()
  await saved(page, `Saved: registration email received on ${await humanDay(page, receivedOn)}.`)
  await expect(stepStatus(page, /Step 1/)).toHaveText(/^Done/)
}

export async function fillRegistration(page: Page, fields: { username: string; first: string; last: string; department: string }) {
  await sidebar(page, /Step 2/).click()
  // The first task of Step 2 is to open the link in the email; the form is the next one.
  if (await taskTitle(page).filter({ hasText: 'Open the registration link in the registration email' }).isVisible())
    await confirmItem(page, 'Open the registration link in the registration email')
  await field(page, 'Username').fill(fields.username)
  await field(page, 'First name').fill(fields.first)
  await field(page, 'Last name').fill(fields.last)
  await field(page, 'Department').fill(fields.department)
}

export async function saveRegistration(page: Page) {
  await page.getByRole('button', { name: 'Save my registration details' }).click()
  await saved(page, /^Saved: your registration details/)
}

export async function saveRegistrationAndSubmit(page: Page) {
  await saveRegistration(page)
  await confirmItem(page, 'Submit the registration form')
  await expect(stepStatus(page, /Step 2/)).toHaveText(/^Done/)
}

export const SIGN_IN_ITEMS = [
  'Go to the Docs portal and click Login',
  'Enter your TechPass username and click Next',
  'Enter your initial password and click Sign in',
  'Click Next to set up MFA',
]

// Step 3 starts with the practice, before the real QR code opens: a practice entry, and one of its codes accepted (the evidence).
// The practice goes one part at a time: install, scan, then type a code.
export async function practiseMfa(page: Page, now: () => number = Date.now) {
  await page.getByRole('button', { name: 'Next: I have Authenticator' }).click()
  await page.getByRole('button', { name: 'Create a practice QR code' }).click()
  const secret = secretOf(await scanQr(page))
  await page.getByRole('button', { name: 'Next: I scanned it' }).click()
  await page.getByLabel('6-digit code').fill(codeFor(secret, 0, now()))
  await page.getByRole('button', { name: 'Check the code' }).click()
  await saved(page, /^Code accepted\./)
}

/** `now` is the app's clock (app.now), which E2E_NOW may have moved: the practice code is computed for it. */
export async function signInWalkthrough(page: Page, now: () => number = Date.now) {
  await sidebar(page, /Step 3/).click()
  await practiseMfa(page, now)
  await expect(taskTitle(page)).toHaveText(SIGN_IN_ITEMS[0]!)
  await page.getByRole('button', { name: 'Open the Docs portal' }).click()
  await saved(page, 'Opened the Docs portal in your browser.')
  for (const label of SIGN_IN_ITEMS) await confirmItem(page, label)
  await expect(stepStatus(page, /Step 3/)).toHaveText('Done')
  await expect(page.getByTestId('next-action')).toContainText('Install the Microsoft Authenticator app on your phone')
}

export const MFA_ITEMS = [
  'Install the Microsoft Authenticator app on your phone',
  'Scan the TechPass QR code with Microsoft Authenticator',
  'Confirm number matching',
]

// Step 4 is done on the TechPass page; the assistant says how, and the user confirms each part.
export async function setUpMfa(page: Page) {
  await sidebar(page, /Step 4/).click()
  for (const label of MFA_ITEMS) await confirmItem(page, label)
  await expect(stepStatus(page, /Step 4/)).toHaveText('Done')
}

export const RESET_PASSWORD = 'Reset your initial password on TechPass'

// The checker is optional and sends nothing; the step is done by confirming the reset made on TechPass.
export async function checkAndConfirmPassword(page: Page, passwords: { initial: string; next: string }) {
  await sidebar(page, /Step 5/).click()
  await page.getByText('Check your new password first (optional)').click()
  await field(page, 'Initial password').fill(passwords.initial)
  await field(page, 'New password').fill(passwords.next)
  await field(page, 'Re-enter the new password').fill(passwords.next)
  await expect(page.getByRole('list', { name: 'Password rules' }).locator('.rule-no')).toHaveCount(0)
  await confirmItem(page, RESET_PASSWORD)
  await expect(stepStatus(page, /Step 5/)).toHaveText('Done')
}

// Policy cards are regions named by the title, which ends with "(sample)" for the bundled texts.
export const policy = (page: Page, title: string, tr: Translate = asEnglish) => {
  const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return page.getByRole('region', { name: new RegExp(`^(${escaped(title)}|${escaped(tr('{title} (sample)', { title }))})$`) })
}

// Reads a policy to its end the way a keyboard user would: focus the text and press End; then the button unlocks.
// `tr` gives the words in the language on screen (the policy's title stays in its official language).
async function toTheEnd(page: Page, title: string, button: string, badge: string, said: string, tr: Translate) {
  const card = policy(page, title, tr)
  const done = card.getByRole('button', { name: tr(button, { title }) })
  await expect(done).toBeDisabled()
  const text = card.getByRole('document', { name: tr('{title}, full text', { title }) })
  // A person who does not see the button come on presses End again (the first press can race the page's own scroll).
  await expect(async () => {
    await text.focus()
    await page.keyboard.press('End')
    await expect(done).toBeEnabled({ timeout: 1_000 })
  }).toPass()
  await done.click()
  // Said where the user acted, and not silenced when the list of policies is read again.
  await saved(page, tr(said, { title, version: '1.0' }))
  // The last policy of a task finishes it and the next task takes the screen; until then the card says what was done.
  if ((await card.count()) > 0) await expect(card.getByText(tr(badge), { exact: true })).toBeVisible()
}

/** The privacy policy and terms of use are read here and accepted on TechPass. */
export const readPolicy = (page: Page, title: string, tr: Translate = asEnglish) =>
  toTheEnd(page, title, 'I have read the {title}', 'Read', 'Saved: you read the {title}, version {version}.', tr)
/** The MDM AUP (SEED only) is accepted here. */
export const acceptPolicy = (page: Page, title: string, tr: Translate = asEnglish) =>
  toTheEnd(page, title, 'I accept the {title}', 'Accepted', 'Saved: you accepted the {title}, version {version}.', tr)

export const ACCEPT_ON_TECHPASS = 'Accept the privacy policy and terms of use on TechPass'
export const MDM_AUP = 'MDM acceptable use policy (SEED)'
