import type { Page } from '@playwright/test'
import type { Part } from './effort'
import { field, fillRegistration, prepareRequest, saveRegistrationAndSubmit, sendRequestAndRecordEmail, tellWhoIAm } from './journey'
import type { Officer, Who } from './journey'

// What the effort walks share: the three people whose clicks and keystrokes are counted, one per audience, and the
// steps that read the same in both versions. Used by tests/e2e/effort.spec.ts and its 0.1.0 twin: tests/effort-0.1.0/run.sh
// copies this file into the 0.1.0 checkout, where './journey' is that version's helpers (same names, same arguments).
export interface Person {
  name: string
  who: Who
  mobile: string
  project: string
  /** Given in Step 1 (offshore users not in an ODC), else typed in Step 2 by offshore users. */
  officer?: { inStep: 1 | 2 } & Officer
  registration: { username: string; first: string; last: string; department: string }
  seed: boolean
}

export const people: Person[] = [
  {
    name: 'vendor',
    who: { audience: 'Vendor', seed: 'No', email: 'wei.ling@vendor-co.com' },
    mobile: '+65 9123 4567',
    project: 'Harbour Payments',
    registration: { username: 'weiling.tan', first: 'Wei Ling', last: 'Tan', department: 'Payments' },
    seed: false,
  },
  {
    name: 'offshore-odc',
    who: { audience: 'Offshore user in an offshore development centre (ODC)', seed: 'No', email: 'sam@odc-partner.com' },
    mobile: '+63 917 123 4567',
    project: 'Data Platform',
    officer: { inStep: 2, name: 'Maria Santos', email: 'maria.santos@odc-partner.com', address: '8 Ayala Avenue, Makati' },
    registration: { username: 'sam.reyes', first: 'Sam', last: 'Reyes', department: 'Data' },
    seed: false,
  },
  {
    name: 'offshore-non-odc',
    who: { audience: 'Offshore user not in an ODC', email: 'priya@acme-offshore.com' },
    mobile: '+91 98765 43210',
    project: 'Harbour Payments',
    officer: { inStep: 1, name: 'Arjun Mehta', email: 'arjun@acme-offshore.com', address: '12 MG Road, Bengaluru' },
    registration: { username: 'priya.k', first: 'Priya', last: 'Krishnan', department: 'Engineering' },
    seed: true,
  },
]

// Before you start, Step 1 and Step 2: the same actions in 0.1.0 and now, except what `who` adds (this release needs
// the TechPass onboarding date to finish; 0.1.0 did not ask for it, so its walk leaves it out).
export async function throughStep2(page: Page, person: Person, part: Part, who: Who = person.who): Promise<void> {
  part('Before you start')
  await tellWhoIAm(page, who)

  part('Step 1')
  const officer = person.officer?.inStep === 1 ? { officer: person.officer } : {}
  await prepareRequest(page, { mobile: person.mobile, project: person.project, ...officer })
  await page.getByRole('button', { name: 'Copy message' }).click()
  await sendRequestAndRecordEmail(page, '2026-11-23')

  part('Step 2')
  await fillRegistration(page, person.registration)
  if (person.officer?.inStep === 2) {
    await field(page, "Reporting officer's name").fill(person.officer.name)
    await field(page, "Reporting officer's email").fill(person.officer.email)
    await field(page, 'Company address').fill(person.officer.address)
  }
  await saveRegistrationAndSubmit(page)
}
