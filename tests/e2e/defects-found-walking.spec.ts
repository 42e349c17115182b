import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { test, expect, LEDGER_FILE } from './fixtures'
import { humanDay, prepareRequest, saved, sendRequestAndRecordEmail, sidebar, tellWhoIAm } from './journey'
import { expectNoSeriousViolations } from './a11y'
import { primaries } from './screen-checks'

// Issue 18, item 9: three defects found by walking the app.

test.describe('R17 is not hidden behind R5', () => {
  test.use({ now: '2026-11-23T10:00:00+08:00' })

  test('a SEED user whose invitation and SEED onboarding email both expired is offered both remedies, each with its own button', async ({ app }) => {
    const page = app.page
    await tellWhoIAm(page, { audience: 'Offshore user not in an ODC', email: 'priya@acme-offshore.com', onboardingOn: '2026-11-10' })
    await sidebar(page, /Step 1/).click()
    const next = page.getByTestId('next-action')
    await expect(next).toContainText('Request a new invitation')
    await expect(primaries(page)).toHaveText(['Request a new invitation'])

    await page.getByRole('button', { name: 'My SEED onboarding email expired' }).click()
    // What is said is where the remedy really is.
    await saved(page, /^Saved\./)
    await expect(page.getByTestId('notice')).not.toContainText('Your next action shows')
    // The invitation stays the next action, with the one primary button; the SEED remedy is on the same screen.
    await expect(next).toContainText('Request a new invitation')
    await expect(primaries(page)).toHaveText(['Request a new invitation'])
    const open = page.getByRole('button', { name: 'Open the service request page' })
    await expect(open).toBeVisible()
    await expect(open).toHaveClass(/secondary/)
    await expectNoSeriousViolations(page, 'Step 1 with the SEED service request beside the expired invitation')
    await open.click()
    expect((await app.outside()).opened).toContain('https://go.gov.sg/seed-techpass-support')
    await page.getByRole('button', { name: 'Request a new invitation' }).click()
    await saved(page, 'Step 1 is open again. Send your request for a new invitation.')
    // With the invitation renewed, the SEED request is the next action; the button is not shown twice.
    await expect(next).toContainText('Ask for a new SEED onboarding email')
    await expect(page.getByRole('button', { name: 'Open the service request page' })).toHaveCount(1)
    await page.getByRole('button', { name: 'I have submitted the service request' }).click()
    await saved(page, 'Saved: your service request is recorded. A new SEED email will come.')
    await expect(page.getByRole('button', { name: 'Open the service request page' })).toHaveCount(0)
  })
})

test.describe('R16 is said, not hidden behind R5', () => {
  test.use({ now: '2026-11-02T10:00:00+08:00' })

  test('31 days after the TechPass onboarding email, unregistered: both deadlines are said, each in its own words', async ({ app }) => {
    let page = app.page
    await tellWhoIAm(page, { audience: 'Vendor', seed: 'No', email: 'wei.ling@vendor-co.com', onboardingOn: '2026-11-01' })
    await prepareRequest(page, { mobile: '+65 9123 4567', project: 'Harbour Payments' })
    await sendRequestAndRecordEmail(page, '2026-11-01')

    page = await app.relaunch({ now: '2026-12-02T10:00:00+08:00' })
    const nov6 = await humanDay(page, '2026-11-06')
    const dec1 = await humanDay(page, '2026-12-01')
    const both = `Your registration link stopped working after ${nov6}. The 30 days to activate your account also ended on ${dec1}.`
    await expect(page.getByTestId('next-action')).toContainText(both)
    await sidebar(page, /Step 5/).click()
    await expect(page.getByTestId('section-reason')).toHaveText(`${both} Request a new invitation first.`)
    await sidebar(page, /Step 2/).click()
    await expect(page.getByTestId('section-reason')).toContainText(both)
  })
})

// A damaged line that was written whole, newline and all: the only line of the file, and the last after good events.
const seeded = readFileSync(resolve('tests/e2e/seeds/prerequisites-done', LEDGER_FILE), 'utf8')
const damaged = [
  ['its only line', 'this is not json\n'],
  ['its last line, after good events', `${seeded}{"at":"2026-11-02T01:02:00.000Z","data":{"audience":\n`],
] as const

for (const [where, text] of damaged) {
  test.describe(`a ledger whose ${where} is complete but cannot be read`, () => {
    test.use({ ledgerText: text, now: '2026-11-03T10:00:00+08:00' })

    test('gets the recovery screen, which names the file it kept', async ({ app }) => {
      const page = app.page
      await expect(page.getByRole('heading', { name: 'We could not open your saved progress' })).toBeVisible()
      const kept = readdirSync(app.dataDir).filter((f) => /^ledger\.corrupt-.*\.jsonl$/.test(f))
      expect(kept).toHaveLength(1)
      expect(readdirSync(app.dataDir).filter((f) => f.includes('.torn-'))).toEqual([])
      const path = join(app.dataDir, kept[0]!)
      await expect(page.getByTestId('recovery-path')).toHaveText(path)
      expect(readFileSync(path, 'utf8')).toBe(text)
    })
  })
}

test.describe('a ledger whose last line was cut short, with no line end', () => {
  test.use({ ledgerText: `${seeded}{"at":"2026-11-02T01:02:00.000Z","data":{"aud`, now: '2026-11-03T10:00:00+08:00' })

  test('is still an unfinished write: set aside quietly, and the events before it open', async ({ app }) => {
    const page = app.page
    await expect(page.getByRole('heading', { name: 'We could not open your saved progress' })).toHaveCount(0)
    await expect(sidebar(page, /Before you start/)).toContainText('Done')
    expect(readdirSync(app.dataDir).filter((f) => f.includes('.torn-'))).toHaveLength(1)
    expect(readFileSync(join(app.dataDir, LEDGER_FILE), 'utf8')).toBe(seeded)
  })
})
