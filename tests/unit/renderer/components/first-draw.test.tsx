import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openApp } from '../../support/dom/app'

afterEach(() => vi.restoreAllMocks())

describe('the first screen', () => {
  // A focus() while React draws the first screen makes the browser work out the style of the whole page inside that one
  // task (React's autoFocus does it on mount, even for a button in a closed dialog), which made the launch's task long.
  // Focus moves later, when the person acts: a new step, a new task, a dialog opened.
  it('moves no focus while it is drawn', async () => {
    const focus = vi.spyOn(HTMLElement.prototype, 'focus')
    const app = openApp()
    app.showApp()
    expect(await screen.findByRole('button', { name: 'Save my details' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Start over' })).toBeInTheDocument()
    expect(focus.mock.contexts.map((el) => (el as HTMLElement).outerHTML.slice(0, 80))).toEqual([])
  })
})
