import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fixedClock } from '../../src-main/config/clock'
import { openConfStore } from '../../src-main/ledger/conf-store'
import { sealEvent } from '../../src-main/ledger/chain'
import { Ledger, LEDGER_NAME } from '../../src-main/ledger/ledger'
import type { LedgerFormat } from '../../src-main/ledger/ledger'
import { DomainEventSchema, LEDGER_VERSION } from '../../src-main/registry/events'
import type { DomainBody, DomainEvent } from '../../src-main/registry/events'
import { median, ms, sample } from './stats'

export interface Row {
  measure: string
  value: string
  note: string
}

// Today's file format, as the app opens it.
const format: LedgerFormat<DomainEvent, DomainBody> = { version: LEDGER_VERSION, schema: DomainEventSchema, migrate: () => null }
const confirmation = (i: number): DomainBody =>
  i % 2 === 0 ? { type: 'item-confirmed', data: { role: 'sign-in', item: 'open-portal', on: null } } : { type: 'item-withdrawn', data: { role: 'sign-in', item: 'open-portal' } }

// The chain is sealed in memory and written once: appending 10,000 times would itself take minutes.
function filledLedger(dir: string, count: number): Ledger<DomainEvent, DomainBody> {
  const clock = fixedClock(new Date('2026-11-01T00:00:00Z'))
  const events: DomainEvent[] = []
  for (let i = 0; i < count; i++) {
    clock.advance(1000)
    events.push(sealEvent(events.at(-1), clock.now(), confirmation(i)) as DomainEvent)
  }
  openConfStore({ dir, name: LEDGER_NAME }).write({ schemaVersion: LEDGER_VERSION, events })
  return Ledger.open(openConfStore, dir, clock.now(), format)
}

// Median of repeated runs on real files in a temp folder; the machine is shared, so medians only.
export async function ledgerBench(sizes: number[] = [10, 1000, 10_000]): Promise<Row[]> {
  const rows: Row[] = []
  for (const size of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'techpass-bench-'))
    try {
      const ledger = filledLedger(dir, size)
      const clock = fixedClock(new Date('2026-12-01T00:00:00Z'))
      const runs = size >= 10_000 ? 5 : 20
      const append = await sample(runs, () =>
        ledger.append({ type: 'item-confirmed', data: { role: 'registration', item: 'open-link', on: null } }, clock.now()),
      )
      const load = await sample(size >= 10_000 ? 5 : 15, () => {
        const opened = Ledger.open(openConfStore, dir, clock.now(), format)
        if (opened.recovery) throw new Error('bench ledger failed its own chain check')
      })
      rows.push({ measure: `ledger append at ${size} events`, value: ms(median(append)), note: `median of ${runs}, includes the atomic write of the whole file` })
      rows.push({ measure: `ledger load-and-verify at ${size} events`, value: ms(median(load)), note: `median of ${size >= 10_000 ? 5 : 15}, read + parse + hash chain` })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  return rows
}
