import { test, expect } from './fixtures'
import { codeFor, scanQr, secretOf } from './authenticator'
import { sidebar } from './journey'

test('the user rehearses MFA with the practice QR code: accepted, replayed, phone clock fast, then a cooldown', async ({ app }) => {
  test.slow()
  let page = app.page
  await sidebar(page, /Step 4/).click()
  const code = page.getByLabel('6-digit code')
  await expect(page.getByText('Create the practice QR code first.')).toBeVisible()
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

  const secret = secretOf(uri)
  const good = codeFor(secret)
  await code.fill(`${good.slice(0, 3)} ${good.slice(3)}`)
  await page.getByRole('button', { name: 'Check the code' }).click()
  await expect(page.locator('#mfa-outcome')).toHaveText(/^Code accepted\./)
  await expect(page.getByTestId('remove-practice')).toBeVisible()

  await code.fill(good)
  await page.getByRole('button', { name: 'Check the code' }).click()
  await expect(page.locator('#mfa-outcome')).toHaveText(/^That code was already used\./)

  await code.fill(codeFor(secret, 180))
  await page.getByRole('button', { name: 'Check the code' }).click()
  await expect(page.locator('#mfa-outcome')).toContainText('your phone’s clock is about 180 seconds fast')
  await expect(page.locator('#mfa-outcome')).toContainText('Set time automatically')

  await code.fill('12a456')
  await page.getByRole('button', { name: 'Check the code' }).click()
  await expect(page.locator('#mfa-outcome')).toHaveText('The code has characters that are not digits. Type only the 6 digits. Nothing was checked.')

  for (let i = 0; i < 3; i++) {
    await code.fill(codeFor(secret, 3600 + i * 30))
    await page.getByRole('button', { name: 'Check the code' }).click()
    await expect(page.locator('#mfa-outcome')).toContainText('That code is not right.')
  }
  await expect(page.locator('#mfa-outcome')).toContainText('wait 30 seconds before the next try')
  await expect(page.getByTestId('cooldown')).toContainText(/try again in (30|29|28) seconds/)
  await expect(page.getByRole('button', { name: 'Check the code' })).toBeDisabled()

  // The counters survive a restart.
  page = await app.relaunch()
  await sidebar(page, /Step 4/).click()
  await expect(page.getByTestId('cooldown')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Check the code' })).toBeDisabled()
})

test('number matching practice: type the number you see, deny a prompt you did not start', async ({ app }) => {
  const page = app.page
  await sidebar(page, /Step 4/).click()
  const practice = page.getByTestId('number-matching')
  const shown = (await practice.getByTestId('shown-number').textContent())!.trim()
  const phone = practice.getByRole('group', { name: 'Your phone: Approve sign-in?' })
  const wrong = phone.getByRole('button').filter({ hasText: /^\d+$/ }).filter({ hasNotText: shown }).first()
  await wrong.click()
  await expect(practice.getByRole('status')).toHaveText('Not that one. Type the number the sign-in screen on your computer shows.')
  await phone.getByRole('button', { name: shown, exact: true }).click()
  await expect(practice.getByRole('status')).toContainText('Now the next practice.')
  await expect(practice.getByText('You are not signing in to anything right now.')).toBeVisible()
  await phone.getByRole('button').filter({ hasText: /^\d+$/ }).first().click()
  await expect(practice.getByRole('status')).toContainText('you did not start this sign-in')
  await phone.getByRole('button', { name: 'Deny, it was not me' }).click()
  await expect(page.getByText('Practised: you know how to match the number')).toBeVisible()
})
