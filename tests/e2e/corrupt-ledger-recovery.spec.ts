import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect, LEDGER_FILE } from './fixtures'
import { sidebar, stepStatus, tellWhoIAm } from './journey'

const CORRUPT = '{"schemaVersion":1,"events":[{"seq":1, this is not json'

test.describe('a damaged progress file', () => {
  test.use({ corruptLedger: CORRUPT })

  test('shows the recovery screen and keeps the damaged file byte for byte', async ({ app }) => {
    const page = app.page
    await expect(page.getByRole('heading', { name: 'We could not open your saved progress' })).toBeVisible()
    await expect(page.getByText(/could not be read/)).toBeVisible()

    const moved = readdirSync(app.dataDir).filter((f) => /^ledger\.corrupt-.*\.json$/.test(f))
    expect(moved).toHaveLength(1)
    const movedPath = join(app.dataDir, moved[0]!)
    expect(readFileSync(movedPath, 'utf8')).toBe(CORRUPT)
    await expect(page.getByTestId('recovery-path')).toHaveText(movedPath)
    // The path is named once, in plain words around it, with a way to copy it for the helpdesk.
    const words = await page.getByRole('main').innerText()
    expect(words.split(movedPath)).toHaveLength(2)
    expect(words.replace(movedPath, '')).not.toMatch(/JSON|hash|schema/i)
    await page.getByRole('button', { name: 'Copy' }).click()
    await expect(page.getByTestId('recovery-notice')).toHaveText('Copied where the old file is. Paste it into your email to the helpdesk.')
    expect((await app.outside()).clipboard.at(-1)).toBe(movedPath)
    // The file manager opens on the file that was moved aside, and on nothing else.
    await page.getByRole('button', { name: 'Show in folder' }).click()
    await expect.poll(async () => (await app.outside()).shown).toEqual([movedPath])

    await page.getByRole('button', { name: 'Start a new checklist' }).click()
    // A new checklist starts at its first task: Before you start, telling who you are.
    await expect(page.getByTestId('task')).toContainText('Before you start · Task 1 of')
    await expect(page.getByRole('heading', { level: 1, name: 'Tell us who you are' })).toBeVisible()
    await tellWhoIAm(page, { audience: 'Vendor', seed: 'No', email: 'wei.ling@vendor-co.com' })

    // The new ledger is separate; the damaged copy is still untouched.
    const relaunched = await app.relaunch()
    // It opens where the next action is (Step 1: the onboarding date is optional); the details are in Before you start.
    await sidebar(relaunched, /Before you start/).click()
    await expect(relaunched.getByRole('textbox', { name: 'Organisational email' })).toHaveValue('wei.ling@vendor-co.com')
    await expect(relaunched.getByTestId('item-org-email')).toContainText('Done on ')
    expect(readFileSync(movedPath, 'utf8')).toBe(CORRUPT)
    expect(readFileSync(join(app.dataDir, LEDGER_FILE), 'utf8')).toContain('recovery-acknowledged')
  })
})

test.describe('a progress file edited outside the app', () => {
  test.use({ seed: 'prerequisites-done' })

  test('is moved aside when its hash chain is broken', async ({ app }) => {
    // The seeded progress opens as usual (on Step 1, as its task or its whole page, whatever the date makes of the invitation).
    await expect(sidebar(app.page, /Step 1/)).toHaveAttribute('aria-current', 'step')
    await expect(stepStatus(app.page, /Before you start/)).toHaveText(/^Done/)
    const path = join(app.dataDir, LEDGER_FILE)
    const original = readFileSync(path, 'utf8')
    const tampered = original.replace('"audience":"vendor"', '"audience":"offshore-odc"')
    expect(tampered).not.toBe(original)
    const { writeFileSync } = await import('node:fs')
    writeFileSync(path, tampered)

    const page = await app.relaunch()
    await expect(page.getByRole('heading', { name: 'We could not open your saved progress' })).toBeVisible()
    await expect(page.getByText(/changed outside the app/)).toBeVisible()
    const moved = readdirSync(app.dataDir).filter((f) => f.startsWith('ledger.corrupt-'))
    expect(readFileSync(join(app.dataDir, moved[0]!), 'utf8')).toBe(tampered)
  })
})
