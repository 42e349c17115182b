import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { NoticeRegion } from '../../../../../src-renderer/src/components/notice-region'
import { VerifyCode } from '../../../../../src-renderer/src/steps/mfa/verify-code'
import { startedApp } from '../../../support/dom/app'
import { enrolPhone } from '../../../support/dom/phone'

// The practice code box as a keyboard user meets it: the code field, its button, and the outcome read as the field's description.
async function practise(options: Parameters<typeof startedApp>[0] = {}) {
  const app = await startedApp(options)
  const phone = await enrolPhone(app.store, app.main)
  app.show(
    <>
      <NoticeRegion />
      <VerifyCode />
    </>,
  )
  const field = screen.getByRole('textbox', { name: '6-digit code' })
  const check = screen.getByRole('button', { name: 'Check the code' })
  const tryCode = async (code: string) => {
    await app.user.clear(field)
    await app.user.type(field, `${code}{Enter}`)
  }
  return { app, phone, field, check, tryCode }
}

describe('the practice code box', () => {
  it('asks for the QR code first when there is no practice key', async () => {
    const app = await startedApp()
    app.show(<VerifyCode />)
    expect(screen.getByText('Create the practice QR code first.')).toBeInTheDocument()
    expect(screen.queryByRole('textbox', { name: '6-digit code' })).toBeNull()
  })

  it('after five wrong codes in a row it waits: the button is unavailable and a countdown says for how long', async () => {
    const { phone, field, check, tryCode } = await practise()
    for (let i = 0; i < 4; i++) {
      await tryCode(phone.wrongCode())
      await waitFor(() => expect(field).toHaveAccessibleDescription(/^That code is not right/))
      expect(check).toBeEnabled()
    }
    await tryCode(phone.wrongCode())
    await waitFor(() => expect(check).toBeDisabled())
    expect(field).toHaveAccessibleDescription(
      /^Too many wrong codes in a row\. The practice waits before the next try\. You can try again in (29|30|31) seconds\.$/,
    )
    // A 30 second pause; the countdown's clock may be a tick (a quarter second) behind the deadline.
    expect(screen.getByRole('timer')).toHaveTextContent(/^You can try again in (29|30|31) seconds\.$/)
    // Enter in the field does nothing while it waits: main is not asked.
    await tryCode(phone.code())
    expect(check).toBeDisabled()
  })

  it('a phone whose clock is three minutes fast is told so, in words, beside the field', async () => {
    const { phone, field, tryCode } = await practise()
    await tryCode(phone.code(180))
    await waitFor(() => expect(field).toHaveAccessibleDescription(/^That code does not match the time now\. Your phone’s clock is about 180 seconds fast\./))
  })

  it('the right code is accepted, the field empties, and the notice region says it too', async () => {
    const { app, phone, field, tryCode } = await practise()
    await tryCode(phone.code())
    await waitFor(() => expect(field).toHaveValue(''))
    // Said at once, beside the field and in the notice region, never "wait" first: no cooldown runs after a right code.
    const accepted = 'Code accepted. Microsoft Authenticator and your phone’s clock are set up correctly.'
    expect(field).toHaveAccessibleDescription(accepted)
    expect(screen.getAllByText(accepted)).toHaveLength(2)
    expect(screen.getByRole('button', { name: 'Check the code' })).toBeEnabled()
    expect(app.store.getState().mfa?.verifiedAt).not.toBeNull()
    expect(screen.getByText(/^Verified on /)).toBeInTheDocument()
  })

  it('when main stops answering, the box says so beside the field and the notice region stays quiet', async () => {
    const { app, phone, field, check, tryCode } = await practise()
    app.main.stopAnswering()
    await tryCode(phone.code())
    await waitFor(() => expect(field).toHaveAccessibleDescription('Part of the assistant stopped answering. Close the app, open it again, and try again.'))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(check).toBeEnabled()
  })
})
