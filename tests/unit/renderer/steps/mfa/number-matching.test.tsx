import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { MfaStatus } from '../../../../../src-shared/mfa-schema'
import { NoticeRegion } from '../../../../../src-renderer/src/components/notice-region'
import { NumberMatching } from '../../../../../src-renderer/src/steps/mfa/number-matching'
import { breakLedger, startedApp } from '../../../support/dom/app'

async function rehearsal() {
  const app = await startedApp()
  app.show(
    <>
      <NoticeRegion />
      <NumberMatching />
    </>,
  )
  const phone = within(screen.getByRole('form', { name: 'Your phone: Are you trying to sign in?' }))
  const computer = within(screen.getByRole('group', { name: 'Your computer' }))
  const feedback = () => screen.getByTestId('matching-feedback')
  const answer = async (typed: string) => {
    const field = phone.getByRole('textbox', { name: 'Number' })
    await app.user.clear(field)
    if (typed) await app.user.type(field, typed)
    await app.user.click(phone.getByRole('button', { name: 'Yes' }))
  }
  const deny = () => app.user.click(phone.getByRole('button', { name: 'No, it’s not me' }))
  return { app, phone, computer, feedback, answer, deny }
}

describe('the number-matching rehearsal', () => {
  it('first the user types the number their computer shows; a wrong one is explained and nothing is recorded', async () => {
    const { app, computer, feedback, answer } = await rehearsal()
    const shown = computer.getByText(/^\d{2}$/).textContent!
    await answer(shown === '10' ? '11' : '10')
    expect(feedback()).toHaveRole('status')
    expect(feedback()).toHaveTextContent('That is not the number on your computer. Look at the screen and type that number.')
    await answer(shown)
    expect(feedback()).toHaveTextContent('Right. You typed the number from your computer. Now the next practice.')
    expect(computer.getByText('You are not signing in to anything right now.')).toBeInTheDocument()
    expect(app.main.asked).not.toContain('mfa:record-number-matching')
  })

  it('then a prompt the user did not start: Yes is a warning, denying it is recorded by main and said', async () => {
    const { app, computer, feedback, answer, deny } = await rehearsal()
    await answer(computer.getByText(/^\d{2}$/).textContent!)
    await answer('')
    expect(feedback()).toHaveTextContent(/^Careful: you did not start this sign-in\./)
    await deny()
    expect(await screen.findByText('Practised: you know how to type the number, and how to deny a sign-in you did not start.')).toBeInTheDocument()
    expect(feedback()).toHaveTextContent('Right. You denied a sign-in you did not start. If this ever happens for real, tell your helpdesk.')
    expect((await app.main.value<MfaStatus>('mfa:status')).numberMatchingPractisedAt).not.toBeNull()
    expect(app.store.getState().mfa?.numberMatchingPractisedAt).not.toBeNull()
    expect(screen.getByRole('button', { name: 'Practise again' })).toBeInTheDocument()
  })

  it('when main cannot save it, the rehearsal says so beside the phone, and the user can deny again', async () => {
    const { app, computer, feedback, answer, deny, phone } = await rehearsal()
    await answer(computer.getByText(/^\d{2}$/).textContent!)
    breakLedger(app.main)
    await deny()
    await screen.findByText(/^Your progress could not be saved to /)
    expect(feedback()).toHaveTextContent(/^Your progress could not be saved to .*\. Nothing was changed\./)
    // Said where the user answered, not a second time in the notice region.
    expect(screen.queryByRole('alert')).toBeNull()
    expect(phone.getByRole('button', { name: 'No, it’s not me' })).toBeEnabled()
    expect(screen.queryByText(/^Practised:/)).toBeNull()
  })
})
