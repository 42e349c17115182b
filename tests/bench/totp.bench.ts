import { performance } from 'node:perf_hooks'
import { generateSync } from 'otplib'
import { checkCode, newSecret } from '../../src-main/mfa/totp'
import type { Row } from './ledger.bench'
import { median } from './stats'

// Valid codes for the current step, checked the way mfa:verify checks them (tolerance, replay, drift).
export function totpBench(rounds = 5, perRound = 500): Row {
  const secret = newSecret()
  const epoch = 1_800_000_000
  const code = generateSync({ secret, epoch })
  const rates: number[] = []
  for (let r = 0; r < rounds; r++) {
    const start = performance.now()
    for (let i = 0; i < perRound; i++) checkCode(secret, code, epoch, null)
    rates.push(perRound / ((performance.now() - start) / 1000))
  }
  return { measure: 'TOTP verifications per second', value: `${Math.round(median(rates))}/s`, note: `median of ${rounds} rounds of ${perRound}` }
}
