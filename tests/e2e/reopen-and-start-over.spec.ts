import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect, LEDGER_FILE } from './fixtures'
import { saved, seeAll, sidebar, stepStatus, taskTitle } from './journey'

// The events in ledger.jsonl: a header line, then one event per line.
const eventsIn = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .slice(1, -1)
    .map((line) => JSON.parse(line) as { type: string })

test.use({ seed: 'prerequisites-done', now: '2026-11-03T10:00:00+08:00' })

test('a finished step can be reopened, and that is recorded as a new event', async ({ app }) => {
  const page = app.page
  await sidebar(page, /Before you start/).click()
  await expect(page.getByTestId('section-status')).toHaveText('Done')
  const before = eventsIn(join(app.dataDir, LEDGER_FILE))
  await page.getByRole('button', { name: 'Reopen this step' }).click()
  await saved(page, /^Reopened “Before you start”/)
  // The reopened step is the next action again: its first task is on screen.
  await expect(taskTitle(page)).toHaveText('Tell us who you are')
  // Nothing done counts until it is done again, so the step is "Not started", never "In progress" with nothing done.
  await seeAll(page)
  await expect(page.getByTestId('section-status')).toHaveText('Not started · 0 of 3 done')
  await expect(page.getByTestId('item-who-you-are')).toBeVisible()
  await expect(page.getByTestId('item-who-you-are')).not.toContainText('Done')
  const after = eventsIn(join(app.dataDir, LEDGER_FILE))
  expect(after.slice(0, before.length)).toEqual(before)
  expect(after.at(-1)).toMatchObject({ type: 'section-reopened', data: { role: 'profile' } })
  // Saving the details again, in the task, is what makes it done.
  await page.getByRole('button', { name: 'Back to your task' }).click()
  await expect(taskTitle(page)).toHaveText('Tell us who you are')
  await page.getByRole('button', { name: 'Save my details' }).click()
  await saved(page, 'Saved: your details are recorded.')
  await expect(stepStatus(page, /Before you start/)).toHaveText('Done')
  await sidebar(page, /Before you start/).click()
  await expect(page.getByTestId('section-status')).toHaveText('Done')
})

test('start over archives the progress file and never deletes it', async ({ app }) => {
  const page = app.page
  const original = readFileSync(join(app.dataDir, LEDGER_FILE), 'utf8')
  // It looks destructive (red, not like the buttons beside it) and asks first, naming the archive and its folder.
  const startOver = page.getByRole('button', { name: 'Start over' })
  await expect(startOver).toHaveClass(/danger-outline/)
  await expect(startOver).not.toHaveClass(/on-dark|primary/)
  await startOver.click()
  const dialog = page.getByRole('dialog', { name: 'Start over?' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toHaveAccessibleDescription(
    /Nothing is deleted\. Your progress so far is moved into an archive file, ledger\.archived-<date and time>\.jsonl, in this folder:/,
  )
  await expect(dialog.getByTestId('start-over-folder')).toHaveText(app.dataDir)
  await expect(dialog.getByRole('button', { name: 'Archive and start over' })).toHaveClass(/danger/)
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  expect(readFileSync(join(app.dataDir, LEDGER_FILE), 'utf8')).toBe(original)

  await page.getByRole('button', { name: 'Start over' }).click()
  await dialog.getByRole('button', { name: 'Archive and start over' }).click()
  await expect(page.getByRole('status')).toHaveText(/^Started over\. Your old progress is kept in .*ledger\.archived-.*\.jsonl\.$/)
  // Back at the very first task.
  await expect(page.getByTestId('task')).toContainText('Before you start · Task 1 of 3')
  await expect(taskTitle(page)).toHaveText('Tell us who you are')
  await expect(page.getByTestId('next-action')).toContainText('Tell us who you are')
  const archived = readdirSync(app.dataDir).filter((f) => f.startsWith('ledger.archived-'))
  expect(archived).toHaveLength(1)
  expect(readFileSync(join(app.dataDir, archived[0]!), 'utf8')).toBe(original)

  const again = await app.relaunch()
  await expect(again.getByTestId('next-action')).toContainText('Tell us who you are')
})
