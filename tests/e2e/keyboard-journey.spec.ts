import { test, expect } from './fixtures'
import { codeFor, scanQr } from './authenticator'
import { chooseRadio, press, tabTo, typeDate, typeInto } from './keyboard'
import type { Locator } from '@playwright/test'
import { ACCEPT_ON_TECHPASS, field, heading, MDM_AUP, MFA_ITEMS, policy, RESET_PASSWORD, sidebar, SIGN_IN_ITEMS } from './journey'

test.use({ now: '2026-11-23T10:00:00+08:00' })

test('an offshore user not in an ODC completes the whole journey with the keyboard alone', async ({ app }) => {
  // Every control is reached with Tab, one key at a time, through all eight sections and the MFA practice.
  test.setTimeout(180_000)
  const page = app.page
  const radio = (name: string) => page.getByRole('radio', { name, exact: true })
  const box = (name: string | RegExp) => page.getByRole('checkbox', { name })
  const button = (name: string | RegExp) => page.getByRole('button', { name })
  const notice = page.getByTestId('notice')
  // Space ticks the focused box; the tick shows once the assistant has saved it.
  const confirmByKey = async (target: Locator, label: string) => {
    await press(page, target, 'Space')
    await expect(notice).toHaveText(`Saved: “${label}” is confirmed.`)
    await expect(target).toBeChecked()
  }

  // Before you start
  await chooseRadio(page, radio('Vendor'), radio('Offshore user not in an ODC'))
  await expect(radio('Yes')).toBeChecked()
  await typeInto(page, page.getByRole('textbox', { name: 'Organisational email' }), 'priya@acme-offshore.com')
  await typeDate(page, field(page, 'Date the TechPass onboarding email arrived'), '2026-11-22')
  await press(page, button('Save my details'))
  await expect(notice).toHaveText('Saved: your details are recorded.')

  // Step 1
  await press(page, sidebar(page, /Step 1/))
  await expect(heading(page, 'Request a TechPass account')).toBeFocused()
  await typeInto(page, field(page, 'Mobile number'), '+91 98765 43210')
  await typeInto(page, field(page, 'Project name'), 'Harbour Payments')
  await typeInto(page, field(page, "Offshore reporting officer's name"), 'Arjun Mehta')
  await typeInto(page, field(page, "Offshore reporting officer's email"), 'arjun@acme-offshore.com')
  await typeInto(page, field(page, 'Offshore company address'), '12 MG Road, Bengaluru')
  await press(page, button('I have sent the request'))
  await expect(notice).toHaveText('Saved: your request is recorded as sent.')
  await typeDate(page, field(page, 'Date the registration email arrived'), '2026-11-22')
  await press(page, button('Record the registration email'))
  await expect(page.getByTestId('section-status')).toHaveText('Done · 4 of 4 done')

  // Step 2
  await press(page, sidebar(page, /Step 2/))
  await confirmByKey(box('Open the registration link in the registration email'), 'Open the registration link in the registration email')
  await typeInto(page, field(page, 'Username'), 'priya.k')
  await typeInto(page, field(page, 'First name'), 'Priya')
  await typeInto(page, field(page, 'Last name'), 'Krishnan')
  await typeInto(page, field(page, 'Department'), 'Engineering')
  await press(page, button('Save my registration details'))
  await expect(notice).toHaveText(/^Saved: your registration details/)
  await confirmByKey(box('Submit the registration form'), 'Submit the registration form')
  await expect(page.getByTestId('section-status')).toHaveText('Done · 4 of 4 done')

  // Step 3: the practice first (its verified code is the evidence), before the real QR code opens; then the sign-in
  await press(page, sidebar(page, /Step 3/))
  await press(page, button('Create a practice QR code'))
  const secret = (await scanQr(page)).searchParams.get('secret')!
  await typeInto(page, page.getByLabel('6-digit code'), codeFor(secret, 0, app.now()))
  await page.keyboard.press('Enter')
  await expect(page.locator('#mfa-outcome')).toHaveText(/^Code accepted\./)
  // Number matching is typed, as Authenticator asks: the number, then Enter for Yes.
  const shown = (await page.getByTestId('shown-number').textContent())!.trim()
  await typeInto(page, page.getByLabel('Number', { exact: true }), shown)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('matching-feedback')).toContainText('Now the next practice.')
  await press(page, button('No, it’s not me'))
  await expect(page.getByTestId('matching-feedback')).toContainText('You denied a sign-in you did not start.')
  for (const label of SIGN_IN_ITEMS) await confirmByKey(box(label), label)
  await expect(page.getByTestId('section-status')).toHaveText('Done · 5 of 5 done')

  // Step 4: the real QR code and number matching, on the TechPass page, confirmed here
  await press(page, sidebar(page, /Step 4/))
  for (const label of MFA_ITEMS) await confirmByKey(box(label), label)
  await expect(page.getByTestId('section-status')).toHaveText('Done · 3 of 3 done')

  // Step 5: the optional checker, then the reset on TechPass confirmed
  await press(page, sidebar(page, /Step 5/))
  await typeInto(page, field(page, 'Initial password'), 'Initial-Pass-1')
  await typeInto(page, field(page, 'New password'), 'harbour lantern violet 42')
  await typeInto(page, field(page, 'Re-enter the new password'), 'harbour lantern violet 42')
  await confirmByKey(box(RESET_PASSWORD), RESET_PASSWORD)

  // Step 6: read each policy to its end with the End key; confirm accepting them on TechPass; accept the MDM AUP here
  await press(page, sidebar(page, /Step 6/))
  for (const title of ['Privacy policy', 'Terms of use']) {
    await press(page, page.getByRole('document', { name: `${title}, full text` }), 'End')
    await press(page, button(`I have read the ${title}`))
    await expect(policy(page, title).getByText('Read', { exact: true })).toBeVisible()
  }
  await confirmByKey(box(ACCEPT_ON_TECHPASS), ACCEPT_ON_TECHPASS)
  await press(page, page.getByRole('document', { name: `${MDM_AUP}, full text` }), 'End')
  await press(page, button(`I accept the ${MDM_AUP}`))
  await expect(policy(page, MDM_AUP).getByText('Accepted', { exact: true })).toBeVisible()

  // Next steps
  await press(page, sidebar(page, /Next steps/))
  await confirmByKey(box('Verify that you can log in with TechPass'), 'Verify that you can log in with TechPass')
  await confirmByKey(box('Continue with SEED onboarding'), 'Continue with SEED onboarding')
  await expect(page.getByRole('heading', { name: 'You have finished your TechPass onboarding' })).toBeVisible()
  await tabTo(page, button('Print my summary (PDF)…'))
  await expect(page.getByTestId('overall-progress')).toContainText('8 of 8 sections done')
  await tabTo(page, button('Start over'))
})
