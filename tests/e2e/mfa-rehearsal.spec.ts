import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect, LEDGER_FILE } from './fixtures'
import { codeFor, scanQr, secretOf } from './authenticator'
import type { Page } from '@playwright/test'
import {
  confirmItem,
  fillRegistration,
  heading,
  MFA_ITEMS,
  prepareRequest,
  saveRegistrationAndSubmit,
  sendRequestAndRecordEmail,
  sidebar,
  signInWalkthrough,
  stepStatus,
  taskTitle,
  tellWhoIAm,
  today,
} from './journey'

// Number matching is practised in Step 4, beside the task that confirms it on TechPass: a person gets there by the journey.
async function toNumberMatching(page: Page, now: () => number) {
  await tellWhoIAm(page, { audience: 'Vendor', seed: 'No', email: 'wei.ling@vendor-co.com' })
  await prepareRequest(page, { mobile: '+65 9123 4567', project: 'Harbour Payments' })
  await sendRequestAndRecordEmail(page, await today(page))
  await fillRegistration(page, { username: 'wei.ling', first: 'Wei Ling', last: 'Tan', department: 'Engineering' })
  await saveRegistrationAndSubmit(page)
  await signInWalkthrough(page, now)
  await confirmItem(page, MFA_ITEMS[0]!)
  await confirmItem(page, MFA_ITEMS[1]!)
  await expect(taskTitle(page)).toHaveText(MFA_ITEMS[2]!)
  await page.getByText('Try number matching first (optional)').click()
}

test('the practice comes in Step 3, before Next on TechPass opens the real QR code; Step 4 points to the TechPass page', async ({ app }) => {
  const page = app.page
  await sidebar(page, /Step 3/).click()
  await expect(heading(page, 'Sign in with your initial password')).toBeVisible()
  const practice = page.getByRole('region', { name: 'Practise first' })
  await expect(practice).toBeVisible()
  // Said before anything is added to the phone, not only after success.
  await expect(practice.getByTestId('remove-practice-first')).toContainText('remove the practice entry')
  await expect(practice.getByTestId('remove-practice-first')).toContainText('“TechPass PRACTICE”')
  await expect(page.getByTestId('item-practise-code')).toBeVisible()
  // The practice is the first thing in the step, and the clicks on TechPass come after it.
  const items = page.getByRole('region', { name: 'Checklist' }).getByRole('listitem')
  await expect(items.first()).toContainText('Practise with Microsoft Authenticator on your phone first')
  await expect(items.last()).toContainText('Click Next to set up MFA')

  await sidebar(page, /Step 4/).click()
  await expect(page.getByRole('button', { name: 'Create a practice QR code' })).toHaveCount(0)
  await expect(page.getByRole('region', { name: 'Set up MFA on the TechPass page' })).toContainText('the TechPass page in your web browser shows a QR code')
  await page.getByRole('button', { name: 'Go to the practice in Step 3' }).click()
  await expect(heading(page, 'Sign in with your initial password')).toBeVisible()
})

