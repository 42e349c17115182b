import { generateSync } from 'otplib'
import { checkCode } from '../../../../src-main/mfa/totp'
import type { Enrolment } from '../../../../src-shared/mfa-schema'
import { keepMfa } from '../../../../src-renderer/src/state/app-store'
import type { AppStore } from '../../../../src-renderer/src/state/app-store'
import type { Main } from './bridge'

// The test plays the phone: it enrols through the store, as "Create the practice QR code" does, and computes codes itself.
export async function enrolPhone(store: AppStore, main: Main) {
  const enrolment = (await store.getState().run((api) => api.mfa.enrol(), { keep: (e) => keepMfa(e.status) })) as Enrolment
  const secret = enrolment.keyGroups.join('')
  const seconds = () => Math.floor(main.clock.now().getTime() / 1000)
  return {
    /** The code the phone shows, its clock `offsetSeconds` ahead of main's (negative: behind). */
    code: (offsetSeconds = 0) => generateSync({ secret, epoch: seconds() + offsetSeconds }),
    /** A code no step near now matches: plainly wrong, never right by chance. */
    wrongCode() {
      for (let n = 0; ; n++) {
        const code = String(n).padStart(6, '0')
        if (checkCode(secret, code, seconds(), null).kind === 'wrong') return code
      }
    },
  }
}
