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
export function latestStatus(mfa: Pick<MfaStatus, 'disabled'>, secondsLeft: number, latest: Latest | null): Shown | null {
  if (mfa.disabled) return { tone: 'bad', text: 'The practice is switched off after 100 wrong codes in a row. Create a new practice QR code to start again.' }
  if (secondsLeft > 0) {
    return {
      tone: 'wait',
      text: 'Too many wrong codes in a row, so the practice waits before the next try.',
      timer: `You can try again in ${secondsLeft} ${secondsLeft === 1 ? 'second' : 'seconds'}.`,
    }
  }
  if (latest?.paused) return { tone: 'info', text: 'You can try again now. Type the code Authenticator shows now.' }
  return latest && { tone: latest.tone, text: latest.text }
}
