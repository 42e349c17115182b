import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { checkAndConfirmPassword, readAndAccept, sidebar, tellWhoIAm } from './journey'

test('a vendor without SEED accepts two policies and never sees the MDM AUP; "I accept" waits for the end of the text', async ({ app }) => {
  const page = app.page
  await tellWhoIAm(page, { audience: 'Vendor', seed: 'No', email: 'wei.ling@vendor-co.com' })
  await sidebar(page, /Step 6/).click()
  await expect(page.getByRole('region', { name: 'Privacy policy' })).toBeVisible()
  await expect(page.getByText('MDM acceptable use policy')).toHaveCount(0)
  await expect(page.getByRole('checkbox', { name: /MDM AUP/ })).toHaveCount(0)
  // The policy item cannot be ticked by hand.
  await expect(page.getByRole('checkbox', { name: /privacy policy and terms of use/ })).toBeDisabled()

  // Scrolling only part of the way is not enough.
  const text = page.getByRole('document', { name: 'Privacy policy, full text' })
  await text.evaluate((el) => el.scrollTo({ top: el.scrollHeight / 3 }))
  await expect(page.getByRole('button', { name: 'I accept the Privacy policy' })).toBeDisabled()
  await readAndAccept(page, 'Privacy policy')
  await readAndAccept(page, 'Terms of use')
  await expect(page.getByTestId('section-status')).toHaveText('Done · 1 of 1 done')
  const ledger = readFileSync(join(app.dataDir, 'ledger.jsonl'), 'utf8')
  expect(ledger).toMatch(/"id":"privacy-policy","sha256":"[0-9a-f]{64}","version":"1.0"/)
})

test('a password typed into Step 5 never leaves the renderer', async ({ app }) => {
  const page = app.page
  const lines: string[] = []
  page.on('console', (m) => lines.push(m.text()))
  const canary = 'Canary-Zebra-7391-Quokka'
  await tellWhoIAm(page, { audience: 'Vendor', seed: 'No', email: 'wei.ling@vendor-co.com' })
  await checkAndConfirmPassword(page, { initial: 'Initial-Canary-Start-1', next: canary })
  const files = readdirSync(app.dataDir).map((f) => readFileSync(join(app.dataDir, f), 'utf8'))
  const outside = await app.outside()
  for (const haystack of [...files, ...outside.traffic, ...outside.clipboard, ...outside.saved.map((s) => s.text), ...lines]) {
    expect(haystack).not.toContain(canary)
    expect(haystack).not.toContain('Initial-Canary-Start-1')
  }
  if (app.mode === 'browser') expect(outside.traffic.some((t) => t.includes('password:confirm-reset'))).toBe(true)
  else test.info().annotations.push({ type: 'limitation', description: 'IPC traffic is not observable in Electron mode; files and logs were checked' })
})
