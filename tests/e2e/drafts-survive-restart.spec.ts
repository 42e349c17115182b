import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import {
  confirmItem,
  field,
  fillRegistration,
  ledgerBytes,
  prepareRequest,
  saveRegistration,
  seeAll,
  sendRequestAndRecordEmail,
  sidebar,
  tellWhoIAm,
  today,
} from './journey'

const officer = { name: 'Arjun Mehta', email: 'arjun@acme-offshore.com', address: '12 MG Road, Bengaluru' }
const draftsOf = (dataDir: string) => {
  const path = join(dataDir, 'drafts.json')
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { forms: Record<string, Record<string, string>> }) : null
}

test('what is typed into Step 1 and Step 2 survives switching steps and a restart, and is let go once the form is saved', async ({ app }) => {
  let page = app.page
  await tellWhoIAm(page, { audience: 'Offshore user not in an ODC', email: 'priya@acme-offshore.com' })
  await prepareRequest(page, { mobile: '+91 98765 43210', project: 'Harbour Payments', officer })
  // Switching step before saving used to lose all of it without a word.
  await fillRegistration(page, { username: 'priya.k', first: 'Priya', last: 'Krishnan', department: 'Engineering' })
  await sidebar(page, /Step 1/).click()
  await expect(field(page, 'Project name')).toHaveValue('Harbour Payments')
  await expect(field(page, 'Name of your offshore reporting officer')).toHaveValue(officer.name)

  page = await app.relaunch()
  await sidebar(page, /Step 1/).click()
  await expect(field(page, 'Mobile number')).toHaveValue('+91 98765 43210')
  await expect(field(page, 'Project name')).toHaveValue('Harbour Payments')
  await expect(field(page, 'Offshore company address')).toHaveValue(officer.address)
  await expect(page.getByTestId('request-message')).toContainText('Project name: Harbour Payments')
  await sidebar(page, /Step 2/).click()
  await expect(field(page, 'Username')).toHaveValue('priya.k')
  await expect(field(page, 'Department')).toHaveValue('Engineering')

  // A draft is not something the user did: it is kept beside the record, never in it.
  expect(ledgerBytes(app)).not.toContain('Harbour Payments')
  expect(draftsOf(app.dataDir)?.forms.request).toMatchObject({ projectName: 'Harbour Payments' })

  await sidebar(page, /Step 1/).click()
  await sendRequestAndRecordEmail(page, await today(page))
  await expect.poll(() => draftsOf(app.dataDir)?.forms.request).toBeUndefined()
  // Step 1 done, the view is on Step 2's first task: open the link in the email; the form is the next task.
  await confirmItem(page, 'Open the registration link in the registration email')
  await expect(field(page, 'Username')).toHaveValue('priya.k')
  await saveRegistration(page)
  await expect.poll(() => draftsOf(app.dataDir)?.forms.registration).toBeUndefined()

  // What was saved is what comes back, with no draft left to override it.
  page = await app.relaunch()
  // The form's tasks are done, so Step 2 opens on submitting it; the saved form is on the step's whole page.
  await sidebar(page, /Step 2/).click()
  await seeAll(page)
  await expect(field(page, 'Username')).toHaveValue('priya.k')
  await expect(field(page, 'Mobile number')).toHaveValue('+91 98765 43210')
})
