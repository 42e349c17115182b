import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { encodeStatus } from '../../../../src-shared/status-code'
import { GuideMode } from '../../../../src-renderer/src/helpdesk/guide-mode'
import { startedApp } from '../../support/dom/app'
import { profileInput } from '../../support/onboarding-inputs'

// The helpdesk guide as an agent on the phone uses it: the decoder beside the runbook.
async function helpdesk() {
  const app = await startedApp()
  app.show(<GuideMode />)
  const decoder = within(screen.getByRole('form', { name: 'Decode a status code' }))
  const field = decoder.getByRole('textbox', { name: 'Status code the user reads out' })
  const decode = async (code: string) => {
    await app.user.clear(field)
    await app.user.type(field, code)
    await app.user.click(decoder.getByRole('button', { name: 'Decode' }))
  }
  return { app, decoder, decode, said: () => decoder.getByRole('status') }
}

// Definition lists read as term, then value.
const valueOf = (region: HTMLElement, term: string) => within(region).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent

describe('the status code decoder', () => {
  it('reads a user’s real code, as the user reads it out, and opens the runbook at their step', async () => {
    // The user's own app, somewhere else: a vendor without SEED who has said who they are.
    const user = await startedApp()
    await user.main.act('profile:save', profileInput('vendor'))
    const code = (await user.main.value<{ statusCode: string }>('ledger:snapshot')).statusCode
    const { decode, said, decoder } = await helpdesk()
    const tabs = within(screen.getByRole('tablist', { name: 'Steps of the guide' }))
    expect(tabs.getByRole('tab', { selected: true })).not.toHaveTextContent(/Step 1/)
    // Read out over the phone: lower case, spaces instead of dashes.
    await decode(code.toLowerCase().replace(/-/g, ' '))
    expect(valueOf(said(), 'Step')).toBe('Step 1: Request a TechPass account')
    expect(valueOf(said(), 'Who')).toBe('Vendor')
    expect(valueOf(said(), 'SEED')).toBe('Not provisioned')
    expect(valueOf(said(), 'Language')).toBe('English')
    expect(within(said()).getByRole('link', { name: 'Step 1: Request a TechPass account' })).toHaveAttribute('href', expect.stringMatching(/^#/))
    expect(decoder.getByRole('combobox', { name: 'The user’s app is in' })).toHaveValue('en')
    expect(tabs.getByRole('tab', { selected: true })).toHaveTextContent(/Step 1/)
  })

  it('catches a misheard character by its check character, and shows nothing decoded', async () => {
    const { decode, said } = await helpdesk()
    const good = encodeStatus({ sectionIndex: 2, audience: 'vendor', seed: 'no', deadline: 'fine', finished: false, language: 'en' })
    const wrongLast = good.at(-1) === 'A' ? 'B' : 'A'
    await decode(good.slice(0, -1) + wrongLast)
    expect(said()).toHaveTextContent('That status code has a typo: the check character does not match. Ask the user to read it again, slowly.')
    expect(within(said()).queryByText('Who')).toBeNull()
    await decode('TP-4K')
    expect(said()).toHaveTextContent('A status code has four characters after TP, like TP-4K7-M. Check that you have all of them.')
  })

  it('a code from an app in Vietnamese picks that language and loads the user’s screen in the background', async () => {
    const { app, decode, said, decoder } = await helpdesk()
    const pending: boolean[] = []
    app.store.subscribe((s) => pending.push(s.pending))
    await decode(encodeStatus({ sectionIndex: 3, audience: 'offshore-odc', seed: 'yes', deadline: 'none', finished: false, language: 'vi' }))
    expect(valueOf(said(), 'Language')).toBe('Tiếng Việt')
    expect(decoder.getByRole('combobox', { name: 'The user’s app is in' })).toHaveValue('vi')
    expect(decoder.getByText(/^Each step of the runbook also shows the user’s headings and buttons in/)).toHaveTextContent('Tiếng Việt')
    await waitFor(() => expect(app.main.asked).toContain('guide:in-language'))
    // The user's guide loads beside the agent's, without marking the window busy.
    expect(pending.every((p) => !p)).toBe(true)
  })
})
