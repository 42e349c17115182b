import { test, expect } from './fixtures'
import { codeFor, scanQr } from './authenticator'
import { chooseRadio, press, tabTo, typeDate, typeInto } from './keyboard'
import { ACCEPT_ON_TECHPASS, DID_IT, field, MDM_AUP, MFA_ITEMS, RESET_PASSWORD, stepStatus, SIGN_IN_ITEMS, taskTitle } from './journey'
import { countEffort } from './effort'

test.use({ now: '2026-11-23T10:00:00+08:00' })

test('an offshore user not in an ODC completes the whole journey with the keyboard alone, in at most 150 Tab presses', async ({ app }) => {
  // Every control is reached with Tab, one key at a time, through all eight sections and the MFA practice. Each task's
  // heading takes focus when it appears, so the next control is a few Tabs away, never a walk from the top of the page.
  test.setTimeout(240_000)
  const page = app.page
  const radio = (name: string) => page.getByRole('radio', { name, exact: true })
  const button = (name: string | RegExp) => page.getByRole('button', { name })
  const notice = page.getByTestId('notice')
  // Enter on the task's own button confirms what its heading says; the next task's heading then has focus.
  const confirmTask = async (label: string) => {
    await expect(taskTitle(page)).toHaveText(label)
    await press(page, button(DID_IT))
    await expect(notice).toHaveText(`Saved: “${label}” is confirmed.`)
    await expect(page.locator('#task-title', { hasText: label })).toHaveCount(0)
    await expect(page.locator('main h1').first()).toBeFocused()
  }

  const counted = await countEffort(page, async (part) => {
    part('Before you start')
    // Before you start
    await chooseRadio(page, radio('Vendor'), radio('Offshore user not in an ODC'))
    await expect(radio('Yes')).toBeChecked()
    await typeInto(page, page.getByRole('textbox', { name: 'Organisational email' }), 'priya@acme-offshore.com')
    await typeDate(page, field(page, 'Date the TechPass onboarding email arrived'), '2026-11-22')
    await press(page, button('Save my details'))
    await expect(notice).toHaveText('Saved: your details are recorded.')

    part('Step 1')
    // Step 1: the view has moved on to it by itself, with focus on the task
    await expect(taskTitle(page)).toHaveText('Contact your project manager or reporting officer')
    await expect(taskTitle(page)).toBeFocused()
    await typeInto(page, field(page, 'Mobile number'), '+91 98765 43210')
    await typeInto(page, field(page, 'Project name'), 'Harbour Payments')
    await typeInto(page, field(page, 'Name of your offshore reporting officer'), 'Arjun Mehta')
    await typeInto(page, field(page, 'Email of your offshore reporting officer'), 'arjun@acme-offshore.com')
    await typeInto(page, field(page, 'Offshore company address'), '12 MG Road, Bengaluru')
    await press(page, button('I have sent the request'))
    await expect(notice).toHaveText('Saved: your request is recorded as sent.')
    await typeDate(page, field(page, 'Date the registration email arrived'), '2026-11-22')
    await press(page, button('Save this date'))
    await expect(stepStatus(page, /Step 1/)).toHaveText('Done')

    part('Step 2')
    // Step 2
    await confirmTask('Open the registration link in the registration email')
    await typeInto(page, field(page, 'Username'), 'priya.k')
    await typeInto(page, field(page, 'First name'), 'Priya')
    await typeInto(page, field(page, 'Last name'), 'Krishnan')
    await typeInto(page, field(page, 'Department'), 'Engineering')
    await press(page, button('Save my registration details'))
    await expect(notice).toHaveText(/^Saved: your registration details/)
    await confirmTask('Submit the registration form')

    part('Step 3')
    // Step 3: the practice first, one part at a time (its accepted code is the evidence), then the sign-in, a picture a task
    await press(page, button('Next: I have Authenticator'))
    await press(page, button('Create a practice QR code'))
    const secret = (await scanQr(page)).searchParams.get('secret')!
    await press(page, button('Next: I scanned it'))
    await typeInto(page, page.getByLabel('6-digit code'), codeFor(secret, 0, app.now()))
    await page.keyboard.press('Enter')
    await expect(notice).toHaveText(/^Code accepted\./)
    for (const label of SIGN_IN_ITEMS) await confirmTask(label)

    part('Step 4')
    // Step 4: the real QR code and number matching, on the TechPass page, confirmed here; number matching practised first
    await confirmTask(MFA_ITEMS[0]!)
    await confirmTask(MFA_ITEMS[1]!)
    await press(page, page.getByText('Try number matching first (optional)'))
    // Number matching is typed, as Authenticator asks: the number, then Enter for Yes.
    const shown = (await page.getByTestId('shown-number').textContent())!.trim()
    await typeInto(page, page.getByLabel('Number', { exact: true }), shown)
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('matching-feedback')).toContainText('Now the next practice.')
    await press(page, button('No, it’s not me'))
    await expect(page.getByTestId('matching-feedback')).toContainText('You denied a sign-in you did not start.')
    await confirmTask(MFA_ITEMS[2]!)

    part('Step 5')
    // Step 5: the optional checker, then the reset on TechPass confirmed
    await press(page, page.getByText('Check your new password first (optional)'))
    await typeInto(page, field(page, 'Initial password'), 'Initial-Pass-1')
    await typeInto(page, field(page, 'New password'), 'harbour lantern violet 42')
    await typeInto(page, field(page, 'Re-enter the new password'), 'harbour lantern violet 42')
    await confirmTask(RESET_PASSWORD)

    part('Step 6')
    // Step 6: read each policy to its end with the End key; confirm accepting them on TechPass; accept the MDM AUP here
    for (const title of ['Privacy policy', 'Terms of use']) {
      await press(page, page.getByRole('document', { name: `${title}, full text` }), 'End')
      // A person waits to see the button come on once the end of the text is in view, then tabs to it.
      await expect(button(`I have read the ${title}`)).toBeEnabled()
      await press(page, button(`I have read the ${title}`))
      await expect(notice).toHaveText(`Saved: you read the ${title}, version 1.0.`)
    }
    await confirmTask(ACCEPT_ON_TECHPASS)
    await press(page, page.getByRole('document', { name: `${MDM_AUP}, full text` }), 'End')
    await expect(button(`I accept the ${MDM_AUP}`)).toBeEnabled()
    await press(page, button(`I accept the ${MDM_AUP}`))

    part('Next steps')
    // Next steps
    await confirmTask('Verify that you can log in with TechPass')
    await press(page, button(DID_IT))
    await expect(page.getByRole('heading', { name: 'You have finished your TechPass onboarding' })).toBeVisible()
    await tabTo(page, button('Print my summary (PDF)…'))
    await expect(page.getByTestId('overall-progress')).toContainText('8 of 8 sections done')
  })
  console.log(`keyboard walk, offshore-non-odc: ${counted.total.tabs} Tab presses, ${counted.total.keys} keystrokes in all`)
  for (const p of counted.parts) console.log(`  ${p.part}: ${p.tabs} Tab presses`)
  expect(counted.total.tabs, 'Tab presses from launch to the finish').toBeLessThanOrEqual(150)
})
