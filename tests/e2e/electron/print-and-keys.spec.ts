import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from '../fixtures'
import { scanQr, secretOf } from '../authenticator'
import { sidebar, tellWhoIAm } from '../journey'
import { electronOf, onlyInElectron } from './electron-test'
import { pdfText } from './pdf-text'

onlyInElectron()

test('Print my summary writes a PDF, through Electron’s printToPDF, that holds the summary’s text', async ({ app }) => {
  const page = app.page
  await tellWhoIAm(page, { audience: 'Vendor', seed: 'No', email: 'wei.ling@vendor-co.com' })
  await page.getByRole('button', { name: 'Print my summary…' }).click()
  await expect(page.getByTestId('notice')).toHaveText(/^Saved your summary as .*techpass-onboarding-summary\.pdf\.$/)
  const bytes = readFileSync((await app.outside()).saved.at(-1)!.path)
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF')
  const text = (await pdfText(bytes)).replace(/\s+/g, ' ')
  for (const line of ['Before you start', 'Step 1: Request a TechPass account', 'Next steps', 'Vendor; SEED not provisioned']) expect(text).toContain(line)
})

test('mfa.json holds no readable practice key; with safeStorage available the key is sealed and survives a restart', async ({ app }, testInfo) => {
  let page = app.page
  // The practice is in Step 3, before the real QR code opens on TechPass.
  await sidebar(page, /Step 3/).click()
  await page.getByRole('button', { name: 'Create a practice QR code' }).click()
  const secret = secretOf(await scanQr(page))
  expect(secret).toMatch(/^[A-Z2-7]{32}$/)
  await expect(page.getByTestId('practice-key')).toHaveText(secret.match(/.{4}/g)!.join(''))

  // What the app's Vault asks the OS for; Linux's basic_text backend is not real protection, so it counts as none.
  const vault = await electronOf(app).evaluate(async ({ safeStorage }) => ({
    available: await safeStorage.isAsyncEncryptionAvailable(),
    backend: process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os',
  }))
  const encrypted = vault.available && vault.backend !== 'basic_text'
  testInfo.annotations.push({ type: 'safeStorage', description: `${JSON.stringify(vault)}: ${encrypted ? 'encrypted' : 'memory-only'} path checked` })

  const raw = readFileSync(join(app.dataDir, 'mfa.json'), 'utf8')
  for (const spelling of [secret, secret.toLowerCase(), secret.match(/.{4}/g)!.join(' ')]) expect(raw).not.toContain(spelling)
  // Where the key is kept is the ledger's fact (the mfa-enrolled event); mfa.json has the key alone, or null.
  const enrolment = (JSON.parse(raw) as { enrolment: { sealed: string | null } }).enrolment
  if (!encrypted) {
    expect(enrolment).toMatchObject({ sealed: null })
    return
  }
  expect(enrolment.sealed).toEqual(expect.any(String))
  expect(Buffer.from(enrolment.sealed!, 'base64').toString('latin1')).not.toContain(secret)
  // Sealed, not lost: after a restart the OS key store opens it again and the same key is shown.
  page = await app.relaunch()
  await sidebar(page, /Step 3/).click()
  await page.getByRole('button', { name: 'Show the practice QR code again' }).click()
  await expect(page.getByTestId('practice-key')).toHaveText(secret.match(/.{4}/g)!.join(''))
})
