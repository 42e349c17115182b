// Regenerates the preset ledgers with the real ledger code: `npx tsx tests/e2e/seeds/make-seeds.ts`.
import { mkdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fixedClock } from '../../../src-main/config/clock'
import { z } from 'zod'
import { envelope } from '../../../src-main/ledger/envelope'
import type { AnyEvent } from '../../../src-main/ledger/envelope'
import { Ledger } from '../../../src-main/ledger/ledger'
import type { LedgerFormat } from '../../../src-main/ledger/ledger'
import { openConfStore } from '../../../src-main/ledger/conf-store'

type Body = { type: string; data: unknown }

// The seeds are ledgers as version 0.1.0 wrote them (file format 1), so every test on them also starts with the migration.
// Keys in the order 0.1.0 wrote them, so a regenerated seed is byte for byte the old file.
const V1Event = z.strictObject({ seq: envelope.seq, at: envelope.at, prevHash: envelope.prevHash, type: z.string(), data: z.unknown(), hash: envelope.hash })
const version1: LedgerFormat<AnyEvent, Body> = { version: 1, schema: V1Event, migrate: () => null }

const seeds: Record<string, Body[]> = {
  'prerequisites-done': [
    {
      type: 'profile-saved',
      data: { audience: 'vendor', seedProvisioned: false, orgEmail: 'wei.ling@vendor-co.com', onboardingEmailOn: '2026-11-01' },
    },
  ],
}

const clock = fixedClock(new Date('2026-11-02T09:00:00+08:00'))
for (const [name, bodies] of Object.entries(seeds)) {
  const dir = resolve('tests/e2e/seeds', name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const ledger = Ledger.open(openConfStore, dir, clock.now(), version1)
  for (const body of bodies) {
    clock.advance(60_000)
    ledger.append(body, clock.now())
  }
  console.log(`wrote ${join(dir, 'ledger.json')}`)
}
