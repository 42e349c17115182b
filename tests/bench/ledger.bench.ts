import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { journalText } from '../../src-main/ledger/journal'
import { LEDGER_FILE, LEGACY_FILE } from '../../src-main/ledger/ledger'
import { LEDGER_VERSION } from '../../src-main/registry/events'
import type { DomainEvent } from '../../src-main/registry/events'
import { bundleChild, runChild, spread } from './fresh'
import { realisticJourney, repeatedJourney } from './ledger-fixture'
import { median } from './stats'

export interface Row {
  measure: string
  value: string
  /** The goal from the performance issue, when the row has one; "before" rows and context rows have none. */
  target?: string
  met?: boolean
  note: string
}

interface Warm {
  append10: number[]
  append10k: number[]
  before10: number[]
  before10k: number[]
  open60: number[]
  open10k: number[]
  sizes: { small: number; large: number }
}

// Writes a ledger as today's app does (ledger.jsonl), or as the version before it did (ledger.json through conf).
function folderWith(work: string, name: string, events: readonly DomainEvent[], before = false): string {
  const dir = join(work, name)
  mkdirSync(dir)
  if (before) writeFileSync(join(dir, LEGACY_FILE), JSON.stringify({ schemaVersion: 2, events }, null, '\t'))
  else writeFileSync(join(dir, LEDGER_FILE), journalText(LEDGER_VERSION, events))
  return dir
}

const ms = (values: number[]) => `${median(values).toFixed(1)} ms`

// Cold opens: each sample is a fresh process, the four cases interleaved. Appends and warm opens: one fresh process.
export async function ledgerBench(samples = 15): Promise<Row[]> {
  const work = mkdtempSync(join(tmpdir(), 'techpass-bench-ledger-'))
  try {
    const journey = await realisticJourney(join(work, 'journey'))
    const long = repeatedJourney(journey, 10_000)
    const dirs = {
      new60: folderWith(work, 'new-60', journey),
      new10k: folderWith(work, 'new-10k', long),
      before60: folderWith(work, 'before-60', journey, true),
      before10k: folderWith(work, 'before-10k', long, true),
    }
    const bundle = await bundleChild('tests/bench/ledger-child.ts', work)
    const cold: Record<keyof typeof dirs, number[]> = { new60: [], new10k: [], before60: [], before10k: [] }
    const cpu: Record<keyof typeof dirs, number[]> = { new60: [], new10k: [], before60: [], before10k: [] }
    for (let i = 0; i < samples; i++) {
      for (const name of Object.keys(dirs) as Array<keyof typeof dirs>) {
        const opened = await runChild<{ ms: number; cpu: number; events: number }>(bundle, ['cold', name.startsWith('new') ? 'new' : 'before', dirs[name]])
        cold[name].push(opened.ms)
        cpu[name].push(opened.cpu)
      }
    }
    const appendDirs = [
      folderWith(work, 'append-10', journey.slice(0, 10)),
      folderWith(work, 'append-10k', long),
      folderWith(work, 'before-append-10', journey.slice(0, 10), true),
      folderWith(work, 'before-append-10k', long, true),
    ]
    const warm = await runChild<Warm>(bundle, ['warm', ...appendDirs, dirs.new60, dirs.new10k, String(Math.max(samples, 20))])
    const ratio = median(warm.append10k) / median(warm.append10)
    const beforeRatio = median(warm.before10k) / median(warm.before10)
    const pairs = warm.append10.length
    const mix = `${journey.length}-event journey recorded through the real handlers (profile, request, renewal, registration, confirmations, SEED, MFA, policies, reopens)`
    return [
      {
        measure: 'ledger append at 10 events, snapshot included',
        value: spread(warm.append10),
        note: `${pairs} samples in one fresh process, interleaved with the next row; the file grows to ${warm.sizes.small} events`,
      },
      {
        measure: 'ledger append at 10,000 events, snapshot included',
        value: spread(warm.append10k),
        note: `one O_APPEND write + fdatasync; the state takes the one new event`,
      },
      {
        measure: 'ledger append, 10,000 ÷ 10 events',
        value: `${ratio.toFixed(2)}×`,
        target: '≤ 2×',
        met: ratio <= 2,
        note: 'ratio of the two medians above, same process',
      },
      {
        measure: 'before: append at 10 / 10,000 events',
        value: `${ms(warm.before10)} / ${ms(warm.before10k)} (${beforeRatio.toFixed(1)}×)`,
        note: 'the store as it was (conf rewrites ledger.json, every snapshot replays all events), same process, interleaved',
      },
      {
        measure: 'ledger cold load and verify, 10,000 events',
        value: spread(cold.new10k),
        target: '≤ 100 ms',
        met: median(cold.new10k) <= 100,
        note: `${samples} fresh processes, first open once the modules are loaded (CPU time ${ms(cpu.new10k)}); the ${mix}, repeated`,
      },
      {
        measure: 'ledger cold load and verify, realistic 60 events',
        value: spread(cold.new60),
        target: '≤ 5 ms',
        met: median(cold.new60) <= 5,
        note: `${samples} fresh processes (CPU time ${ms(cpu.new60)}); the ${mix}`,
      },
      {
        measure: 'before: cold load and verify, 10,000 / 60 events',
        value: `${ms(cold.before10k)} / ${ms(cold.before60)}`,
        note: `${samples} fresh processes each, interleaved with the rows above; conf read the file twice`,
      },
      {
        measure: 'ledger warm load and verify, 10,000 / 60 events',
        value: `${ms(warm.open10k)} / ${ms(warm.open60)}`,
        note: `${pairs} samples each in the fresh process of the append rows`,
      },
    ]
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
