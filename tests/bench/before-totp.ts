import { verifySync } from 'otplib'
import type { Check } from '../../src-main/mfa/totp'

const PERIOD = 30

// checkCode as it was (commit 0962a31), kept only in the bench to measure against in the same run: otplib's
// verifySync with its pure-JS hasher, the ±1 step first, then the whole ±10-minute window again from its oldest step.
export function checkCodeBefore(secret: string, code: string, epochSeconds: number, lastAcceptedStep: number | null): Check {
  const base = { secret, token: code, epoch: epochSeconds }
  const current = Math.floor(epochSeconds / PERIOD)
  const after = lastAcceptedStep === null ? {} : { afterTimeStep: Math.min(lastAcceptedStep, current + 1) }
  const fresh = verifySync({ ...base, epochTolerance: PERIOD, ...after })
  if (fresh.valid && 'timeStep' in fresh) return { kind: 'accepted', timeStep: fresh.timeStep }
  const far = verifySync({ ...base, epochTolerance: 600 })
  if (!far.valid || !('timeStep' in far)) return { kind: 'wrong' }
  if (far.timeStep === lastAcceptedStep) return { kind: 'replayed' }
  if (Math.abs(far.delta) >= 2) return { kind: 'drift', seconds: far.delta * PERIOD }
  return lastAcceptedStep !== null && far.timeStep < lastAcceptedStep ? { kind: 'replayed' } : { kind: 'wrong' }
}
