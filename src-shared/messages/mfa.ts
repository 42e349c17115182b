import { msg } from '@lingui/core/macro'

// The MFA practice (src-main/mfa): what a code check found, and why a try is refused.
// MFA is multi-factor authentication: a code from an app on your phone, as well as your password.
export const mfaOutcomes = {
  accepted: msg({ id: 'mfa.code-accepted', message: 'Code accepted. Microsoft Authenticator and your phone’s clock are set up correctly.' }),
  used: msg({
    id: 'mfa.code-used',
    message: 'You already used that code. Wait for a new code in Microsoft Authenticator. It changes every 30 seconds. Then type the new one.',
  }),
  // The phone's clock is wrong, so its codes are for another time. {autoTime} says how to set the clock.
  clockFast: msg({
    id: 'mfa.clock-fast',
    message:
      'That code does not match the time now. Your phone’s clock is about {seconds, plural, one {# second} other {# seconds}} fast. {autoTime} Then type a new code.',
  }),
  clockSlow: msg({
    id: 'mfa.clock-slow',
    message:
      'That code does not match the time now. Your phone’s clock is about {seconds, plural, one {# second} other {# seconds}} slow. {autoTime} Then type a new code.',
  }),
  autoTime: msg({
    id: 'mfa.auto-time',
    comment: 'The menu names are the phone’s own: write them as the phone shows them in this language.',
    message:
      'Turn on automatic time. Android: Settings > System > Date & time > Set time automatically. iPhone: Settings > General > Date & Time > Set Automatically.',
  }),
  wrong: msg({
    id: 'mfa.code-wrong',
    message: 'That code is not right. Check that you are looking at the “{issuer}” entry. Type the code it shows now.',
  }),
  // A wrong code after which the next try must wait: {outcome} is what the code check found, as a whole sentence.
  thenWait: msg({
    id: 'mfa.then-wait',
    message: '{outcome} Too many wrong codes in a row: wait {seconds, plural, one {# second} other {# seconds}} before you try again.',
  }),
}

export const mfaRefusals = {
  noQrYet: msg({ id: 'mfa.no-qr-yet', message: 'There is no practice QR code yet. Create a practice QR code first.' }),
  keyForgotten: msg({
    id: 'mfa.key-forgotten',
    message: 'The practice key is gone. It was kept only until the app closed, and the app has restarted since. Create a new practice QR code.',
  }),
  keyLocked: msg({
    id: 'mfa.key-locked',
    message: 'Your computer’s key store could not open the practice key. Create a new practice QR code.',
  }),
  enrolFirst: msg({
    id: 'mfa.enrol-first',
    message: 'First create a practice QR code and add it to Microsoft Authenticator. Nothing was checked.',
  }),
  switchedOff: msg({
    id: 'mfa.switched-off',
    message: 'The practice is switched off after {count} wrong codes in a row. Create a new practice QR code to start again.',
  }),
  coolingDown: msg({
    id: 'mfa.cooling-down',
    message: 'Too many wrong codes in a row. Wait {seconds, plural, one {# second} other {# seconds}}, then try a new code. Nothing was checked.',
  }),
}

// What is wrong with a typed code; the code itself is never repeated back.
export const codeProblems = {
  empty: msg({ id: 'mfa.code-empty', message: 'Type the 6-digit code from Microsoft Authenticator. Nothing was checked.' }),
  tooLong: msg({ id: 'mfa.code-too-long', message: 'That is too long for a code. Type the 6 digits from Microsoft Authenticator. Nothing was checked.' }),
  notDigits: msg({ id: 'mfa.code-not-digits', message: 'The code has characters that are not digits. Type only the 6 digits. Nothing was checked.' }),
  short: msg({
    id: 'mfa.code-short',
    message: 'The code has only {count, plural, one {# digit} other {# digits}}. Type all 6. Nothing was checked.',
  }),
  long: msg({ id: 'mfa.code-long', message: 'The code has {count} digits, but a code has exactly 6. Nothing was checked.' }),
}
