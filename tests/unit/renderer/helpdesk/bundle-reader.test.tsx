import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { GuideMode } from '../../../../src-renderer/src/helpdesk/guide-mode'
import { startedApp } from '../../support/dom/app'
import { profileInput, requestInput } from '../../support/onboarding-inputs'

// A user's own app saves a real support bundle: a vendor who has sent the request for an account.
async function usersBundle() {
  const user = await startedApp()
  await user.main.act('profile:save', profileInput('vendor'))
  await user.main.act('request:send', requestInput('vendor'))
  await user.main.value('support:export', { redact: true })
  return user.main.saved.at(-1)!.text
}

async function helpdesk() {
  const app = await startedApp()
  app.show(<GuideMode />)
  const reader = within(screen.getByRole('region', { name: 'Read a support bundle' }))
  return { app, reader, open: () => app.user.click(reader.getByRole('button', { name: 'Open a support bundle…' })) }
}

const valueOf = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent

describe('the support bundle reader', () => {
  it('shows a user’s bundle as it was checked, and opens the runbook at the user’s step', async () => {
    const bundle = await usersBundle()
    const { app, reader, open } = await helpdesk()
    app.main.toOpen.push({ path: '/from-user/techpass-support.json', bytes: bundle })
    await open()
    expect(await reader.findByText('Timeline')).toBeInTheDocument()
    expect(reader.getAllByRole('status')[0]).not.toHaveTextContent(/^$/)
    expect(valueOf('Who')).toBe('Vendor; SEED not provisioned')
    expect(valueOf('Current step')).toMatch(/^Step 1/)
    expect(reader.getByText('Removed before saving')).toBeInTheDocument()
    expect(reader.getByRole('list').children.length).toBeGreaterThanOrEqual(2)
    const tabs = within(screen.getByRole('tablist', { name: 'Steps of the guide' }))
    expect(tabs.getByRole('tab', { selected: true })).toHaveTextContent(/Step 1/)
    // Read only: the agent's own record is untouched.
    expect(app.main.ledgerBytes()).toBeNull()
  })

  it('a file that is not a bundle is refused in the reader itself, in main’s words, and what was shown is cleared', async () => {
    const bundle = await usersBundle()
    const { app, reader, open } = await helpdesk()
    app.main.toOpen.push({ path: '/from-user/techpass-support.json', bytes: bundle })
    await open()
    await reader.findByText('Timeline')
    app.main.toOpen.push({ path: '/from-user/notes.json', bytes: 'these are my notes' })
    await open()
    const alert = await reader.findByRole('alert')
    expect(alert.textContent).toMatch(/\S/)
    expect(reader.queryByText('Timeline')).toBeNull()
    // Said where the agent acted, not in the page's notice line.
    expect(screen.getByTestId('notice')).toHaveTextContent(/^$/)
    expect(reader.getByRole('button', { name: 'Open a support bundle…' })).toBeEnabled()
  })

  it('a cancelled open dialog changes nothing', async () => {
    const { app, reader, open } = await helpdesk()
    await open()
    expect(app.main.asked).toContain('support:import')
    expect(reader.queryByRole('alert')).toBeNull()
    expect(reader.queryByText('Timeline')).toBeNull()
  })
})
