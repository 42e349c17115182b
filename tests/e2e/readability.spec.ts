import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { GuideSchema } from '../../src-shared/guide-schema'
import {
  gradeOf,
  gradedAlone,
  guideTextsByStep,
  MAX_SENTENCE_GRADE,
  MAX_STEP_GRADE,
  measureSteps,
  sentencesOf,
  tableOf,
  UI_TEXTS_FILE,
  withScreens,
} from '../readability/readability'
import type { UiTexts } from '../readability/readability'
import { people } from './effort-walk'
import type { Person } from './effort-walk'
import { taskTitle } from './journey'
import { primaries } from './screen-checks'
import { doTask } from './task-walk'

// Plain words, measured (issue 19): what a person reads in the main area of each step, the UI's own English messages
// with the guide's texts, at Flesch-Kincaid grade 6 or lower for each step and 12 or lower for each sentence.
// One person per audience walks every task in English (the same walk as the screens and effort specs), and on every
// screen of a step, its whole page ("See all") and its optional parts opened (the MFA practice's answers, number
// matching, the password checker's messages), the main area's visible text is taken line by line and kept for that step.
// Left out: the policies' legal texts, the message to the project manager (a letter the person sends), what the test
// typed, and numbers. The helpdesk guide (agent wording) is not on these screens.
// `npm run readability` prints the same table from the file this spec writes.

test.use({ now: '2026-11-23T10:00:00+08:00' })
// The walks fill one list, measured at the end: in order, in one worker.
test.describe.configure({ mode: 'serial' })

const guide = GuideSchema.parse(JSON.parse(readFileSync(resolve('resources/guide/guide.json'), 'utf8')))

// The step a screen belongs to, from the line above its title: "Step 3: … · Task 2 of 5", "Step 3", "Before you start", "Finish".
function roleOf(eyebrow: string): string {
  const number = /^Step (\d+)\b/.exec(eyebrow)?.[1]
  const section = number
    ? guide.sections.find((s) => String(s.number) === number)
    : eyebrow === 'Finish'
      ? guide.sections.find((s) => s.kind === 'next')
      : guide.sections.find((s) => s.kind !== 'step' && eyebrow.startsWith(s.title))
  if (!section) throw new Error(`no step for the line "${eyebrow}"`)
  return section.role
}

// The main area's visible text, one line a block, without the policies' legal texts and the letter to the project manager.
const mainText = (page: Page) =>
  page.evaluate(() => {
    const main = document.querySelector('#main') as HTMLElement
    const skipped = [...main.querySelectorAll<HTMLElement>('.policy-text, [data-testid="request-message"]')]
    // Hidden for the reading through the CSSOM (the page's policy refuses a <style> element), then shown again.
    // Capitals drawn by CSS (the eyebrows) are read as the catalog writes them.
    const capitals = [...main.querySelectorAll<HTMLElement>('*')].filter((el) => getComputedStyle(el).textTransform !== 'none')
    skipped.forEach((el) => el.style.setProperty('display', 'none', 'important'))
    capitals.forEach((el) => el.style.setProperty('text-transform', 'none', 'important'))
    const text = main.innerText
    skipped.forEach((el) => el.style.removeProperty('display'))
    capitals.forEach((el) => el.style.removeProperty('text-transform'))
    const eyebrow = (main.querySelector('.task-head .eyebrow') ?? main.querySelector(':scope > .eyebrow'))?.textContent ?? ''
    return { text, eyebrow: eyebrow.trim() }
  })

// What this person typed, which is data, not the app's English.
function typedBy(person: Person): string[] {
  const r = person.registration
  const o = person.officer
  return [person.who.email, person.mobile, person.project, r.username, r.first, r.last, r.department, ...(o ? [o.name, o.email, o.address] : [])]
}

// A line of numbers and marks only (a percentage, a code's digits, the ×), not a sentence of the app's.
const NOT_WORDS = /^[\d\s.,:+()/%–×-]*$/

class Reader {
  readonly byStep = new Map<string, Set<string>>()
  readonly left = new Set<string>()
  constructor(
    private page: Page,
    private typed: string[],
  ) {}

  /** Takes the screen's lines for its step. */
  async read(): Promise<string> {
    const { text, eyebrow } = await mainText(this.page)
    const role = roleOf(eyebrow)
    const lines = this.byStep.get(role) ?? new Set<string>()
    this.byStep.set(role, lines)
    for (const raw of text.split('\n')) {
      const line = raw.replace(/^[\s✓✗•←→]+|[\s←→]+$/g, '').trim()
      if (line === '') continue
      if (NOT_WORDS.test(line) || this.typed.some((t) => line.includes(t))) this.left.add(line)
      else lines.add(line)
    }
    return role
  }
}

const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name })

