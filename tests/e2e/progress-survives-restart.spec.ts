import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect, LEDGER_FILE } from './fixtures'
import {
  confirmItem,
  heading,
  item,
  prepareRequest,
  saved,
  seeAll,
  sendRequestAndRecordEmail,
  sidebar,
  status,
  stepStatus,
  taskTitle,
  tellWhoIAm,
  withdrawItem,
} from './journey'

const OPEN_LINK = 'Open the registration link in the registration email'
// The ledger is JSON Lines: a header line, then one event a line.
const eventsIn = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .slice(1, -1)
    .map((line) => JSON.parse(line) as { type: string })
// The file exactly as version 0.1.0 wrote it (one JSON document, schemaVersion 1).
const SEED_FILE = readFileSync('tests/e2e/seeds/prerequisites-done-0.1.0/ledger.json', 'utf8')

test.describe('on a progress file from version 0.1.0', () => {
  test.use({ seed: 'prerequisites-done-0.1.0', now: '2026-11-03T10:00:00+08:00' })

  test('the old file is brought forward and kept, and a confirmed item is still confirmed after a restart', async ({ app }) => {
    const page = app.page
    // The old record carries over: Before you start is done, so the app opens on Step 1's first task.
    await expect(page.getByTestId('task')).toContainText('Step 1: Request a TechPass account · Task 1 of 3')
    await expect(taskTitle(page)).toHaveText('Contact your project manager or reporting officer')
    await expect(sidebar(page, /Before you start/)).toContainText('Done')
    const kept = readdirSync(app.dataDir).filter((f) => /^ledger\.v1-.*\.json$/.test(f))
    expect(kept).toHaveLength(1)
    expect(readFileSync(join(app.dataDir, kept[0]!), 'utf8')).toBe(SEED_FILE)
    expect(readFileSync(join(app.dataDir, LEDGER_FILE), 'utf8').split('\n')[0]).toBe('{"schemaVersion":3}')

    await prepareRequest(page, { mobile: '+65 9123 4567', project: 'Harbour Payments' })
    await sendRequestAndRecordEmail(page, '2026-11-02')
    await sidebar(page, /Step 2/).click()
    await confirmItem(page, OPEN_LINK)
    await expect(stepStatus(page, /Step 2/)).toHaveText('In progress · 1 of 3')

    const relaunched = await app.relaunch()
    // The first unfinished item is in Step 2, so that is where the app opens: on its next task, the form.
    await expect(relaunched.getByTestId('task')).toContainText('Step 2: Complete the registration form · Task 2 of 3')
    await expect(sidebar(relaunched, /Step 2/)).toContainText('In progress · 1 of 3')
    // The step's checklist says what is recorded.
    await seeAll(relaunched)
    await expect(heading(relaunched, 'Complete the registration form')).toBeVisible()
    await expect(item(relaunched, OPEN_LINK)).toBeChecked()
    await expect(item(relaunched, 'Submit the registration form')).not.toBeChecked()
    await expect(item(relaunched, 'Submit the registration form')).toBeDisabled()
  })
})

test.describe('a new user', () => {
  test.use({ now: '2026-11-23T10:00:00+08:00' })

  test('taking back a confirmation is recorded too, and a finished section shows as done', async ({ app }) => {
    const page = app.page
    await tellWhoIAm(page, { audience: 'Vendor', seed: 'No', email: 'wei.ling@vendor-co.com', onboardingOn: '2026-11-22' })
    await expect(sidebar(page, /Before you start/)).toContainText('Done')
    await expect(page.getByTestId('overall-progress')).toContainText('1 of 8 sections done')
    await prepareRequest(page, { mobile: '+65 9123 4567', project: 'Harbour Payments' })
    await sendRequestAndRecordEmail(page, '2026-11-22')
    await expect(page.getByTestId('overall-progress')).toContainText('2 of 8 sections done')
    await sidebar(page, /Step 2/).click()
    await confirmItem(page, OPEN_LINK)
    const before = eventsIn(join(app.dataDir, LEDGER_FILE))
    // A confirmation is taken back in the step's checklist.
    await seeAll(page)
    await withdrawItem(page, OPEN_LINK)
    await expect(status(page)).toHaveText('Not started · 0 of 3 done')
    // Taking it back adds an event; nothing recorded before is changed or removed.
    const after = eventsIn(join(app.dataDir, LEDGER_FILE))
    expect(after.slice(0, before.length)).toEqual(before)
    expect(after.at(-1)?.type).toBe('item-withdrawn')

    const relaunched = await app.relaunch()
    await sidebar(relaunched, /Step 2/).click()
    // The item is to do again: it is the step's task once more, and its box in the checklist is not ticked.
    await expect(taskTitle(relaunched)).toHaveText(OPEN_LINK)
    await seeAll(relaunched)
    await expect(item(relaunched, OPEN_LINK)).not.toBeChecked()
    await expect(sidebar(relaunched, /Step 1/)).toHaveAccessibleName(/Done$/)
  })

  test('the checklist works from the keyboard alone', async ({ app }) => {
    const page = app.page
    await tellWhoIAm(page, { audience: 'Vendor', seed: 'No', email: 'wei.ling@vendor-co.com', onboardingOn: '2026-11-22' })
    await prepareRequest(page, { mobile: '+65 9123 4567', project: 'Harbour Payments' })
    await sendRequestAndRecordEmail(page, '2026-11-22')
    await sidebar(page, /Step 2/).click()
    await page.reload()
    await expect(taskTitle(page)).toHaveText(OPEN_LINK)
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Skip to the current step' })).toBeFocused()
    // The step's whole checklist is one key press away from its task.
    await page.getByRole('button', { name: 'See all of Step 2' }).focus()
    await page.keyboard.press('Enter')
    await expect(heading(page, 'Complete the registration form')).toBeFocused()
    const first = item(page, OPEN_LINK)
    await first.focus()
    await page.keyboard.press('Space')
    await saved(page, `Saved: “${OPEN_LINK}” is confirmed.`)
    await expect(first).toBeChecked()
    await page.getByRole('button', { name: /Next: Sign in with your initial password/ }).focus()
    await page.keyboard.press('Enter')
    await expect(heading(page, 'Sign in with your initial password')).toBeFocused()
  })
})
