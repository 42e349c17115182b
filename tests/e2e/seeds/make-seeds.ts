// Regenerates the preset ledgers with the real ledger code: `npx tsx tests/e2e/seeds/make-seeds.ts`.
import { mkdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fixedClock } from '../../../src-main/config/clock'
import { Ledger, LEDGER_FILE } from '../../../src-main/ledger/ledger'
import type { DomainBody } from '../../../src-main/kit/events'
import { appFormat as format } from '../../unit/support/app-format'

const seeds: Record<string, DomainBody[]> = {
  'prerequisites-done': [
    {
      type: 'profile-saved',
      data: { audience: 'vendor', seed: 'no', orgEmail: 'wei.ling@vendor-co.com', onboardingEmailOn: '2026-11-01' },
    },
  ],
}

const clock = fixedClock(new Date('2026-11-02T09:00:00+08:00'))
for (const [name, bodies] of Object.entries(seeds)) {
  const dir = resolve('tests/e2e/seeds', name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const ledger = Ledger.open(dir, clock.now(), format)
  for (const body of bodies) {
    clock.advance(60_000)
    ledger.append(body, clock.now())
  }
  console.log(`wrote ${join(dir, LEDGER_FILE)}`)
}
