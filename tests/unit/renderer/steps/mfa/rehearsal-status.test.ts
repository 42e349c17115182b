import { setupI18n } from '@lingui/core'
import { describe, expect, it } from 'vitest'
import { latestStatus as latestIn } from '../../../../../src-renderer/src/steps/mfa/rehearsal-status'
import type { Latest } from '../../../../../src-renderer/src/steps/mfa/rehearsal-status'
import { messages } from '../../../../../src-renderer/src/locales/en/messages.po'

// Said in English, from the catalog.
const i18n = setupI18n({ locale: 'en', locales: ['en-GB'], messages: { en: messages } })
const latestStatus = (mfa: { disabled: boolean }, secondsLeft: number, latest: Latest | null) => latestIn(i18n, mfa, secondsLeft, latest)

const on = { disabled: false }
const drift = { tone: 'bad' as const, text: 'That code is from a different time: your phone’s clock is about 210 seconds fast.', paused: false }

describe('the rehearsal’s one status area shows the latest result only', () => {
  it('is empty before any try', () => {
    expect(latestStatus(on, 0, null)).toBeNull()
  })

  it('shows the last answer as it came, drift included (the verified time is a quiet badge elsewhere)', () => {
    expect(latestStatus(on, 0, drift)).toEqual({ tone: 'bad', text: drift.text })
    expect(latestStatus(on, 0, { tone: 'ok', text: 'Code accepted.', paused: false })).toEqual({ tone: 'ok', text: 'Code accepted.' })
  })

  it('during a cooldown says one thing in one tone, with the countdown apart so it is not read out every second', () => {
    const wrong = { tone: 'bad' as const, text: 'That code is not right. Too many wrong codes in a row: wait 30 seconds before the next try.', paused: true }
    expect(latestStatus(on, 30, wrong)).toEqual({
      tone: 'wait',
      text: 'Too many wrong codes in a row. The practice waits before the next try.',
      timer: 'You can try again in 30 seconds.',
    })
    expect(latestStatus(on, 1, null)?.timer).toBe('You can try again in 1 second.')
    // Once it is over, the old "wait 30 seconds" is out of date.
    expect(latestStatus(on, 0, wrong)).toEqual({ tone: 'info', text: 'You can try again now. Type the code that Authenticator shows now.' })
  })

  it('when switched off, says only that, whatever came before', () => {
    expect(latestStatus({ disabled: true }, 120, drift)).toEqual({
      tone: 'bad',
      text: 'The practice is switched off after 100 wrong codes in a row. Create a new practice QR code to start again.',
    })
  })
})