// A step's optional parts, opened and answered as a person trying them would, each answer read.
async function optionalParts(page: Page, title: string, reader: Reader) {
  if (title === 'Reset your initial password on TechPass') {
    await page.getByText('Check your new password first (optional)').click()
    await page.getByLabel('Initial password', { exact: true }).fill('Welcome2026!')
    await page.getByLabel('New password', { exact: true }).fill('password')
    await page.getByLabel('Re-enter the new password', { exact: true }).fill('passwort')
    await expect(page.locator('#pw-strength')).toContainText(/\S/)
    await reader.read()
    await page.getByLabel('New password', { exact: true }).fill('Welcome2026!')
    await reader.read()
    await page.getByLabel('New password', { exact: true }).fill('kite-Harbour-57-lantern')
    await page.getByLabel('Re-enter the new password', { exact: true }).fill('kite-Harbour-57-lantern')
    await expect(page.getByRole('list', { name: 'Password rules' }).locator('.rule-no')).toHaveCount(0)
    await reader.read()
  }
  if (title === 'Confirm number matching') {
    await page.getByText('Try number matching first (optional)').click()
    const feedback = page.getByTestId('matching-feedback')
    const phone = page.getByTestId('number-matching')
    const answer = async (typed: string | null, choice: 'Yes' | 'No, it’s not me') => {
      if (typed !== null) await phone.getByLabel('Number', { exact: true }).fill(typed)
      await phone.getByRole('button', { name: choice, exact: true }).click()
      await expect(feedback).toContainText(/\S/)
      await reader.read()
    }
    await reader.read()
    await answer('', 'Yes')
    await answer(null, 'No, it’s not me')
    await answer('00', 'Yes')
    await answer((await page.getByTestId('shown-number').textContent())!.trim(), 'Yes')
    await answer(null, 'Yes')
    await answer(null, 'No, it’s not me')
  }
}

const screens: UiTexts = { written: new Date().toISOString(), steps: {}, left: [] }

for (const person of people) {
  test(`what ${person.name} reads, step by step`, async ({ app }) => {
    test.setTimeout(300_000)
    const page = app.page
    const finished = page.getByTestId('finished')
    const reader = new Reader(page, typedBy(person))
    const overviews = new Set<string>()
    for (let n = 0; n < 40 && !(await finished.isVisible()); n++) {
      if (!(await taskTitle(page).isVisible())) {
        // A finished step, with the card that leads to the next one.
        await reader.read()
        await primaries(page).click()
        await expect(taskTitle(page).or(finished)).toBeVisible()
        continue
      }
      const title = (await taskTitle(page).textContent())!.trim()
      const role = await reader.read()
      if (!overviews.has(role)) {
        // The step's whole page, once: its form or tool, its list of tasks, its troubleshooting.
        overviews.add(role)
        await button(page, /^See all of /).click()
        await expect(taskTitle(page)).toHaveCount(0)
        await reader.read()
        await button(page, 'Back to your task').click()
        await expect(taskTitle(page)).toHaveText(title)
      }
      await optionalParts(page, title, reader)
      await doTask(
        page,
        title,
        person,
        () => app.now(),
        async (part) => {
          await reader.read()
          if (part === 'part 3') {
            // A wrong code first, for the practice's answer to it.
            await page.getByLabel('6-digit code').fill('000000')
            await button(page, 'Check the code').click()
            await expect(page.locator('#mfa-outcome')).toContainText(/\S/)
            await reader.read()
          }
        },
      )
      await expect(page.locator('#task-title', { hasText: new RegExp(`^${title.replace(/[()]/g, '\\$&')}$`) })).toHaveCount(0)
    }
    await expect(finished).toBeVisible()
    await reader.read()
    for (const [role, lines] of reader.byStep) screens.steps[role] = [...new Set([...(screens.steps[role] ?? []), ...lines])]
    screens.left = [...new Set([...screens.left, ...reader.left])]
  })
}

test.afterAll(async () => {
  if (Object.keys(screens.steps).length === 0) return
  mkdirSync(dirname(resolve(UI_TEXTS_FILE)), { recursive: true })
  writeFileSync(resolve(UI_TEXTS_FILE), `${JSON.stringify(screens, null, 2)}\n`)
})

test('each step, with its screens, reads at grade 6 or lower, and no sentence above grade 12', async () => {
  const steps = withScreens(guideTextsByStep(guide), screens.steps)
  const measured = measureSteps(steps)
  console.log(tableOf(measured))
  // Every sentence over the target, not only each step's worst: the list to rewrite.
  const hard = steps.flatMap((s) =>
    s.texts
      .flatMap(sentencesOf)
      .filter((sentence) => gradedAlone(sentence) && gradeOf(sentence) > MAX_SENTENCE_GRADE)
      .map((sentence) => `${s.role}: ${gradeOf(sentence).toFixed(1)} ${sentence}`),
  )
  for (const line of hard) console.log(`  over ${MAX_SENTENCE_GRADE}: ${line}`)
  // Each step's screens were read and added something of their own.
  for (const s of guide.sections) expect(screens.steps[s.role]?.length ?? 0, `lines read on the screens of ${s.id}`).toBeGreaterThan(0)
  for (const m of measured) expect.soft(m.grade, `${m.id}: grade ${m.grade.toFixed(1)}`).toBeLessThanOrEqual(MAX_STEP_GRADE)
  expect(hard, 'sentences above the target').toEqual([])
})
