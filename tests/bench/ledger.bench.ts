import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fixedClock } from '../../src-main/config/clock'
import { openConfStore } from '../../src-main/ledger/conf-store'
import { Ledger } from '../../src-main/ledger/ledger'
import { median, ms, sample } from './stats'

export interface Row {
  measure: string
  value: string
  note: string
}

function filledLedger(dir: string, count: number): Ledger {
  const clock = fixedClock(new Date('2026-11-01T00:00:00Z'))
  const ledger = Ledger.open(openConfStore, dir, clock.now())
  for (let i = 0; i < count; i++) {
    clock.advance(1000)
    ledger.append({ type: 'item-marked', data: { sectionId: 'step-1', itemId: 'contact-manager', done: i % 2 === 0 } }, clock.now())
  }
  return ledger
}

// Median of repeated runs on real files in a temp folder; the machine is shared, so medians only.
export async function ledgerBench(sizes: number[] = [10, 1000]): Promise<Row[]> {
  const rows: Row[] = []
  for (const size of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'techpass-bench-'))
    try {
      const ledger = filledLedger(dir, size)
      const clock = fixedClock(new Date('2026-12-01T00:00:00Z'))
      const append = await sample(20, () =>
        ledger.append({ type: 'item-marked', data: { sectionId: 'step-2', itemId: 'open-link', done: true } }, clock.now()),
      )
      const load = await sample(15, () => {
        const opened = Ledger.open(openConfStore, dir, clock.now())
        if (opened.recovery) throw new Error('bench ledger failed its own chain check')
      })
      rows.push({ measure: `ledger append at ${size} events`, value: ms(median(append)), note: 'median of 20, includes the atomic write' })
      rows.push({ measure: `ledger load-and-verify at ${size} events`, value: ms(median(load)), note: 'median of 15, read + parse + hash chain' })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  return rows
}
