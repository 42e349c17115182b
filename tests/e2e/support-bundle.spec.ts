import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import type { AppHandle } from './fixtures'
import { humanDay, humanMoment, prepareRequest, sendRequestAndRecordEmail, tellWhoIAm } from './journey'

const shared = mkdtempSync(join(tmpdir(), 'techpass-bundle-'))
const bundlePath = join(shared, 'from-user.json')

async function openBundle(app: AppHandle, path: string) {
  await app.page.getByRole('button', { name: 'Helpdesk guide' }).click()
  await app.chooseFile(path)
  await app.page.getByRole('button', { name: 'Open a support bundle…' }).click()
}

test.describe.configure({ mode: 'serial' })
test.use({ now: '2026-11-23T10:00:00+08:00' })

test('a user saves a support bundle with personal data removed', async ({ app }) => {
  const page = app.page
  await tellWhoIAm(page, { audience: 'Offshore user not in an ODC', email: 'priya.krishnan@acme-offshore.com', onboardingOn: '2026-11-20' })
  await prepareRequest(page, {
    mobile: '+91 98765 43210',
    project: 'Harbour Payments',
    officer: { name: 'Arjun Mehta', email: 'arjun@acme-offshore.com', address: '12 MG Road, Bengaluru' },
  })
  await sendRequestAndRecordEmail(page, '2026-11-21')
  await page.getByRole('button', { name: 'Save a support bundle…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Save a support bundle' })
  await expect(dialog.getByRole('checkbox', { name: /Remove my personal data/ })).toBeChecked()
  await dialog.getByRole('button', { name: 'Save…' }).click()
  await expect(page.getByTestId('notice')).toHaveText(
    /^Saved the support bundle as .*techpass-support-2026-11-23\.json\. Send this file to the helpdesk, by email or as they ask\.$/,
  )
  const saved = (await app.outside()).saved.at(-1)!.path
  const text = readFileSync(saved, 'utf8')
  for (const personal of ['priya.krishnan', 'acme-offshore.com', '98765', 'Arjun', 'MG Road']) expect(text).not.toContain(personal)
  expect(text).toContain('Harbour Payments')
  copyFileSync(saved, bundlePath)
})

test('the helpdesk opens it in another profile: timeline, current step, deadline today, integrity', async ({ app }) => {
  await openBundle(app, bundlePath)
  const view = app.page.getByTestId('bundle-view')
  // One plain, honest verdict: the check has no key, so it never claims the file is tamper-proof.
  await expect(app.page.getByTestId('bundle-integrity')).toHaveText('Not damaged or edited since it was saved (unless it was deliberately rebuilt).')
  await expect(view).not.toContainText(/tamper|intact|proof|hash|schema/i)
  // The details (what was checked, when the file was saved and by which version) are folded away until asked for.
  const details = app.page.getByTestId('bundle-integrity-details')
  const counts =
    'Checked in full: 1 of 3 events. Checked by link only: 2, because their personal data was removed, so only their place in the record could be checked.'
  await expect(details.getByText(counts)).toBeHidden()
  await details.getByText('How this file was checked').click()
  await expect(details.getByText(counts)).toBeVisible()
  await expect(details.locator('dt:has-text("Saved") + dd')).toHaveText(await humanMoment(app.page, '2026-11-23 10:00'))
  await expect(details.locator('dt:has-text("App version") + dd')).toHaveText(
    (JSON.parse(readFileSync(bundlePath, 'utf8')) as { appVersion: string }).appVersion,
  )
  await expect(details.locator('dt:has-text("Personal data") + dd')).toHaveText('Removed before saving')
  await expect(app.page.getByTestId('bundle-current-step')).toHaveText('Step 2: Complete the registration form')
  // The bundle opens the runbook at the user's step and branch, as the status code they would read out does.
  const runbook = app.page.getByRole('region', { name: /^Runbook:/ })
  await expect(runbook.getByRole('heading', { level: 2 })).toHaveText('Runbook: Offshore user not in an ODC, SEED provisioned')
  await expect(runbook.getByRole('tab', { name: 'Step 2 User is here' })).toHaveAttribute('aria-selected', 'true')
  await expect(app.page.getByTestId('bundle-deadline')).toHaveText(`Register by ${await humanDay(app.page, '2026-11-25')}: due soon (2 days left as of today)`)
  const timeline = app.page.getByTestId('bundle-timeline').getByRole('listitem')
  await expect(timeline).toHaveCount(3)
  await expect(timeline.first()).toContainText(
    `Saved who they are: Offshore user not in an ODC; SEED provisioned; TechPass onboarding email received ${await humanDay(app.page, '2026-11-20')}`,
  )
  // Times and days read as everywhere else in the app, never as ISO.
  await expect(timeline.first()).not.toContainText(/\d{4}-\d{2}-\d{2}/)
  await expect(timeline.last()).toContainText(`Registration email received on ${await humanDay(app.page, '2026-11-21')}`)
  // Reading a bundle changes nothing in this profile.
  await app.page.getByRole('button', { name: 'Back to my checklist' }).click()
  await expect(app.page.getByTestId('next-action')).toContainText('Tell us who you are')
})

test('bad bundles each get their own message and nothing is imported', async ({ app }) => {
  const bundle = JSON.parse(readFileSync(bundlePath, 'utf8')) as Record<string, unknown> & { events: Array<{ at: string }> }
  const write = (name: string, content: string) => {
    const path = join(shared, name)
    writeFileSync(path, content)
    return path
  }
  // What is not an ordinary file is refused before it is read: a FIFO never gets a writer here, so reading it would hang.
  const made = (name: string, make: (path: string) => void) => {
    const path = join(shared, name)
    make(path)
    return path
  }
  const tampered = structuredClone(bundle)
  tampered.events[0]!.at = '2026-01-01T00:00:00.000Z'
  const cases: Array<[string, RegExp]> = [
    [write('not-json.json', 'hello'), /not a support bundle: it is not a JSON file/],
    [write('other.json', JSON.stringify({ hello: 'world' })), /is not a TechPass support bundle/],
    [write('newer.json', JSON.stringify({ ...bundle, schemaVersion: 99 })), /made by a newer version of the assistant \(bundle format 99/],
    [write('huge.json', JSON.stringify({ ...bundle, padding: 'x'.repeat(6 * 1024 * 1024) })), /is 6(\.\d)? MB, but a support bundle is at most 5 MB/],
    [write('tampered.json', JSON.stringify(tampered)), /was changed after it was exported/],
    [write('deep.json', `${'['.repeat(5000)}${']'.repeat(5000)}`), /is not a support bundle: its contents are nested more than 32 levels deep/],
    [
      write('undated.json', JSON.stringify({ ...bundle, exportedAt: 'yesterday' })),
      /is a damaged support bundle: the date it was saved is missing or of the wrong kind/,
    ],
    [made('folder.json', (path) => mkdirSync(path)), /^folder\.json is not an ordinary file, so it is not a support bundle\./],
  ]
  if (process.platform !== 'win32') {
    cases.push([made('pipe.json', (path) => execFileSync('mkfifo', [path])), /^pipe\.json is not an ordinary file, so it is not a support bundle\./])
  }
  for (const [path, message] of cases) {
    await openBundle(app, path)
    await expect(app.page.getByTestId('bundle-error')).toHaveText(message)
    await expect(app.page.getByTestId('bundle-error')).toContainText('Nothing was imported.')
    await expect(app.page.getByTestId('bundle-view')).toHaveCount(0)
    await app.page.getByRole('button', { name: 'Back to my checklist' }).click()
  }
})
