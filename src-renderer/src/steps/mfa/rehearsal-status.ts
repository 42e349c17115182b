import type { I18n } from '@lingui/core'
import { msg, plural } from '@lingui/core/macro'
import type { MfaStatus } from '../../../../src-shared/mfa-schema'
import type { Sayable } from '../../i18n/sayable'

export type Tone = 'ok' | 'bad' | 'wait' | 'info'
export interface Shown {
  tone: Tone
  /** The rehearsal's own words, or main's answer to a code (an id with values). */
  text: Sayable
  /** A countdown, said once when it starts rather than every second. */
  timer?: string
}
export interface Latest {
  tone: Tone
  text: Sayable
  /** The answer started a cooldown, so its words are out of date once the cooldown ends. */
  paused: boolean
}

// One status area says the latest result only: switched off, waiting out a cooldown, or what the last code did.
// Its own words are in the language on screen (`i18n`); the last answer is shown as it came.
export function latestStatus(i18n: I18n, mfa: Pick<MfaStatus, 'disabled'>, secondsLeft: number, latest: Latest | null): Shown | null {
  if (mfa.disabled) {
    return { tone: 'bad', text: i18n._(msg`The practice is switched off after 100 wrong codes in a row. Create a new practice QR code to start again.`) }
  }
  if (secondsLeft > 0) {
    return {
      tone: 'wait',
      text: i18n._(msg`Too many wrong codes in a row. The practice waits before the next try.`),
      timer: i18n._(msg`You can try again in ${plural(secondsLeft, { one: '# second', other: '# seconds' })}.`),
    }
  }
  if (latest?.paused) return { tone: 'info', text: i18n._(msg`You can try again now. Type the code that Authenticator shows now.`) }
  return latest && { tone: latest.tone, text: latest.text }
}
