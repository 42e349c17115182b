import { screen, waitFor } from '@testing-library/react'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { NoticeRegion } from '../../../../src-renderer/src/components/notice-region'
import { savedAs } from '../../../../src-renderer/src/state/save-notice'
import { startedApp } from '../../support/dom/app'

// The notices a screen reader hears: the region's one paragraph, as a status or, for a failure, an alert.
const notices = () => [...screen.queryAllByRole('status'), ...screen.queryAllByRole('alert')].filter((n) => n.textContent !== '')

describe('the notice region', () => {
  it('says a saved file with its path, and "Show in folder" asks main to show that file', async () => {
    // The save dialog's answer: a real file, since main shows only a file that is there.
    const path = join(mkdtempSync(join(tmpdir(), 'techpass-saved-')), 'summary.pdf')
    onTestFinished(() => rmSync(dirname(path), { recursive: true, force: true }))
    writeFileSync(path, '')
    const app = await startedApp({ ports: { savePath: path } })
    app.show(<NoticeRegion />)
    await app.store.getState().run((api) => api.print.pdf({ kind: 'summary' }), { done: savedAs('summary') })
    expect(await screen.findByRole('status')).toHaveTextContent(`Saved your summary as ${path}.`)
    await app.user.click(screen.getByRole('button', { name: 'Show in folder' }))
    await waitFor(() => expect(app.main.shown).toEqual([path]))
  })

  it('a new notice replaces the old one instead of stacking under it, and a failure is an alert', async () => {
    const app = await startedApp({ ports: { printerFails: true } })
    app.show(<NoticeRegion />)
    await app.store.getState().run((api) => api.files.saveText({ suggestedName: 'message.txt', text: 'hello' }), { done: savedAs('message') })
    expect(await screen.findByRole('status')).toHaveTextContent('Saved the message to /chosen/message.txt.')
    expect(notices()).toHaveLength(1)
    // The printer fails: its failure takes the place of the saved message, and "Show in folder" goes with it.
    await app.store.getState().run((api) => api.print.pdf({ kind: 'summary' }), { done: savedAs('summary') })
    const alert = await screen.findByRole('alert')
    expect(alert).not.toHaveTextContent('Saved the message')
    expect(notices()).toEqual([alert])
    expect(screen.queryByText(/Saved the message/)).toBeNull()
    expect(screen.queryByRole('button', { name: 'Show in folder' })).toBeNull()
    // A second failure replaces the first too.
    const first = alert.textContent
    await app.store.getState().run((api) => api.checklist.confirm({ role: 'mfa', item: 'scan-qr', done: true, on: null }))
    expect(notices()).toHaveLength(1)
    expect(screen.getByRole('alert').textContent).not.toBe(first)
  })

  it('"Close this message" empties the region, and nothing is left for a screen reader to read again', async () => {
    const app = await startedApp()
    app.show(<NoticeRegion />)
    await app.store.getState().run((api) => api.files.saveText({ suggestedName: 'message.txt', text: 'hello' }), { done: savedAs('message') })
    await screen.findByText('Saved the message to /chosen/message.txt.')
    await app.user.click(screen.getByRole('button', { name: 'Close this message' }))
    expect(notices()).toEqual([])
    expect(screen.queryByRole('button', { name: 'Close this message' })).toBeNull()
    expect(app.store.getState().notice).toBeNull()
  })
})
