// Regenerates the preset ledgers with the real ledger code: `npx tsx tests/e2e/seeds/make-seeds.ts`.
import { mkdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fixedClock } from '../../../src-main/config/clock'
import { Ledger } from '../../../src-main/ledger/ledger'
import { openConfStore } from '../../../src-main/ledger/conf-store'

const seeds: Record<string, Array<[string, string]>> = {
  'prerequisites-done': [
    ['prerequisites', 'who-you-are'],
    ['prerequisites', 'org-email'],
    ['prerequisites', 'onboarding-email'],
  ],
}

const clock = fixedClock(new Date('2026-11-02T09:00:00+08:00'))
for (const [name, items] of Object.entries(seeds)) {
  const dir = resolve('tests/e2e/seeds', name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const ledger = Ledger.open(openConfStore, dir, clock.now())
  for (const [sectionId, itemId] of items) {
    clock.advance(60_000)
    ledger.append({ type: 'item-marked', data: { sectionId, itemId, done: true } }, clock.now())
  }
  console.log(`wrote ${join(dir, 'ledger.json')}`)
}
