// One fresh process of the TOTP bench: `node totp-child.mjs <samples> <checks per sample>`; prints one line of JSON.
import { performance } from 'node:perf_hooks'
import { generateSync } from 'otplib'
import { checkCode, newSecret } from '../../src-main/mfa/totp'
import { checkCodeBefore } from './before-totp'

const [samples = 20, perSample = 200] = process.argv.slice(2).map(Number)
const secret = newSecret()
const epoch = 1_800_000_000
const good = generateSync({ secret, epoch })
// A wrong code is one that no step of the ±10-minute window gives: every step is computed.
const window = new Set(Array.from({ length: 41 }, (_v, i) => generateSync({ secret, epoch: epoch + (i - 20) * 30 })))
const wrong = ['000000', '123456', '999999', '424242'].find((c) => !window.has(c))!

// Milliseconds per check, averaged over a batch: one check is too short for the timer alone.
function perCheck(check: () => unknown): number {
  const start = performance.now()
  for (let i = 0; i < perSample; i++) check()
  return (performance.now() - start) / perSample
}

if (checkCode(secret, good, epoch, null).kind !== 'accepted' || checkCode(secret, wrong, epoch, null).kind !== 'wrong')
  throw new Error('the bench codes are not what they should be')
const out = { best: [] as number[], worst: [] as number[], beforeBest: [] as number[], beforeWorst: [] as number[] }
for (let round = -2; round < samples; round++) {
  const sample = {
    best: perCheck(() => checkCode(secret, good, epoch, null)),
    worst: perCheck(() => checkCode(secret, wrong, epoch, null)),
    beforeBest: perCheck(() => checkCodeBefore(secret, good, epoch, null)),
    beforeWorst: perCheck(() => checkCodeBefore(secret, wrong, epoch, null)),
  }
  if (round >= 0) for (const [name, value] of Object.entries(sample)) out[name as keyof typeof out].push(value)
}
console.log(JSON.stringify(out))