test('the user rehearses MFA with the practice QR code: accepted, replayed, phone clock fast, then a cooldown, in one status area', async ({ app }) => {
  test.slow()
  let page = app.page
  await sidebar(page, /Step 3/).click()
  const code = page.getByLabel('6-digit code')
  const outcome = page.locator('#mfa-outcome')
  const check = page.getByRole('button', { name: 'Check the code' })
  // One part at a time: Authenticator first, then the QR code; there is no code to check before the QR code exists.
  await page.getByRole('button', { name: 'Next: I have Authenticator' }).click()
  const scanned = page.getByRole('button', { name: 'Next: I scanned it' })
  await expect(scanned).toBeDisabled()
  await expect(code).toHaveCount(0)
  await page.getByRole('button', { name: 'Create a practice QR code' }).click()

  const uri = await scanQr(page)
  // What Microsoft Authenticator expects: otpauth://totp/Issuer:Account?secret=BASE32&issuer=Issuer, SHA1/6/30 by default.
  expect(uri.protocol).toBe('otpauth:')
  expect(uri.host).toBe('totp')
  expect(decodeURIComponent(uri.pathname)).toBe('/TechPass PRACTICE:Practice only - remove after')
  expect(uri.searchParams.get('issuer')).toBe('TechPass PRACTICE')
  expect(secretOf(uri)).toMatch(/^[A-Z2-7]{32}$/)
  for (const p of ['algorithm', 'digits', 'period']) expect([null, { algorithm: 'SHA1', digits: '6', period: '30' }[p]]).toContain(uri.searchParams.get(p))
  await expect(page.getByTestId('practice-key')).toHaveText(secretOf(uri).match(/.{4}/g)!.join(''))
  // Desktop words for the typed key: no web-page question about being on the same phone.
  await expect(page.getByText('If your phone cannot scan it, choose “Enter code manually” in Authenticator and type this key:')).toBeVisible()
  await expect(page.getByRole('main').getByText(/same phone/)).toHaveCount(0)

  await scanned.click()
  const secret = secretOf(uri)
  const good = codeFor(secret, 0, app.now())
  await code.fill(`${good.slice(0, 3)} ${good.slice(3)}`)
  await check.click()
  await expect(outcome).toHaveText(/^Code accepted\./)
  await expect(outcome).toHaveAttribute('data-tone', 'ok')
  await expect(page.getByTestId('verified-badge')).toHaveText(/^Verified on /)

  await code.fill(good)
  await check.click()
  await expect(outcome).toHaveText(/^You already used that code\./)

  // The latest result replaces the one before: a red clock warning, and "verified" only as a quiet badge.
  await code.fill(codeFor(secret, 180, app.now()))
  await check.click()
  await expect(outcome).toContainText('Your phone’s clock is about 180 seconds fast')
  await expect(outcome).toContainText('Set time automatically')
  await expect(outcome).not.toContainText('accepted')
  await expect(page.getByText(/^Verified: your app/)).toHaveCount(0)
  await expect(page.getByTestId('verified-badge')).toBeVisible()

  await code.fill('12a456')
  await check.click()
  await expect(outcome).toHaveText('The code has characters that are not digits. Type only the 6 digits. Nothing was checked.')

  for (let i = 0; i < 3; i++) {
    await code.fill(codeFor(secret, 3600 + i * 30, app.now()))
    await check.click()
    if (i < 2) await expect(outcome).toContainText('That code is not right.')
  }
  // The cooldown in one tone, in the same one place: no red line beside it.
  await expect(outcome).toHaveAttribute('data-tone', 'wait')
  await expect(outcome).toContainText('Too many wrong codes in a row')
  await expect(page.getByTestId('cooldown')).toHaveText(/^You can try again in (30|29|28) seconds\.$/)
  await expect(page.locator('.outcome-bad')).toHaveCount(0)
  await expect(check).toBeDisabled()

  // The counters survive a restart, and a finished practice folds to one line until it is opened again.
  page = await app.relaunch()
  await sidebar(page, /Step 3/).click()
  await expect(page.getByTestId('practice-folded')).toContainText(/^Practised on /)
  await page.getByRole('button', { name: 'Practise again' }).click()
  await expect(page.getByTestId('cooldown')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Check the code' })).toBeDisabled()
})

test('number matching practice: type the number you see, deny a prompt you did not start', async ({ app }) => {
  test.slow()
  const page = app.page
  await toNumberMatching(page, app.now)
  const practice = page.getByTestId('number-matching')
  const phone = practice.getByRole('form', { name: 'Your phone: Are you trying to sign in?' })
  const number = phone.getByLabel('Number', { exact: true })
  const feedback = page.getByTestId('matching-feedback')
  // As Authenticator asks today: a box to type the number in, not a choice of buttons.
  await expect(number).toBeVisible()
  await expect(phone.getByRole('button')).toHaveText(['No, it’s not me', 'Yes'])
  const shown = (await practice.getByTestId('shown-number').textContent())!.trim()
  await number.fill(shown === '10' ? '11' : '10')
  await phone.getByRole('button', { name: 'Yes' }).click()
  await expect(feedback).toHaveText('That is not the number on your computer. Look at the screen and type that number.')
  await number.fill(shown)
  await number.press('Enter')
  await expect(feedback).toContainText('Now the next practice.')
  await expect(practice.getByText('You are not signing in to anything right now.')).toBeVisible()
  await number.fill('42')
  await phone.getByRole('button', { name: 'Yes' }).click()
  await expect(feedback).toContainText('you did not start this sign-in')
  await phone.getByRole('button', { name: 'No, it’s not me' }).click()
  await expect(page.getByText('Practised: you know how to type the number')).toBeVisible()
})

test('number matching never says "practised" when saving it failed', async ({ app }) => {
  test.slow()
  const page = app.page
  await toNumberMatching(page, app.now)
  const practice = page.getByTestId('number-matching')
  const phone = practice.getByRole('form', { name: 'Your phone: Are you trying to sign in?' })
  await phone.getByLabel('Number', { exact: true }).fill((await practice.getByTestId('shown-number').textContent())!.trim())
  await phone.getByRole('button', { name: 'Yes' }).click()
  await expect(page.getByTestId('matching-feedback')).toContainText('Now the next practice.')

  // The progress file cannot be written: a folder stands where it must go (the tests run as root, so modes do not stop it).
  const ledger = join(app.dataDir, LEDGER_FILE)
  renameSync(ledger, `${ledger}.kept`)
  mkdirSync(ledger)
  writeFileSync(join(ledger, 'in-the-way'), '')
  await phone.getByRole('button', { name: 'No, it’s not me' }).click()
  await expect(page.getByTestId('matching-feedback')).toHaveText(/^Your progress could not be saved to .*\. Nothing was changed\./)
  await expect(page.getByText(/^Practised/)).toHaveCount(0)
  await expect(phone).toBeVisible()

  rmSync(ledger, { recursive: true })
  renameSync(`${ledger}.kept`, ledger)
  await phone.getByRole('button', { name: 'No, it’s not me' }).click()
  await expect(page.getByText('Practised: you know how to type the number')).toBeVisible()
  // Practising is not doing it on TechPass: the task is still there to confirm, and the step is not done.
  await expect(taskTitle(page)).toHaveText(MFA_ITEMS[2]!)
  await expect(stepStatus(page, /Step 4/)).toHaveText('In progress · 2 of 3')
})
