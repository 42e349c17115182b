import { test, expect } from './fixtures'
import { sidebar } from './journey'

// Issue 22: settings from the operating system's own store, over the old JSON file, per setting. This machine is Linux:
// it has no registry and no /Library/Managed Preferences. What can run here is the macOS store's own code, the real plist
// reader with its fstat ownership checks, on a root-owned plist in a folder standing in for /Library/Managed Preferences,
// in browser mode (the harness runs main's loading code in the test process). Only a real machine can confirm the rest.
const NOT_RUN_HERE = [
  'NOT RUN (needs a real macOS machine): macOS writing /Library/Managed Preferences/sg.gov.tech.techpass-onboarding-assistant.plist from an installed configuration profile, and the packaged app reading it there',
  'NOT RUN (needs a real Windows machine): reg.exe reading HKLM\\SOFTWARE\\Policies\\GovTech\\TechPass Onboarding Assistant as set by the ADMX templates (unit tests feed reg.exe output samples through the SpawnTool port)',
]

const DOCS = 'https://portal.agency.example/docs'
const SERVICE_REQUEST = 'https://file.agency.example/techpass-request'

// The profile's settings, as macOS leaves them: the allowlist's Docs portal, the helpdesk contact, the default language.
const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>DocsPortalUrl</key><string>${DOCS}</string>
  <key>HelpdeskPhone</key><string>+6561234567</string>
  <key>HelpdeskEmail</key><string>techpass-help@agency.gov.sg</string>
  <key>LanguageDefault</key><string>vi</string>
</dict>
</plist>
`

// The old JSON file still counts for what the profile does not hold; for DocsPortalUrl and the helpdesk email the
// profile wins.
const LEGACY = {
  organisationName: 'Acme Agency',
  docsPortalUrl: 'https://file.agency.example/docs',
  serviceRequestUrl: SERVICE_REQUEST,
  helpdesk: { email: 'file-help@agency.gov.sg', hours: 'Mon to Fri, 9 am to 6 pm' },
}

test.describe('macOS managed preferences over the old configuration file', () => {
  test.use({ config: LEGACY, managedPreferences: PROFILE })

  test('set the allowlist, the helpdesk contact and the default language, and the Managed settings view says where each came from', async ({ app, mode }) => {
    for (const line of NOT_RUN_HERE) test.info().annotations.push({ type: 'NOT RUN', description: line })
    test.skip(mode === 'electron', 'the Electron app on Linux reads no managed preferences plist; browser mode runs the macOS reader on a root-owned plist')
    const page = app.page

    // The default language: a first start speaks Vietnamese, though the system is English.
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
    await expect(page.getByTestId('language-menu')).toHaveValue('vi')
    await expect(page.getByTestId('config-notices')).toHaveCount(0)
    // The user's own choice still wins.
    await page.getByTestId('language-menu').selectOption('en')
    await expect(page.locator('html')).toHaveAttribute('lang', /^en/)

    // The helpdesk contact: phone and email from the profile, hours from the file.
    const box = page.getByTestId('support-box')
    await expect(box.getByTestId('help-phone')).toHaveText('+65 6123 4567')
    await expect(box.getByTestId('help-email')).toHaveText('techpass-help@agency.gov.sg')
    await expect(box.getByTestId('help-hours')).toHaveText(LEGACY.helpdesk.hours)
    await expect(page.getByText('Acme Agency · for vendors and offshore users')).toBeVisible()

    // The allowlist: Step 3 (shown whole, as the next action is elsewhere) shows and opens the profile's Docs portal; the file's, and the built-in one, are refused.
    await sidebar(page, /Step 3/).click()
    await expect(page.getByText(DOCS, { exact: true })).toBeVisible()
    await page.getByRole('button', { name: 'Open the Docs portal' }).click()
    await expect(page.getByTestId('notice')).toHaveText('Opened the Docs portal in your browser.')
    expect((await app.outside()).opened).toEqual([DOCS])
    for (const refused of [LEGACY.docsPortalUrl, 'https://docs.developer.tech.gov.sg/']) {
      const reply = await page.evaluate((url) => window.techpass.shell.openExternal({ url }), refused)
      expect(reply.ok, refused).toBe(false)
    }
    expect((await app.outside()).opened).toEqual([DOCS])

    // The Managed settings view in the helpdesk guide, reached with the keyboard.
    await page.getByRole('button', { name: 'Helpdesk guide' }).click()
    const view = page.getByTestId('managed-settings')
    const summary = view.locator('summary')
    await summary.focus()
    await page.keyboard.press('Enter')
    const table = page.getByRole('region', { name: 'Managed settings' }).getByRole('table')
    await expect(table).toBeVisible()
    const row = (setting: string) => table.locator(`tr[data-setting="${setting}"]`)
    const plist = /Managed Preferences\/sg\.gov\.tech\.techpass-onboarding-assistant\.plist$/
    const expectRow = async (setting: string, value: string | RegExp, source: string, where?: RegExp) => {
      await expect(row(setting).getByRole('cell').first()).toHaveText(value)
      await expect(row(setting).getByRole('cell').nth(1)).toContainText(source)
      if (where) await expect(row(setting).locator('.managed-where')).toHaveText(where)
      else await expect(row(setting).locator('.managed-where')).toHaveCount(0)
    }
    await expectRow('docsPortalUrl', DOCS, 'macOS managed preferences', plist)
    await expectRow('helpdesk.phone', '+65 6123 4567', 'macOS managed preferences', plist)
    await expectRow('helpdesk.email', 'techpass-help@agency.gov.sg', 'macOS managed preferences', plist)
    await expectRow('language.default', 'vi', 'macOS managed preferences', plist)
    await expectRow('serviceRequestUrl', SERVICE_REQUEST, 'Test configuration file', /config\.json$/)
    await expectRow('helpdesk.hours', LEGACY.helpdesk.hours, 'Test configuration file', /config\.json$/)
    await expectRow('organisationName', 'Acme Agency', 'Test configuration file', /config\.json$/)
    await expectRow('loginGuideUrl', 'https://docs.developer.tech.gov.sg/docs/techpass-user-guide/log-in-with-techpass', 'Built in')
    await expectRow('policyTextsDir', 'Not set', 'Built in')
    await expect(row('deadlines.registerDays').locator('th')).toContainText('DeadlinesRegisterDays')
    // The region scrolls with the keyboard when the table is wider than the window.
    await page.keyboard.press('Tab')
    await expect(page.getByRole('region', { name: 'Managed settings' })).toBeFocused()

    for (const [width, height] of [
      [1280, 800],
      [800, 600],
    ] as const) {
      await page.setViewportSize({ width, height })
      await summary.scrollIntoViewIfNeeded()
      await page.screenshot({ path: test.info().outputPath(`managed-settings-${width}x${height}.png`) })
      // Nothing scrolls sideways: the page fits the window.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    }
  })
})
