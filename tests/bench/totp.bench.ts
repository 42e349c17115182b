import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundleChild, runChild, spread } from './fresh'
import type { Row } from './stats'
import { median } from './stats'

interface Checks {
  best: number[]
  worst: number[]
  beforeBest: number[]
  beforeWorst: number[]
}

// The check mfa:verify runs, best case (a code of the current step) and worst case (a wrong code: the whole
// ±10-minute window), interleaved with the algorithm as it was, in one fresh process.
export async function totpBench(samples = 20, perSample = 200): Promise<Row[]> {
  const work = mkdtempSync(join(tmpdir(), 'techpass-bench-totp-'))
  try {
    const bundle = await bundleChild('tests/bench/totp-child.ts', work)
    const checks = await runChild<Checks>(bundle, [String(samples), String(perSample)])
    const note = `${samples} samples, each the mean of ${perSample} checks, one fresh process`
    return [
      {
        measure: 'TOTP check, wrong code (worst case)',
        value: spread(checks.worst),
        target: '≤ 0.5 ms',
        met: median(checks.worst) <= 0.5,
        note: `41 steps, node crypto; ${note}`,
      },
      { measure: 'TOTP check, code of the current step (best case)', value: spread(checks.best), note: 'one step' },
      {
        measure: 'before: TOTP check, wrong / good code',
        value: `${median(checks.beforeWorst).toFixed(3)} / ${median(checks.beforeBest).toFixed(3)} ms`,
        note: 'otplib verifySync twice (44 steps, pure-JS SHA-1), interleaved with the rows above',
      },
    ]
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
