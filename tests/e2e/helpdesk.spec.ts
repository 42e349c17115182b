import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect, LEDGER_FILE } from './fixtures'
import { SEED_UNKNOWN, tellWhoIAm } from './journey'
import type { Who } from './journey'

const branches = [
  { audience: 'Vendor', seed: 'No', officer: false, aup: false },
  { audience: 'Vendor', seed: 'Yes', officer: false, aup: true },
  { audience: 'Offshore user in an offshore development centre (ODC)', seed: 'No', officer: false, aup: false },
  { audience: 'Offshore user in an offshore development centre (ODC)', seed: 'Yes', officer: false, aup: true },
  { audience: 'Offshore user not in an ODC', seed: 'Yes', officer: true, aup: true },
] as const

test('guide mode shows every branch with its troubleshooting, and enters no data', async ({ app }) => {
  const page = app.page
  await page.getByRole('button', { name: 'Helpdesk guide' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Helpdesk guide' })).toBeFocused()
  const runbook = page.getByRole('region', { name: /^Runbook:/ })
  for (const b of branches) {
    await page.getByRole('radio', { name: b.audience, exact: true }).check()
    if (b.audience === 'Offshore user not in an ODC') await expect(page.getByRole('group', { name: 'Branch' }).getByRole('radio', { name: 'No', exact: true })).toBeDisabled()
    else await page.getByRole('group', { name: 'Branch' }).getByRole('radio', { name: b.seed, exact: true }).check()
    await expect(runbook.getByRole('heading', { level: 2 })).toContainText(`SEED ${b.seed === 'Yes' ? 'provisioned' : 'not provisioned'}`)
    const items = runbook.getByRole('listitem')
    await expect(items.filter({ hasText: /^Read and accept the MDM AUP policy/ })).toHaveCount(b.aup ? 1 : 0)
    await expect(items.filter({ hasText: /^Give the offshore reporting officer's name and email/ })).toHaveCount(b.officer ? 1 : 0)
    await expect(runbook.getByText('Then: In Microsoft Authenticator, choose to enter the code manually')).toBeVisible()
    await expect(runbook.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) })).toHaveCount(8)
  }
  await page.getByRole('button', { name: 'Back to my checklist' }).click()
  await expect(page.getByRole('navigation', { name: 'Onboarding checklist' })).toBeVisible()
  expect(existsSync(join(app.dataDir, LEDGER_FILE))).toBe(false)
})

test('the status code a user reads out is decoded by the helpdesk, and a typo is caught', async ({ app }) => {
  const page = app.page
  await tellWhoIAm(page, { audience: 'Offshore user not in an ODC', email: 'priya@acme-offshore.com', onboardingOn: await page.evaluate(() => new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Singapore' })) })
  const code = (await page.getByTestId('status-code').textContent())!.trim()
  expect(code).toMatch(/^TP-[0-9A-Z]{3}-[0-9A-Z]$/)
  await page.getByRole('button', { name: 'Helpdesk guide' }).click()
  const input = page.getByLabel('Status code the user reads out')
  await input.fill(code.toLowerCase().replace(/-/g, ' '))
  await page.getByRole('button', { name: 'Decode' }).click()
  const decoded = page.getByTestId('decoded-status')
  await expect(decoded).toContainText('Step 1: Request a TechPass account')
  await expect(decoded).toContainText('Offshore user not in an ODC')
  await expect(decoded).toContainText('Provisioned')
  await expect(decoded).toContainText('on track')
  // Decoding also switches the runbook to the user's branch.
  await expect(page.getByRole('region', { name: /^Runbook:/ }).getByRole('heading', { level: 2 })).toHaveText('Runbook: Offshore user not in an ODC, SEED provisioned')
  const last = code.at(-1)!
  const typo = code.slice(0, -1) + (last === '7' ? '8' : '7')
  await input.fill(typo)
  await page.getByRole('button', { name: 'Decode' }).click()
  await expect(decoded).toContainText('That status code has a typo')
})

test('the decoded status says SEED as the user answered it: yes, no, or not known yet', async ({ app }) => {
  const page = app.page
  const cases: Array<[Who['seed'], string]> = [
    ['No', 'Not provisioned'],
    [SEED_UNKNOWN, 'Not known yet: the user will ask their project manager'],
    ['Yes', 'Provisioned'],
  ]
  for (const [seed, said] of cases) {
    await tellWhoIAm(page, { audience: 'Offshore user in an offshore development centre (ODC)', seed, email: 'sam@odc-partner.com' })
    const code = (await page.getByTestId('status-code').textContent())!.trim()
    await page.getByRole('button', { name: 'Helpdesk guide' }).click()
    await page.getByLabel('Status code the user reads out').fill(code)
    await page.getByRole('button', { name: 'Decode' }).click()
    await expect(page.getByTestId('decoded-status').locator('dt:has-text("SEED") + dd')).toHaveText(said)
    await page.getByRole('button', { name: 'Back to my checklist' }).click()
  }
})
