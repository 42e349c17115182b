import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { breakLedger, openApp, startedApp } from '../../support/dom/app'
import { profileInput, requestInput } from '../../support/onboarding-inputs'
import type { Main } from '../../support/dom/bridge'

// Step 2's first task is something done outside the app, confirmed with "I have done this".
async function atStepTwo(main: Main) {
  await main.act('profile:save', profileInput('vendor'))
  await main.act('request:send', requestInput('vendor'))
  await main.act('request:email-received', { on: '2026-11-21' })
}

const SAVED = 'Saved: “Open the registration link in the registration email” is confirmed.'
// The page's own heading (the printed summary, drawn for print only, has one too).
const taskHeading = () => within(screen.getByRole('main')).getByRole('heading', { level: 1 })

describe("the store's run(), from the task's button to main and back", () => {
  it('says "Saved" only once the window shows the confirmation, when the push comes first and when the answer does', async () => {
    for (const order of ['push first', 'answer first'] as const) {
      const app = openApp()
      await atStepTwo(app.main)
      const view = app.showApp()
      const button = await screen.findByRole('button', { name: 'I have done this' })
      expect(taskHeading()).toHaveTextContent('Open the registration link')
      // Each time the notice says Saved, the record shown must already hold the confirmation.
      const savedWhileShowing: boolean[] = []
      app.store.subscribe((s) => {
        if (s.notice?.tone === 'status') {
          const item = s.snapshot?.sections.find((x) => x.role === 'registration')?.items.find((i) => i.id === 'open-link')
          savedWhileShowing.push(item?.done === true)
        }
      })
      if (order === 'answer first') app.main.holdPushes()
      const asked = app.main.asked.length
      await app.user.click(button)
      expect(await screen.findByText(SAVED)).toHaveRole('status')
      expect(savedWhileShowing.length).toBeGreaterThan(0)
      expect(savedWhileShowing.every(Boolean)).toBe(true)
      // With the push held, the store read the record itself before it said anything; with the push first, it did not.
      expect(app.main.asked.slice(asked).includes('ledger:snapshot')).toBe(order === 'answer first')
      // The window moved on to the step's next task.
      expect(taskHeading()).not.toHaveTextContent('Open the registration link')
      app.main.releasePushes()
      view.unmount()
    }
  })

  it('a failed save says main’s words in an alert, keeps the task on screen with its button back, and writes nothing', async () => {
    const app = openApp()
    await atStepTwo(app.main)
    app.showApp()
    const button = await screen.findByRole('button', { name: 'I have done this' })
    const before = app.store.getState().snapshot
    const restore = breakLedger(app.main)
    await app.user.click(button)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/^Your progress could not be saved to .*\. Nothing was changed\./)
    expect(screen.queryByText(SAVED)).toBeNull()
    expect(taskHeading()).toHaveTextContent('Open the registration link')
    expect(screen.getByRole('button', { name: 'I have done this' })).toBeEnabled()
    expect(app.store.getState().snapshot).toBe(before)
    restore()
    // Once the disk is back, the same button works.
    await app.user.click(screen.getByRole('button', { name: 'I have done this' }))
    expect(await screen.findByText(SAVED)).toBeInTheDocument()
  })

  it('a refusal from main changes nothing: not the file, not the record shown, and no push arrives', async () => {
    const app = await startedApp()
    await atStepTwo(app.main)
    await app.store.getState().refresh()
    const shown = app.store.getState().snapshot
    const bytes = app.main.ledgerBytes()
    const pushes = app.main.emit.mock.calls.length
    app.showApp()
    // Step 4's scan is blocked until Step 3 is done: main refuses it even if a window asks.
    const value = await app.store.getState().run((api) => api.checklist.confirm({ role: 'mfa', item: 'scan-qr', done: true, on: null }), { done: () => null })
    expect(value).toBeNull()
    expect(await screen.findByRole('alert')).not.toHaveTextContent(/^$/)
    expect(app.store.getState().pending).toBe(false)
    expect(app.main.ledgerBytes()).toEqual(bytes)
    expect(app.store.getState().snapshot?.headHash).toBe(shown?.headHash)
    expect(app.main.emit.mock.calls.slice(pushes).filter(([event]) => event === 'ledger:changed')).toEqual([])
  })

  it('when main stops answering, the user is told, and the buttons come back', async () => {
    const app = openApp()
    await atStepTwo(app.main)
    app.showApp()
    const button = await screen.findByRole('button', { name: 'I have done this' })
    app.main.stopAnswering()
    await app.user.click(button)
    expect(await screen.findByRole('alert')).toHaveTextContent('Part of the assistant stopped answering. Close the app, open it again, and try again.')
    await waitFor(() => expect(screen.getByRole('button', { name: 'I have done this' })).toBeEnabled())
    expect(within(screen.getByRole('main')).queryByText(SAVED)).toBeNull()
  })
})
