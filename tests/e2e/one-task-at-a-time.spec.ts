import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { expectNoSeriousViolations } from './a11y'
import { people } from './effort-walk'
import { taskTitle } from './journey'
import { doTask } from './task-walk'
import { expectNoOverflow, primaries, SIZES } from './screen-checks'

// Every task of each audience, walked as a person does it (the task's own controls, and the next-action card's button
// between steps), checked at 1280×800, 800×600 and 640×480: the one primary button is in the window without scrolling,
// the help code is in view, nothing scrolls sideways, axe finds nothing serious, and after every action focus is on something, never on the page.

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

async function expectFocusKept(page: Page, label: string) {
  // Once the screen settles (an answer, the next task), focus is on an element, never on the page itself.
  await expect
    .poll(() => page.evaluate(() => (document.activeElement && document.activeElement !== document.body ? document.activeElement.tagName : 'body')), {
      message: `focus after the last action, before "${label}"`,
      timeout: 2_000,
    })
    .not.toBe('body')
}

/** `launch`: the first screen, before any action, where focus is still where the browser put it. */
async function checkScreen(page: Page, label: string, launch = false) {
  if (!launch) await expectFocusKept(page, label)
  for (const [width, height] of SIZES) {
    const name = `${label} at ${width}×${height}`
    await page.setViewportSize({ width, height })
    await page.evaluate(() => window.scrollTo(0, 0))
    await expect(primaries(page), `one primary button on "${name}"`).toHaveCount(1)
    await expect(primaries(page), `the primary button of "${name}" is in the window without scrolling`).toBeInViewport({ ratio: 1 })
    await expect(page.getByTestId('header-code'), `the help code is in view on "${name}"`).toBeInViewport()
    await expectNoOverflow(page, name)
    // Accessibility once a task, in the laptop window: the narrower ones are the same page, reflowed.
    if (width === 1280) await expectNoSeriousViolations(page, name)
    await page.screenshot({ path: `test-results/tasks/${slug(label)}-${width}x${height}.png` })
  }
  await page.setViewportSize({ width: 1280, height: 800 })
}

test.use({ now: '2026-11-23T10:00:00+08:00' })

for (const person of people) {
  test(`every task of ${person.name}, one at a time, in view at three sizes`, async ({ app }) => {
    test.setTimeout(600_000)
    const page = app.page
    const finished = page.getByRole('region', { name: 'You have finished your TechPass onboarding' })
    const seen: string[] = []
    for (let n = 1; n <= 40 && !(await finished.isVisible()); n++) {
      if (!(await taskTitle(page).isVisible())) {
        // A finished step: the next-action card's one button goes to the next step's task.
        await checkScreen(page, `${person.name}-${String(n).padStart(2, '0')}-between-steps`)
        await primaries(page).click()
        await expect(taskTitle(page).or(finished)).toBeVisible()
        continue
      }
      const title = (await taskTitle(page).textContent())!.trim()
      const label = `${person.name}-${String(n).padStart(2, '0')}-${slug(title).slice(0, 32)}`
      await checkScreen(page, label, n === 1)
      seen.push(title)
      await doTask(
        page,
        title,
        person,
        () => app.now(),
        (part) => checkScreen(page, `${label} ${part}`),
      )
      // The next screen: the next task, the finished moment, or a step that waits.
      await expect(taskTitle(page).or(finished).or(page.getByTestId('section-status')).first()).toBeVisible()
      await expect(page.locator('#task-title', { hasText: new RegExp(`^${title.replace(/[()]/g, '\\$&')}$`) })).toHaveCount(0)
    }
    await expect(finished).toBeVisible()
    await checkScreen(page, `${person.name}-finished`)
    // The walk met each task once, in the guide's order: nothing was skipped by ticking.
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen[0]).toBe('Tell us who you are')
    expect(seen.at(-1)).toBe(person.seed ? 'Continue with SEED onboarding' : 'Verify that you can log in with TechPass')
  })
}
