import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { canonicalJson, verifyChain } from '../../../src-main/ledger/chain'
import { Ledger } from '../../../src-main/ledger/ledger'
import { DomainEventSchema } from '../../../src-main/registry/events'
import { appFormat } from '../support/app-format'
import { bodyFor } from './crash-child'

const TRIALS = 120
const MIN_DELAY_MS = 5
const MAX_DELAY_MS = 120
// Set CRASH_SEED to replay a failing run's kill delays.
const SEED = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31))

// mulberry32: small, seeded, good enough to spread kill times.
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

interface Killed {
  stdout: string
  stderr: string
  code: number | null
  signal: NodeJS.Signals | null
}

let work: string
let childPath: string

// Bundled once, so each trial is a plain node process that starts fast.
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'techpass-crash-'))
  childPath = join(work, 'crash-child.mjs')
  await build({
    entryPoints: [resolve('tests/unit/ledger/crash-child.ts')],
    outfile: childPath,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    logLevel: 'silent',
    // Some CommonJS dependencies call require(); an ES module bundle has to provide it.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  })
})

afterAll(async () => {
  await Promise.all([...living].map((c) => c.kill()))
  if (work) rmSync(work, { recursive: true, force: true })
})

interface Child {
  // Tells the loaded child to open dir; kills it delayMs after it says "ready".
  run(delayMs: number): Promise<Killed>
  kill(): Promise<void>
}

const living = new Set<Child>()

// Starts a child that loads its code and then waits, so node's start-up overlaps the trials before it.
function startChild(dir: string): Child {
  const proc = spawn(process.execPath, [childPath, dir, '--on-go'], { stdio: ['pipe', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  let onReady = () => {}
  proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk
    if (stdout.includes('\n')) onReady()
  })
  proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  // A child that died early closes its stdin; the close event then reports it.
  proc.stdin.on('error', () => {})
  const closed = new Promise<Killed>((done, fail) => {
    proc.on('error', fail)
    proc.on('close', (code, signal) => done({ stdout, stderr, code, signal }))
  })
  const handle: Child = {
    async run(delayMs) {
      const safety = setTimeout(() => proc.kill('SIGKILL'), 15_000)
      let timer: NodeJS.Timeout | undefined
      onReady = () => (timer ??= setTimeout(() => proc.kill('SIGKILL'), delayMs))
      proc.stdin.write('go\n')
      const killed = await closed
      clearTimeout(safety)
      clearTimeout(timer)
      living.delete(handle)
      return killed
    },
    async kill() {
      proc.kill('SIGKILL')
      await closed
      living.delete(handle)
    },
  }
  living.add(handle)
  return handle
}

// The index (1-based) of the first event whose body is not the one written as event k, or 0 when all match.
function firstMismatch(events: readonly { type: string; data: unknown }[]): number {
  const at = events.findIndex((e, i) => canonicalJson({ type: e.type, data: e.data }) !== canonicalJson(bodyFor(i + 1)))
  return at + 1
}

// The events in the file as written: the header line, then one event per whole line; a torn last line is left out.
function eventsOnDisk(dir: string): unknown[] {
  const file = join(dir, 'ledger.jsonl')
  if (!existsSync(file)) return []
  const text = readFileSync(file, 'utf8')
  const whole = text
    .slice(0, text.lastIndexOf('\n') + 1)
    .split('\n')
    .slice(1, -1)
  return whole.map((line) => JSON.parse(line) as unknown)
}

describe('a ledger writer killed with SIGKILL at random moments', () => {
  it(`loses no acknowledged event, leaves a ledger that loads and holds its chain, and keeps a prefix of what was written, ${TRIALS} times`, async () => {
    const dir = join(work, 'data')
    const random = prng(SEED)
    const written: number[] = []
    let n = 0
    let torn = 0
    const spares = [startChild(dir), startChild(dir)]
    for (let trial = 1; trial <= TRIALS; trial++) {
      const current = spares.shift()!
      spares.push(startChild(dir))
      const delay = MIN_DELAY_MS + Math.floor(random() * (MAX_DELAY_MS - MIN_DELAY_MS + 1))
      const where = `trial ${trial} of ${TRIALS}, kill after ${delay} ms, CRASH_SEED=${SEED}`
      const killed = await current.run(delay)
      expect(killed.stderr, where).toBe('')
      expect(killed.signal, `${where}: the child exited on its own with code ${killed.code}`).toBe('SIGKILL')
      // The child loaded exactly the events the previous check found, then acknowledged appends one by one.
      const [ready, ...acks] = killed.stdout.split('\n').filter((line) => line !== '')
      expect(ready, where).toBe(`ready ${n}`)
      acks.forEach((line, i) => expect(line, where).toBe(`ack ${n + i + 1}`))
      const acknowledged = n + acks.length

      expect(
        readdirSync(dir).filter((name) => name.startsWith('ledger.corrupt-')),
        where,
      ).toEqual([])
      const onDisk = eventsOnDisk(dir)
      const chain = verifyChain(onDisk, DomainEventSchema)
      expect(chain.ok ? null : chain, where).toBeNull()
      const ledger = Ledger.open(dir, new Date(), appFormat)
      expect(ledger.recovery, where).toBeNull()
      if (ledger.tornTail) torn++
      const events = ledger.all()
      expect(events.length, where).toBe(onDisk.length)
      // With or without the checkpoint (torn, stale or whole), the same record and the same state.
      const bare = mkdtempSync(join(work, 'bare-'))
      // A kill before the first write leaves no file yet: the bare copy is then empty too.
      if (existsSync(join(dir, 'ledger.jsonl'))) copyFileSync(join(dir, 'ledger.jsonl'), join(bare, 'ledger.jsonl'))
      const full = Ledger.open(bare, new Date(), appFormat, undefined, { schedule: () => {} })
      expect(full.all(), where).toEqual(events)
      expect(ledger.state, where).toEqual(full.state)
      expect(firstMismatch(events), `${where}: event bodies are not the sequence written`).toBe(0)
      expect(events.length, `${where}: the ledger lost acknowledged events`).toBeGreaterThanOrEqual(acknowledged)
      // At most the one append in flight when the kill came can be there unacknowledged.
      expect(events.length, where).toBeLessThanOrEqual(acknowledged + 1)
      written.push(events.length - n)
      n = events.length
    }
    await Promise.all(spares.map((c) => c.kill()))
    // Not vacuous: many kills landed after appends had started, not only before the first one.
    expect(written.filter((k) => k > 0).length, `CRASH_SEED=${SEED}`).toBeGreaterThanOrEqual(10)
    console.log(`crash safety: ${TRIALS} kills, ${n} events in the end, ${torn} torn last lines cut off, CRASH_SEED=${SEED}`)
  }, 180_000)
})
