import type { Page } from '@playwright/test'
import { codeFor, scanQr, secretOf } from './authenticator'
import type { Person } from './effort-walk'
import { acceptPolicy, DID_IT, field, MDM_AUP, readPolicy, saved } from './journey'
import { asEnglish } from './translate'
import type { Translate } from './translate'

// A person's way through the tasks: each task's own controls, and nothing else. Shared by the screens walk
// (one-task-at-a-time.spec.ts), the effort count (effort.spec.ts) and the walk in another language (languages.spec.ts).

const ONBOARDING_ON = '2026-11-23'

const LINKS: Record<string, string> = {
  'Go to the Docs portal and click Login': 'Open the Docs portal',
  'Verify that you can log in with TechPass': 'Open the TechPass login guide',
}

// The tasks the walk does with their own controls; any other is a thing done outside the app, confirmed with DID_IT.
const TASKS = [
  'Tell us who you are',
  'Enter the date your TechPass onboarding email arrived',
  'Contact your project manager or reporting officer',
  'Wait for the registration email, then enter the date it arrived',
  'Fill in username, first and last name, mobile number and department',
  'Practise with Microsoft Authenticator on your phone first',
  'Read the privacy policy and terms of use',
  'Read and accept the MDM AUP policy',
  ...Object.keys(LINKS),
]

/**
 * What each task asks of this person, done with the task's own controls as a person does it. `look` is called on the
 * practice's inner screens (its parts), for a check of each. `tr` gives the words in the language on screen: `title`
 * is the task's title as shown, and the person's choices (their audience, SEED) are named in that language too.
 */
export async function doTask(
  page: Page,
  title: string,
  person: Person,
  now: () => number,
  look: (part: string) => Promise<void> = async () => {},
  tr: Translate = asEnglish,
) {
  const button = (name: string) => page.getByRole('button', { name: tr(name) })
  const label = (name: string) => field(page, tr(name))
  const task = TASKS.find((english) => tr(english) === title) ?? title
  switch (task) {
    case 'Tell us who you are':
      await page.getByRole('radio', { name: tr(person.who.audience), exact: true }).check()
      if (person.who.seed) await page.getByRole('radio', { name: tr(person.who.seed), exact: true }).check()
      await page.getByRole('textbox', { name: tr('Organisational email') }).fill(person.who.email)
      // Only its own date ticks "I have received the TechPass onboarding email": given here, with the details.
      await label('Date the TechPass onboarding email arrived').fill(ONBOARDING_ON)
      return button('Save my details').click()
    case 'Enter the date your TechPass onboarding email arrived':
      await label('Date the TechPass onboarding email arrived').fill(ONBOARDING_ON)
      return button('Save my details').click()
    case 'Contact your project manager or reporting officer':
      await label('Mobile number').fill(person.mobile)
      await label('Project name').fill(person.project)
      if (person.officer?.inStep === 1) {
        await label('Name of your offshore reporting officer').fill(person.officer.name)
        await label('Email of your offshore reporting officer').fill(person.officer.email)
        await label('Offshore company address').fill(person.officer.address)
      }
      // The message goes to the project manager: copied here, sent from the person's own mail.
      await button('Copy message').click()
      return button('I have sent the request').click()
    case 'Wait for the registration email, then enter the date it arrived':
      await label('Date the registration email arrived').fill('2026-11-23')
      return button('Save this date').click()
    case 'Fill in username, first and last name, mobile number and department':
      await label('Username').fill(person.registration.username)
      await label('First name').fill(person.registration.first)
      await label('Last name').fill(person.registration.last)
      await label('Department').fill(person.registration.department)
      if (person.officer?.inStep === 2) {
        await label("Reporting officer's name").fill(person.officer.name)
        await label("Reporting officer's email").fill(person.officer.email)
        await label('Company address').fill(person.officer.address)
      }
      return button('Save my registration details').click()
    case 'Practise with Microsoft Authenticator on your phone first': {
      // The practice is three small parts, each checked as a screen of its own.
      await button('Next: I have Authenticator').click()
      await look('part 2')
      await button('Create a practice QR code').click()
      const secret = secretOf(await scanQr(page))
      await look('part 2 scanned')
      await button('Next: I scanned it').click()
      await look('part 3')
      await page.getByLabel(tr('6-digit code')).fill(codeFor(secret, 0, now()))
      return button('Check the code').click()
    }
    case 'Read the privacy policy and terms of use':
      await readPolicy(page, 'Privacy policy', tr)
      return readPolicy(page, 'Terms of use', tr)
    case 'Read and accept the MDM AUP policy':
      return acceptPolicy(page, MDM_AUP, tr)
    default:
      // A link the task needs is opened first, as the person would.
      if (LINKS[task]) await button(LINKS[task]).click()
      await button(DID_IT).click()
      return saved(page, tr('Saved: “{label}” is confirmed.', { label: title }))
  }
}
