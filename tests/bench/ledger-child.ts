// One fresh process of the ledger bench: `node ledger-child.mjs <task> <dirs...>`; prints one line of JSON.
import { performance } from 'node:perf_hooks'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { LEDGER_CHECKPOINT_FILE } from '../../src-shared/data-files'
import { systemClock } from '../../src-main/config/clock'
import { DEFAULT_SETTINGS } from '../../src-main/config/settings'
import { loadGuide } from '../../src-main/guide/load-guide'
import { Ledger } from '../../src-main/ledger/ledger'
import { loadPolicies } from '../../src-main/policies/load-policies'
import type { DomainBody } from '../../src-main/registry/events'
import { createRecord } from '../../src-main/registry/record'
import type { SnapshotContext } from '../../src-main/registry/snapshot'
import { openBefore } from './before-ledger'

import { appFormat as format } from '../unit/support/app-format'
const openNew = (dir: string) => Ledger.open(dir, new Date(), format)

// The first open in this process: nothing of the ledger's code has run yet, only the modules are loaded. A load is what
// the app does before it can answer `ledger:snapshot`: read and verify the file (or only what follows a trusted
// checkpoint), fold the events into the state, and build the first snapshot from it.
// CPU time beside wall time: on a shared machine the wall clock also counts time other processes took.
function cold(kind: string, dir: string): { ms: number; open: number; snapshot: number; cpu: number; events: number } {
  const ctx = context()
  const cpuStart = process.cpuUsage()
  const start = performance.now()
  let events: number
  let opened: number
  if (kind === 'new') {
    const record = createRecord(openNew(dir), { ...ctx, clock: systemClock, notify: () => {} })
    opened = performance.now()
    events = record.snapshot().eventCount
  } else {
    const before = openBefore(dir)
    opened = performance.now()
    events = before.snapshot(new Date(), ctx).eventCount
  }
  const end = performance.now()
  const { user, system } = process.cpuUsage(cpuStart)
  return { ms: end - start, open: opened - start, snapshot: end - opened, cpu: (user + system) / 1000, events }
}

// What the app's first start does to a ledger it has not checkpointed: open it, then let the checkpoint it schedules
// after the current task be written. The bench checks that it was.
async function firstStart(dir: string): Promise<{ checkpointed: boolean }> {
  openNew(dir)
  await new Promise((done) => setTimeout(done, 50))
  return { checkpointed: existsSync(join(dir, LEDGER_CHECKPOINT_FILE)) }
}

function context(): SnapshotContext {
  const guide = loadGuide(resolve('resources'))
  if (!guide.ok) throw new Error(guide.error.message.id)
  const policies = loadPolicies(resolve('resources/policies')).policies.map(({ id, title, version, sha256 }) => ({ id, title, version, sha256 }))
  return { guide: guide.value, settings: DEFAULT_SETTINGS, timeZone: 'Asia/Singapore', policies }
}

const time = (fn: () => unknown) => {
  const start = performance.now()
  fn()
  return performance.now() - start
}

// Appends with the snapshot rebuild every commit does, at 10 and at 10,000 events, in interleaved pairs; then
// opens already warm. The same for the store as it was before, in the same process.
function warm(dirs: string[], pairs: number) {
  const [small, large, beforeSmall, beforeLarge, read60, read10k] = dirs as [string, string, string, string, string, string]
  const ctx = context()
  const record = (dir: string) => createRecord(openNew(dir), { ...ctx, clock: systemClock, notify: () => {} })
  const bodies = openNew(read60)
    .all()
    .map(({ type, data }) => ({ type, data }) as DomainBody)
  const subjects = {
    append10: record(small),
    append10k: record(large),
  }
  const before = { before10: openBefore(beforeSmall), before10k: openBefore(beforeLarge) }
  const out: Record<string, number[]> = { append10: [], append10k: [], before10: [], before10k: [], open60: [], open10k: [] }
  let n = 0
  const body = () => bodies[n++ % bodies.length]!
  for (let round = -3; round < pairs; round++) {
    const keep = round >= 0
    for (const [name, r] of Object.entries(subjects)) {
      const ms = time(() => r.commit(body()))
      if (keep) out[name]!.push(ms)
    }
    for (const [name, b] of Object.entries(before)) {
      const ms = time(() => b.commit(body(), new Date(), ctx))
      if (keep) out[name]!.push(ms)
    }
    const open60 = time(() => record(read60).snapshot())
    const open10k = time(() => record(read10k).snapshot())
    if (keep) out.open60!.push(open60)
    if (keep) out.open10k!.push(open10k)
  }
  return { ...out, sizes: { small: subjects.append10.events().length, large: subjects.append10k.events().length } }
}

const [task, ...args] = process.argv.slice(2)
if (task === 'cold') console.log(JSON.stringify(cold(args[0]!, args[1]!)))
else if (task === 'first-start') console.log(JSON.stringify(await firstStart(args[0]!)))
else if (task === 'warm') console.log(JSON.stringify(warm(args.slice(0, 6), Number(args[6]))))
else throw new Error(`unknown task ${task}`)
