import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { openApp } from '../../support/dom/app'
import { profileInput } from '../../support/onboarding-inputs'

const NOT_KEPT =
  'What you typed could not be kept on this computer. It is still in the form, so save the form before you close the app. Check that the disk is not full or read-only.'

// Step 1's request form, which keeps what is typed as a draft.
async function requestForm() {
  const app = openApp()
  await app.main.act('profile:save', profileInput('vendor'))
  const view = app.showApp()
  const project = await screen.findByRole('textbox', { name: 'Project name' })
  return { app, view, project }
}

describe('drafts of a form', () => {
  it('what is typed is kept by main after a pause, without marking the window busy, and is there again after a restart', async () => {
    const { app, view, project } = await requestForm()
    const busy: boolean[] = []
    app.store.subscribe((s) => busy.push(s.pending))
    await app.user.type(project, 'Apollo')
    await waitFor(async () => expect(await app.main.value('drafts:load', { form: 'request' })).toEqual({ projectName: 'Apollo' }))
    expect(busy.every((b) => !b)).toBe(true)
    // Closed and opened again on the same folder: the form starts from the draft.
    view.unmount()
    const again = openApp({ dataDir: app.dataDir })
    again.showApp()
    expect(await screen.findByRole('textbox', { name: 'Project name' })).toHaveValue('Apollo')
  })

  it('when the draft cannot be kept, the user is told once, and the typing stays in the form', async () => {
    const { app, project } = await requestForm()
    // The drafts file cannot be written: a folder stands where it goes.
    const file = join(app.dataDir, 'drafts.json')
    if (existsSync(file)) rmSync(file)
    mkdirSync(file)
    writeFileSync(join(file, 'in-the-way'), '')
    await app.user.type(project, 'Apollo')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(NOT_KEPT)
    // The welcome has a close button of the same name: this is the one beside the alert.
    await app.user.click(within(alert.parentElement!).getByRole('button', { name: 'Close this message' }))
    await app.user.type(project, ' Two')
    // Typing on is not interrupted by the same message again.
    await new Promise((resolve) => setTimeout(resolve, 800))
    await waitFor(() => expect(app.main.asked.filter((c) => c === 'drafts:save').length).toBeGreaterThanOrEqual(2))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(project).toHaveValue('Apollo Two')
    expect(within(screen.getByRole('main')).getByRole('button', { name: 'I have sent the request' })).toBeEnabled()
  })
})
