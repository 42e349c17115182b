import type { Page } from '@playwright/test'
import { expect } from './fixtures'

// Steps a person takes, shared by the journey specs. Queries are by role and label, as a person sees them.
export const field = (page: Page, label: string) => page.getByLabel(label, { exact: true })
export const sidebar = (page: Page, name: RegExp) => page.getByRole('navigation', { name: 'Onboarding checklist' }).getByRole('button', { name })
export const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name })
export const saved = (page: Page, text: string | RegExp) => expect(page.getByTestId('notice')).toHaveText(text)

export interface Who {
  audience: 'Vendor' | 'Offshore user in an offshore development centre (ODC)' | 'Offshore user not in an ODC'
  seed?: 'Yes' | 'No'
  email: string
  onboardingOn?: string
}

export async function tellWhoIAm(page: Page, who: Who) {
  await sidebar(page, /Before you start/).click()
  await page.getByRole('radio', { name: who.audience, exact: true }).check()
  if (who.seed) await page.getByRole('radio', { name: who.seed, exact: true }).check()
  await page.getByRole('textbox', { name: 'Organisational email' }).fill(who.email)
  if (who.onboardingOn) await field(page, 'Date the onboarding email arrived (optional)').fill(who.onboardingOn)
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
  await heading(page, 'Request a TechPass account').waitFor()
  await field(page, 'Mobile number').fill(details.mobile)
  await field(page, 'Project name').fill(details.project)
  if (details.officer) {
    await field(page, "Offshore reporting officer's name").fill(details.officer.name)
    await field(page, "Offshore reporting officer's email").fill(details.officer.email)
    await field(page, 'Offshore company address').fill(details.officer.address)
  }
}

export async function sendRequestAndRecordEmail(page: Page, receivedOn: string) {
  await expect(page.getByTestId('request-message')).toBeVisible()
  await page.getByRole('button', { name: /I have sent the request/ }).click()
  await saved(page, 'Saved: your request is recorded as sent.')
  await field(page, 'Date the registration email arrived').fill(receivedOn)
  await page.getByRole('button', { name: 'Record the registration email' }).click()
  await saved(page, `Saved: registration email received on ${receivedOn}.`)
  await expect(page.getByTestId('section-status')).toHaveText(/^Done/)
}

export async function fillRegistration(page: Page, fields: { username: string; first: string; last: string; department: string }) {
  await sidebar(page, /Step 2/).click()
  await field(page, 'Username').fill(fields.username)
  await field(page, 'First name').fill(fields.first)
  await field(page, 'Last name').fill(fields.last)
  await field(page, 'Department').fill(fields.department)
}

export async function saveRegistrationAndSubmit(page: Page) {
  await page.getByRole('button', { name: 'Save my registration details' }).click()
  await saved(page, /^Saved: your registration details/)
  await page.getByRole('checkbox', { name: 'Open the registration link in your email' }).check()
  await page.getByRole('checkbox', { name: 'Submit the registration form' }).check()
  await expect(page.getByTestId('section-status')).toHaveText(/^Done/)
}

export async function signInWalkthrough(page: Page) {
  await sidebar(page, /Step 3/).click()
  await page.getByRole('button', { name: 'Open the Docs portal' }).click()
  await saved(page, 'Opened the Docs portal in your browser.')
  for (const name of [/click Login/, /username and click Next/, /initial password and click Sign in/, /Click Next to set up MFA/]) {
    await page.getByRole('checkbox', { name }).check()
    await saved(page, 'Saved: marked as done.')
  }
  await expect(page.getByTestId('section-status')).toHaveText('Done · 4 of 4 done')
  await expect(page.getByTestId('next-action')).toContainText('Install Microsoft Authenticator on your phone')
}

export async function rehearseMfa(page: Page, codeFor: (secret: string) => string, scan: (page: Page) => Promise<URL>) {
  await sidebar(page, /Step 4/).click()
  await page.getByRole('button', { name: 'Create a practice QR code' }).click()
  const secret = (await scan(page)).searchParams.get('secret') ?? ''
  await page.getByLabel('6-digit code').fill(codeFor(secret))
  await page.getByRole('button', { name: 'Check the code' }).click()
  await expect(page.locator('#mfa-outcome')).toHaveText(/^Code accepted\./)
  for (const name of [/Install Microsoft Authenticator/, /Scan the QR code/, /Confirm number matching/]) {
    await page.getByRole('checkbox', { name }).check()
    await saved(page, 'Saved: marked as done.')
  }
}

export async function checkAndConfirmPassword(page: Page, passwords: { initial: string; next: string }) {
  await sidebar(page, /Step 5/).click()
  await field(page, 'Initial password').fill(passwords.initial)
  await field(page, 'New password').fill(passwords.next)
  await field(page, 'Re-enter the new password').fill(passwords.next)
  const confirm = page.getByRole('button', { name: 'I have reset my password on TechPass' })
  await expect(confirm).toBeEnabled()
  await confirm.click()
  await saved(page, 'Saved: password reset confirmed. Your password was not stored.')
  await expect(field(page, 'New password')).toHaveValue('')
}

// Reads a policy to its end the way a keyboard user would: focus the text and press End.
export async function readAndAccept(page: Page, title: string) {
  const card = page.getByRole('region', { name: title })
  const accept = card.getByRole('button', { name: `I accept the ${title}` })
  await expect(accept).toBeDisabled()
  await card.getByRole('document', { name: `${title}, full text` }).focus()
  await page.keyboard.press('End')
  await expect(accept).toBeEnabled()
  await accept.click()
  await expect(card.getByText('Accepted', { exact: true })).toBeVisible()
}
