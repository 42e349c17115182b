import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { openApp } from '../../support/dom/app'
import { profileInput } from '../../support/onboarding-inputs'

const page = () => within(screen.getByRole('main'))
const card = () => within(page().getByRole('region', { name: 'Your next action' }))
const sidebar = () => within(screen.getByRole('navigation', { name: 'Onboarding checklist' }))

describe('the next-action card', () => {
  it('on another step, names the one next thing and takes the user to it', async () => {
    const app = openApp()
    app.showApp()
    await screen.findByRole('heading', { level: 1, name: 'Tell us who you are' })
    await app.user.click(sidebar().getByRole('button', { name: /Step 3/ }))
    expect(page().getByRole('heading', { level: 1 })).not.toHaveTextContent('Tell us who you are')
    expect(card().getByText('Tell us who you are')).toBeInTheDocument()
    const go = card().getByRole('button', { name: 'Go to Before you start' })
    await app.user.click(go)
    // The task itself, with its heading focused for a keyboard or screen-reader user.
    const heading = page().getByRole('heading', { level: 1, name: 'Tell us who you are' })
    expect(heading).toHaveFocus()
  })

  it('follows the record: once the profile is saved in main, the card names the next task instead', async () => {
    const app = openApp()
    app.showApp()
    await screen.findByRole('heading', { level: 1, name: 'Tell us who you are' })
    await app.user.click(sidebar().getByRole('button', { name: /Step 3/ }))
    const before = card().getByRole('button', { name: /^Go to / }).textContent
    // Saved elsewhere (another window, the menu): the push alone brings the new next action.
    await app.main.act('profile:save', profileInput('vendor'))
    expect(await card().findByRole('button', { name: 'Go to Step 1' })).toBeInTheDocument()
    expect(card().queryByText('Tell us who you are')).toBeNull()
    expect(before).toBe('Go to Before you start')
  })

  it('on its own step seen whole, offers the way back to the task, and never confirms anything itself', async () => {
    const app = openApp()
    app.showApp()
    await screen.findByRole('heading', { level: 1, name: 'Tell us who you are' })
    await app.user.click(page().getByRole('button', { name: 'See all of Before you start' }))
    const back = card().getByRole('button', { name: 'Back to your task' })
    const events = app.main.ledgerBytes()
    await app.user.click(back)
    expect(page().getByRole('heading', { level: 1, name: 'Tell us who you are' })).toBeInTheDocument()
    expect(app.main.ledgerBytes()).toEqual(events)
  })
})
