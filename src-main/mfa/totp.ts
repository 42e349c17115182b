import { generateSecret, generateURI, verifySync } from 'otplib'

export const PERIOD = 30
export const ISSUER = 'TechPass PRACTICE'
export const ACCOUNT = 'Practice only - remove after'
const DRIFT_WINDOW_SECONDS = 600

// 20 random bytes = 160 bits, Base32 without padding: what Microsoft Authenticator expects.
export const newSecret = (): string => generateSecret({ length: 20 })

// SHA1, 6 digits, 30 seconds are the otpauth defaults, which Microsoft Authenticator uses; they are left implicit.
export const otpauthUri = (secret: string): string => generateURI({ issuer: ISSUER, label: ACCOUNT, secret })

export const keyGroups = (secret: string): string[] => secret.match(/.{1,4}/g) ?? []

export type Check =
  | { kind: 'accepted'; timeStep: number }
  | { kind: 'replayed' }
  | { kind: 'drift'; seconds: number }
  | { kind: 'wrong' }

// RFC 6238: the current step plus or minus one, nothing at or before the last accepted step (section 5.2).
export function checkCode(secret: string, code: string, epochSeconds: number, lastAcceptedStep: number | null): Check {
  const base = { secret, token: code, epoch: epochSeconds }
  // otplib refuses an afterTimeStep beyond the window, which happens when the clock was set back.
  const current = Math.floor(epochSeconds / PERIOD)
  const after = lastAcceptedStep === null ? {} : { afterTimeStep: Math.min(lastAcceptedStep, current + 1) }
  const fresh = verifySync({ ...base, epochTolerance: PERIOD, ...after })
  // TOTP results carry the matched time step (otplib's union type also covers HOTP, which does not).
  if (fresh.valid && 'timeStep' in fresh) return { kind: 'accepted', timeStep: fresh.timeStep }
  const far = verifySync({ ...base, epochTolerance: DRIFT_WINDOW_SECONDS })
  if (!far.valid || !('timeStep' in far)) return { kind: 'wrong' }
  // The very code already used, even minutes later, is a replay; otherwise a far step means the phone's clock is off.
  if (far.timeStep === lastAcceptedStep) return { kind: 'replayed' }
  if (Math.abs(far.delta) >= 2) return { kind: 'drift', seconds: far.delta * PERIOD }
  return lastAcceptedStep !== null && far.timeStep < lastAcceptedStep ? { kind: 'replayed' } : { kind: 'wrong' }
}
