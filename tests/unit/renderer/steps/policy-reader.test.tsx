import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { Policies } from '../../../../src-shared/policy-schema'
import { NoticeRegion } from '../../../../src-renderer/src/components/notice-region'
import { PolicyList } from '../../../../src-renderer/src/steps/policies/policy-list'
import { startedApp } from '../../support/dom/app'
import { profileInput } from '../../support/onboarding-inputs'

// happy-dom lays nothing out: each policy's text box is given a browser's geometry, 3000 px of text in a 400 px box.
function layOutPolicyTexts() {
  const isText = (el: Element) => el.getAttribute('role') === 'document'
  vi.spyOn(Element.prototype, 'scrollHeight', 'get').mockImplementation(function (this: Element) {
    return isText(this) ? 3000 : 0
  })
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: Element) {
    return isText(this) ? 400 : 0
  })
}

// As a wheel, a scroll bar or the End key moves the text.
const scrollTo = (text: HTMLElement, top: number) => {
  text.scrollTop = top
  fireEvent.scroll(text)
}

async function reader() {
  layOutPolicyTexts()
  // Someone with SEED: the MDM policy is theirs to accept, the others to read.
  const app = await startedApp()
  await app.main.act('profile:save', profileInput('offshore-non-odc'))
  app.show(
    <>
      <NoticeRegion />
      <PolicyList />
    </>,
  )
  await screen.findByRole('heading', { name: 'Read the policies' })
  return app
}

const card = (title: string) => within(screen.getByRole('region', { name: new RegExp(`^${title}`) }))

describe('the policy reader', () => {
  it('keeps "I have read" unavailable, and says why, until the end of the text has been on screen', async () => {
    const app = await reader()
    const privacy = card('Privacy policy')
    const button = privacy.getByRole('button', { name: 'I have read the Privacy policy' })
    expect(button).toBeDisabled()
    expect(button).toHaveAccessibleDescription('Scroll to the end of the text first.')
    const text = privacy.getByRole('document', { name: 'Privacy policy, full text' })
    // The text is reachable from the keyboard, so the End key can move it.
    expect(text).toHaveAttribute('tabindex', '0')
    scrollTo(text, 1500)
    expect(button).toBeDisabled()
    scrollTo(text, 2600)
    expect(button).toBeEnabled()
    expect(button).toHaveAccessibleDescription('')
    // Reading one text unlocks only that one.
    expect(card('Terms of use').getByRole('button', { name: 'I have read the Terms of use' })).toBeDisabled()
    expect(app.main.asked.filter((c) => c === 'policy:read')).toEqual([])
  })

  it('once at the end, reading is recorded by main and said, and the card shows it read', async () => {
    const app = await reader()
    const privacy = card('Privacy policy')
    scrollTo(privacy.getByRole('document', { name: 'Privacy policy, full text' }), 2600)
    await app.user.click(privacy.getByRole('button', { name: 'I have read the Privacy policy' }))
    expect(await screen.findByText('Saved: you read the Privacy policy, version 1.0.')).toHaveRole('status')
    expect(privacy.queryByRole('button', { name: 'I have read the Privacy policy' })).toBeNull()
    expect(privacy.getByText('Read')).toBeInTheDocument()
    expect(privacy.getByText(/You read it on /)).toBeInTheDocument()
    const list = await app.main.value<Policies>('policy:list')
    expect(list.policies.find((p) => p.id === 'privacy-policy')?.state).toBe('done')
  })

  it('an accept policy is accepted the same way, and a failed save leaves it not accepted', async () => {
    const app = await reader()
    const mdm = card('MDM acceptable use policy \\(SEED\\)')
    scrollTo(mdm.getByRole('document', { name: 'MDM acceptable use policy (SEED), full text' }), 2600)
    const accept = mdm.getByRole('button', { name: 'I accept the MDM acceptable use policy (SEED)' })
    app.main.stopAnswering()
    await app.user.click(accept)
    expect(await screen.findByRole('alert')).toHaveTextContent('Part of the assistant stopped answering.')
    expect(mdm.getByText('Not accepted yet')).toBeInTheDocument()
    expect(accept).toBeEnabled()
  })
})
