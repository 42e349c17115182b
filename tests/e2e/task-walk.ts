import type { Page } from '@playwright/test'
import { codeFor, scanQr, secretOf } from './authenticator'
import type { Person } from './effort-walk'
import { acceptPolicy, DID_IT, field, MDM_AUP, readPolicy, saved } from './journey'

// A person's way through the tasks: each task's own controls, and nothing else. Shared by the screens walk
// (one-task-at-a-time.spec.ts) and the effort count (effort.spec.ts).
const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name })

const ONBOARDING_ON = '2026-11-23'

const LINKS: Record<string, string> = {
  'Go to the Docs portal and click Login': 'Open the Docs portal',
  'Verify that you can log in with TechPass': 'Open the TechPass login guide',
}

/**
 * What each task asks of this person, done with the task's own controls as a person does it. `look` is called on the
 * practice's inner screens (its parts), for a check of each.
 */
export async function doTask(page: Page, title: string, person: Person, now: () => number, look: (part: string) => Promise<void> = async () => {}) {
  switch (title) {
    case 'Tell us who you are':
      await page.getByRole('radio', { name: person.who.audience, exact: true }).check()
      if (person.who.seed) await page.getByRole('radio', { name: person.who.seed, exact: true }).check()
      await page.getByRole('textbox', { name: 'Organisational email' }).fill(person.who.email)
      // Only its own date ticks "I have received the TechPass onboarding email": given here, with the details.
      await field(page, 'Date the TechPass onboarding email arrived').fill(ONBOARDING_ON)
      return button(page, 'Save my details').click()
    case 'Enter the date your TechPass onboarding email arrived':
      await field(page, 'Date the TechPass onboarding email arrived').fill(ONBOARDING_ON)
      return button(page, 'Save my details').click()
    case 'Contact your project manager or reporting officer':
      await field(page, 'Mobile number').fill(person.mobile)
      await field(page, 'Project name').fill(person.project)
      if (person.officer?.inStep === 1) {
        await field(page, 'Name of your offshore reporting officer').fill(person.officer.name)
        await field(page, 'Email of your offshore reporting officer').fill(person.officer.email)
        await field(page, 'Offshore company address').fill(person.officer.address)
      }
      // The message goes to the project manager: copied here, sent from the person's own mail.
      await button(page, 'Copy message').click()
      return button(page, 'I have sent the request').click()
    case 'Wait for the registration email, then enter the date it arrived':
      await field(page, 'Date the registration email arrived').fill('2026-11-23')
      return button(page, 'Save this date').click()
    case 'Fill in username, first and last name, mobile number and department':
      await field(page, 'Username').fill(person.registration.username)
      await field(page, 'First name').fill(person.registration.first)
      await field(page, 'Last name').fill(person.registration.last)
      await field(page, 'Department').fill(person.registration.department)
      if (person.officer?.inStep === 2) {
        await field(page, "Reporting officer's name").fill(person.officer.name)
        await field(page, "Reporting officer's email").fill(person.officer.email)
        await field(page, 'Company address').fill(person.officer.address)
      }
      return button(page, 'Save my registration details').click()
    case 'Practise with Microsoft Authenticator on your phone first': {
      // The practice is three small parts, each checked as a screen of its own.
      await button(page, 'Next: I have Authenticator').click()
      await look('part 2')
      await button(page, 'Create a practice QR code').click()
      const secret = secretOf(await scanQr(page))
      await look('part 2 scanned')
      await button(page, 'Next: I scanned it').click()
      await look('part 3')
      await page.getByLabel('6-digit code').fill(codeFor(secret, 0, now()))
      return button(page, 'Check the code').click()
    }
    case 'Read the privacy policy and terms of use':
      await readPolicy(page, 'Privacy policy')
      return readPolicy(page, 'Terms of use')
    case 'Read and accept the MDM AUP policy':
      return acceptPolicy(page, MDM_AUP)
    default:
      // A link the task needs is opened first, as the person would.
      if (LINKS[title]) await button(page, LINKS[title]).click()
      await button(page, DID_IT).click()
      return saved(page, `Saved: “${title}” is confirmed.`)
  }
}
