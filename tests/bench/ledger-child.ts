// One fresh process of the ledger bench: `node ledger-child.mjs <task> <dirs...>`; prints one line of JSON.
import { performance } from 'node:perf_hooks'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { LEDGER_CHECKPOINT_FILE } from '../../src-shared/data-files'
import { fixedClock, systemClock } from '../../src-main/config/clock'
import type { Clock } from '../../src-main/config/clock'
import { createCore } from '../../src-main/core'
import { DEFAULT_SETTINGS } from '../../src-main/config/settings'
import { loadGuide } from '../../src-main/guide/load-guide'
import { openConfStore } from '../../src-main/storage/conf-store'
import { Ledger } from '../../src-main/ledger/ledger'
import { loadPolicies } from '../../src-main/policies/load-policies'
import { localTimeZone } from '../../src-main/kit/deadlines'
import type { DomainBody } from '../../src-main/kit/events'
import { createRecord } from '../../src-main/registry/record'
import type { SnapshotContext } from '../../src-main/registry/snapshot'
import type { Head } from '../../src-shared/contract'
import type { Snapshot } from '../../src-shared/snapshot-schema'
import { recordingPorts } from '../unit/support/ports'
import { openBefore } from './before-ledger'

import { appFormat as format } from '../unit/support/app-format'
const openNew = (dir: string) => Ledger.open(dir, new Date(), format)

