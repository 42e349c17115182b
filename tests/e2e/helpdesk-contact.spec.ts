import { test, expect } from './fixtures'

const HELPDESK = { phone: '+6561234567', email: 'techpass-help@agency.gov.sg', hours: 'Mon to Fri, 9 am to 6 pm (Singapore time)' }

test.describe('an administrator configuration with a helpdesk', () => {
  test.use({ config: { helpdesk: HELPDESK } })

  test('"Need help?" shows the status code and the helpdesk phone, email and hours', async ({ app }) => {
    const box = app.page.getByTestId('support-box')
    await expect(box.getByTestId('status-code')).toHaveText(/^TP-/)
    await expect(box).toContainText('Read this code to the helpdesk:')
    // The phone is shown in international format with spaces.
    await expect(box.getByTestId('help-phone')).toHaveText('+65 6123 4567')
    await expect(box.getByTestId('help-email')).toHaveText(HELPDESK.email)
    await expect(box.getByTestId('help-hours')).toHaveText(HELPDESK.hours)
    await expect(box).not.toContainText('project manager')
    await expect(app.page.getByTestId('config-notices')).toHaveCount(0)
  })
})

test.describe('a damaged progress file, with a helpdesk configured', () => {
  test.use({ config: { helpdesk: HELPDESK }, corruptLedger: '{"schemaVersion":1,"events":[{"seq":1, this is not json' })

  test('the recovery screen shows whom to contact', async ({ app }) => {
    const main = app.page.getByRole('main')
    await expect(app.page.getByRole('heading', { name: 'We could not open your saved progress' })).toBeVisible()
    await expect(main.getByTestId('help-phone')).toHaveText('+65 6123 4567')
    await expect(main.getByTestId('help-email')).toHaveText(HELPDESK.email)
    await expect(main.getByTestId('help-hours')).toHaveText(HELPDESK.hours)
  })
})

test.describe('no helpdesk in the configuration', () => {
  test('"Need help?" says to contact the project manager, with the status code', async ({ app }) => {
    const box = app.page.getByTestId('support-box')
    await expect(box.getByTestId('status-code')).toHaveText(/^TP-/)
    await expect(box).toContainText('Contact your project manager for help.')
    await expect(box.getByTestId('help-phone')).toHaveCount(0)
  })
})

test.describe('a helpdesk phone that is not a real number', () => {
  test.use({ config: { organisationName: 'Acme Agency', helpdesk: { ...HELPDESK, phone: '+65 1234 5678' } } })

  test('gets a notice naming it; the rest of the file still applies', async ({ app }) => {
    const page = app.page
    await expect(page.getByTestId('config-notices')).toContainText('helpdesk.phone must be a phone number with its country code')
    await expect(page.getByText('Acme Agency · for vendors and offshore users')).toBeVisible()
    await expect(page.getByTestId('support-box')).toContainText('Contact your project manager for help.')
  })
})
