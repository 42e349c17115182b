import { generateSync as hotpAt } from '@otplib/hotp'
import type { CryptoPlugin } from '@otplib/hotp'
import { crypto as nodeCrypto } from '@otplib/plugin-crypto-node'
import { generateSecret, generateURI, ScureBase32Plugin } from 'otplib'

export const PERIOD = 30
export const ISSUER = 'TechPass PRACTICE'
export const ACCOUNT = 'Practice only - remove after'
// Codes up to 10 minutes away are looked for only to tell the user their phone's clock is off.
const DRIFT_STEPS = 600 / PERIOD
const base32 = new ScureBase32Plugin()

// 20 random bytes = 160 bits, Base32 without padding: what Microsoft Authenticator expects.
export const newSecret = (): string => generateSecret({ length: 20 })

// SHA1, 6 digits, 30 seconds are the otpauth defaults, which Microsoft Authenticator uses; they are left implicit.
export const otpauthUri = (secret: string): string => generateURI({ issuer: ISSUER, label: ACCOUNT, secret })

export const keyGroups = (secret: string): string[] => secret.match(/.{1,4}/g) ?? []

export type Check = { kind: 'accepted'; timeStep: number } | { kind: 'replayed' } | { kind: 'drift'; seconds: number } | { kind: 'wrong' }

// 0, -1, +1, -2, +2 ... ±20: the steps nearest the laptop's clock come first, so a good code costs one HMAC.
const OUTWARD = [0, ...Array.from({ length: DRIFT_STEPS }, (_v, i) => [-(i + 1), i + 1]).flat()]

// RFC 6238: the current step plus or minus one, nothing at or before the last accepted step (section 5.2).
// Each step's code is computed at most once per check (a wrong code: 41 HMACs, node's crypto), from the clock outward.
export function checkCode(secret: string, code: string, epochSeconds: number, lastAcceptedStep: number | null, crypto: CryptoPlugin = nodeCrypto): Check {
  const key = base32.decode(secret)
  const current = Math.floor(epochSeconds / PERIOD)
  const fresh = (step: number) => lastAcceptedStep === null || step > lastAcceptedStep
  let nearest: { step: number; delta: number } | null = null
  for (const delta of OUTWARD) {
    // Within one step a fresh match may still follow a used one; beyond it, the nearest match decides.
    if (nearest && Math.abs(delta) > 1) break
    const step = current + delta
    if (step < 0 || !crypto.constantTimeEqual(hotpAt({ secret: key, counter: step, crypto }), code)) continue
    if (Math.abs(delta) <= 1 && fresh(step)) return { kind: 'accepted', timeStep: step }
    nearest ??= { step, delta }
  }
  if (!nearest) return { kind: 'wrong' }
  // The very code already used, even minutes later, is a replay; otherwise a far step means the phone's clock is off.
  if (nearest.step === lastAcceptedStep) return { kind: 'replayed' }
  if (Math.abs(nearest.delta) >= 2) return { kind: 'drift', seconds: nearest.delta * PERIOD }
  return lastAcceptedStep !== null && nearest.step < lastAcceptedStep ? { kind: 'replayed' } : { kind: 'wrong' }
}
