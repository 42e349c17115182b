import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { openApp } from '../../support/dom/app'
import type { Main } from '../../support/dom/bridge'
import { profileInput, requestInput } from '../../support/onboarding-inputs'

const page = () => within(screen.getByRole('main'))

async function atStepTwo(main: Main) {
  await main.act('profile:save', profileInput('vendor'))
  await main.act('request:send', requestInput('vendor'))
  await main.act('request:email-received', { on: '2026-11-21' })
}

describe('the task view', () => {
  it('shows one task: where it is, its heading and instruction, and one way to get it done', async () => {
    const app = openApp()
    app.showApp()
    const heading = await screen.findByRole('heading', { level: 1, name: 'Tell us who you are' })
    const task = within(screen.getByRole('region', { name: 'Tell us who you are' }))
    expect(task.getByText('Before you start · Task 1 of 3')).toBeInTheDocument()
    expect(task.getByText('Say if you are a vendor or an offshore user. Say if SEED is set up for you.')).toBeInTheDocument()
    expect(heading.closest('main')).toBe(screen.getByRole('main'))
    // Its tool is the profile form; nothing to confirm blind.
    expect(await page().findByRole('button', { name: 'Save my details' })).toBeInTheDocument()
    expect(page().queryByRole('button', { name: 'I have done this' })).toBeNull()
    expect(page().queryByRole('button', { name: 'Back' })).toBeNull()
  })

  it('a task done outside the app is confirmed on its screen, and the next task takes its place with focus on its heading', async () => {
    const app = openApp()
    await atStepTwo(app.main)
    app.showApp()
    await screen.findByRole('heading', { level: 1, name: 'Open the registration link in the registration email' })
    expect(page().getByText('Step 2: Complete the registration form · Task 1 of 3')).toBeInTheDocument()
    await app.user.click(page().getByRole('button', { name: 'I have done this' }))
    const next = await screen.findByText('Step 2: Complete the registration form · Task 2 of 3')
    const heading = within(next.closest('section')!).getByRole('heading', { level: 1 })
    expect(heading).not.toHaveTextContent('Open the registration link')
    expect(heading).toHaveFocus()
  })

  it('Back shows the earlier task, read only, and Next returns to the task at hand', async () => {
    const app = openApp()
    await atStepTwo(app.main)
    await app.main.act('checklist:confirm', { role: 'registration', item: 'open-link', done: true, on: null })
    app.showApp()
    const current = (await screen.findByText('Step 2: Complete the registration form · Task 2 of 3')).closest('section')!
    const title = within(current).getByRole('heading', { level: 1 }).textContent
    await app.user.click(page().getByRole('button', { name: 'Back' }))
    expect(page().getByRole('heading', { level: 1, name: 'Open the registration link in the registration email' })).toHaveFocus()
    expect(page().getByText(/^Done on /)).toBeInTheDocument()
    expect(page().queryByRole('button', { name: 'I have done this' })).toBeNull()
    await app.user.click(page().getByRole('button', { name: 'Next' }))
    expect(page().getByRole('heading', { level: 1, name: title! })).toHaveFocus()
  })

  it('"See all of" shows the whole step instead, with the card leading back to the task', async () => {
    const app = openApp()
    await atStepTwo(app.main)
    app.showApp()
    await screen.findByRole('heading', { level: 1, name: 'Open the registration link in the registration email' })
    await app.user.click(page().getByRole('button', { name: /^See all of / }))
    expect(page().queryByText('Step 2: Complete the registration form · Task 1 of 3')).toBeNull()
    expect(page().getByRole('button', { name: 'Back to your task' })).toBeInTheDocument()
    await app.user.click(page().getByRole('button', { name: 'Back to your task' }))
    expect(page().getByText('Step 2: Complete the registration form · Task 1 of 3')).toBeInTheDocument()
  })
})