// The first open in this process: nothing of the ledger's code has run yet, only the modules are loaded. A load is what
// the app does before it can answer `ledger:snapshot`: read and verify the file (or only what follows a trusted
// checkpoint), fold the events into the state, and build the first snapshot from it.
// Before it the system's zone is read: the process's first Intl use, for which V8 builds its table of ICU locales. It is
// timed on its own (`zone`), not in the span: the app pays it once per process whatever it opens, right after the window
// is created, while the page loads (src-main/index.ts builds the first snapshot then). The snapshot here stays in Singapore's zone.
// CPU time beside wall time: on a shared machine the wall clock also counts time other processes took.
function cold(kind: string, dir: string): { ms: number; open: number; snapshot: number; cpu: number; events: number; zone: number } {
  const ctx = context()
  const zone = time(() => localTimeZone())
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
  return { ms: end - start, open: opened - start, snapshot: end - opened, cpu: (user + system) / 1000, events, zone }
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

// One app core over a data folder, built as the app and the e2e harness build it. Each push goes through the core's
// contract check (checkedEmit) and is then copied with structuredClone, as Electron's IPC copies it to the page.
function ipcCore(dataDir: string, clock: Clock) {
  const pushes = { count: 0, last: null as Snapshot | null }
  const core = createCore({
    info: { name: 'TechPass Onboarding Assistant', version: '0.0.0-bench', dataDir, isPackaged: false, mode: 'browser-harness' },
    resourcesDir: resolve('resources'),
    openStore: openConfStore,
    clock,
    ports: recordingPorts().ports,
    emit: (event, payload) => {
      const copy = structuredClone(payload)
      if (event === 'ledger:changed') {
        pushes.count++
        pushes.last = copy as Snapshot
      }
    },
    timeZone: 'Asia/Singapore',
  })
  if (!core.record.ok) throw new Error(core.record.error.message.id)
  return { dispatch: core.dispatcher(() => true), pushes, record: core.record.value }
}

const trusted = { contentsId: 1, isMainFrame: true, frameUrl: 'app://techpass/index.html' }
// The item each command ticks or unticks: whichever it is, `checklist:confirm` appends one event.
const ROLE = 'sign-in'
const ITEM = 'open-portal'

// One `checklist:confirm` over IPC, timed from the call to the reply copied as IPC copies it; the push (checked and
// copied inside the span) must have carried the new snapshot, one event longer.
async function confirmOverIpc(subject: ReturnType<typeof ipcCore>, clock: ReturnType<typeof fixedClock>): Promise<{ ms: number; cpu: number }> {
  const before = subject.record.head().eventCount
  const pushed = subject.pushes.count
  const item = subject.record
    .snapshot()
    .sections.find((s) => s.role === ROLE)
    ?.items.find((i) => i.id === ITEM)
  if (!item || item.blockedBy || item.needsDate) throw new Error(`${ROLE}/${ITEM} cannot be ticked here`)
  clock.advance(1000)
  const cpuStart = process.cpuUsage()
  const start = performance.now()
  const reply = structuredClone(await subject.dispatch('checklist:confirm', { role: ROLE, item: ITEM, done: !item.done }, trusted))
  const ms = performance.now() - start
  const { user, system } = process.cpuUsage(cpuStart)
  if (!reply.ok) throw new Error(`checklist:confirm: ${reply.error.message.id}`)
  const head = reply.value as Head
  if (head.eventCount !== before + 1 || subject.pushes.count !== pushed + 1 || subject.pushes.last?.eventCount !== head.eventCount) {
    throw new Error('a command did not append one event and push its snapshot once')
  }
  return { ms, cpu: (user + system) / 1000 }
}

// Appends over IPC at 10 and at 10,000 events, in interleaved pairs, each its own task (as IPC calls arrive), so a
// checkpoint the ledger schedules is written between them, as in the app; then the store as it was, and opens
// already warm, in the same process.
async function warm(dirs: string[], pairs: number) {
  const [small, large, beforeSmall, beforeLarge, read60, read10k] = dirs as [string, string, string, string, string, string]
  const ctx = context()
  const record = (dir: string) => createRecord(openNew(dir), { ...ctx, clock: systemClock, notify: () => {} })
  const bodies = openNew(read60)
    .all()
    .map(({ type, data }) => ({ type, data }) as DomainBody)
  // After the last event of either ledger.
  const clock = fixedClock(new Date('2026-11-28T02:00:00Z'))
  const subjects = { append10: ipcCore(small, clock), append10k: ipcCore(large, clock) }
  const before = { before10: openBefore(beforeSmall), before10k: openBefore(beforeLarge) }
  const out: Record<string, number[]> = { append10: [], append10k: [], cpu10: [], cpu10k: [], before10: [], before10k: [], open60: [], open10k: [] }
  const cpuOf = { append10: 'cpu10', append10k: 'cpu10k' } as const
  let n = 0
  const body = () => bodies[n++ % bodies.length]!
  const nextTask = () => new Promise((done) => setImmediate(done))
  for (let round = -3; round < pairs; round++) {
    const order = round % 2 ? (['append10k', 'append10'] as const) : (['append10', 'append10k'] as const)
    for (const name of order) {
      await nextTask()
      const { ms, cpu } = await confirmOverIpc(subjects[name], clock)
      if (round >= 0) out[name]!.push(ms)
      if (round >= 0) out[cpuOf[name]]!.push(cpu)
    }
  }
  // The store as it was, and warm opens, after the appends: the garbage they leave falls outside the rows above.
  for (let round = -3; round < Math.min(pairs, 20); round++) {
    const keep = round >= 0
    for (const [name, b] of Object.entries(before)) {
      const ms = time(() => b.commit(body(), new Date(), ctx))
      if (keep) out[name]!.push(ms)
    }
    const open60 = time(() => record(read60).snapshot())
    const open10k = time(() => record(read10k).snapshot())
    if (keep) out.open60!.push(open60)
    if (keep) out.open10k!.push(open10k)
  }
  const size = (s: ReturnType<typeof ipcCore>) => ({ events: s.record.head().eventCount, pushBytes: JSON.stringify(s.pushes.last).length })
  return { ...out, sizes: { small: size(subjects.append10), large: size(subjects.append10k) } }
}

const [task, ...args] = process.argv.slice(2)
if (task === 'cold') console.log(JSON.stringify(cold(args[0]!, args[1]!)))
else if (task === 'first-start') console.log(JSON.stringify(await firstStart(args[0]!)))
else if (task === 'warm') console.log(JSON.stringify(await warm(args.slice(0, 6), Number(args[6]))))
else throw new Error(`unknown task ${task}`)
