import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LEDGER_CHECKPOINT_FILE } from '../../../src-shared/data-files'
import { CHECKPOINT_EVERY } from '../../../src-main/ledger/checkpoint'
import { Ledger } from '../../../src-main/ledger/ledger'
import { fold } from '../support/replay'
import { appFormat } from '../support/app-format'
import { bodyFor } from './crash-child'

const now = new Date('2026-03-01T09:00:00.000Z')
const sync = { schedule: (work: () => void) => work() }
let dirs: string[] = []
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'techpass-cp-'))
  dirs.push(dir)
  return dir
}
beforeEach(() => (dirs = []))
afterEach(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

const open = (dir: string) => Ledger.open(dir, now, appFormat, undefined, sync)
function written(dir: string, n: number, from = 1) {
  const ledger = open(dir)
  for (let k = from; k < from + n; k++) ledger.append(bodyFor(k), new Date(now.getTime() + k * 1000))
  return ledger
}
const checkpointOf = (dir: string) => JSON.parse(readFileSync(join(dir, LEDGER_CHECKPOINT_FILE), 'utf8')) as { offset: number; count: number }
// What a start without any checkpoint gives: the reference every start must equal.
function fullOpen(dir: string) {
  const copy = fresh()
  copyFileSync(join(dir, 'ledger.jsonl'), join(copy, 'ledger.jsonl'))
  return Ledger.open(copy, now, appFormat, undefined, { schedule: () => {} })
}
function expectSameAsFull(ledger: ReturnType<typeof open>, dir: string, full = fullOpen(dir)) {
  expect(ledger.recovery?.reason).toEqual(full.recovery?.reason)
  expect(ledger.count).toBe(full.count)
  expect(ledger.last()).toEqual(full.last())
  expect(ledger.state).toEqual(full.state)
  expect(ledger.state).toEqual(fold(full.all()))
  expect(ledger.all()).toEqual(full.all())
}

describe('the ledger checkpoint', () => {
  it('is written every CHECKPOINT_EVERY events, owner-only, and a start trusts it: the lines before it are not read', () => {
    const dir = fresh()
    written(dir, CHECKPOINT_EVERY + 5)
    const cp = checkpointOf(dir)
    expect(cp.count).toBe(CHECKPOINT_EVERY)
    if (process.platform !== 'win32') expect(statSync(join(dir, LEDGER_CHECKPOINT_FILE)).mode & 0o777).toBe(0o600)
    const ledger = open(dir)
    expect((ledger as unknown as { unread: unknown }).unread).not.toBeNull()
    expectSameAsFull(ledger, dir)
    ledger.append(bodyFor(CHECKPOINT_EVERY + 6), now)
    expect(ledger.count).toBe(CHECKPOINT_EVERY + 6)
  })

  const refusals: Array<[string, (dir: string, other: string) => void]> = [
    [
      'a byte before its offset changed',
      (dir) => {
        const file = join(dir, 'ledger.jsonl')
        const text = readFileSync(file, 'utf8')
        writeFileSync(file, text.replace('"on":null', '"on":nul1'))
      },
    ],
    ['the ledger was truncated below its offset', (dir) => truncateSync(join(dir, 'ledger.jsonl'), checkpointOf(dir).offset - 10)],
    ['it was copied from another ledger', (dir, other) => copyFileSync(join(other, LEDGER_CHECKPOINT_FILE), join(dir, LEDGER_CHECKPOINT_FILE))],
    ['it is not JSON', (dir) => writeFileSync(join(dir, LEDGER_CHECKPOINT_FILE), '{"checkpointFormat":1,')],
    [
      'it is of another format version',
      (dir) => {
        const cp = checkpointOf(dir)
        writeFileSync(join(dir, LEDGER_CHECKPOINT_FILE), JSON.stringify({ ...cp, checkpointFormat: 2 }))
      },
    ],
    [
      'its state is not in the shape zod expects',
      (dir) => {
        const cp = checkpointOf(dir) as unknown as { state: { checklist: unknown } }
        writeFileSync(join(dir, LEDGER_CHECKPOINT_FILE), JSON.stringify({ ...cp, state: { ...cp.state, checklist: { confirmed: 3 } } }))
      },
    ],
  ]
  it.each(refusals)('is ignored when %s: the start equals a full check, and a fresh checkpoint is written', (_what, spoil) => {
    const dir = fresh()
    const other = fresh()
    written(dir, CHECKPOINT_EVERY + 3)
    written(other, CHECKPOINT_EVERY + 3, 7)
    spoil(dir, other)
    const full = fullOpen(dir)
    const ledger = open(dir)
    expect((ledger as unknown as { unread: unknown }).unread).toBeNull()
    expectSameAsFull(ledger, dir, full)
    if (!ledger.recovery) {
      // Rewritten from the full check, and trusted on the next start.
      expect(checkpointOf(dir).count).toBe(ledger.count)
      const again = open(dir)
      expect(again.count).toBe(ledger.count)
      expect((again as unknown as { unread: unknown }).unread).not.toBeNull()
      expectSameAsFull(again, dir)
    } else expect(existsSync(join(dir, LEDGER_CHECKPOINT_FILE))).toBe(false)
  })

  it('is removed by Start over, and the new ledger never trusts the archive’s', () => {
    const dir = fresh()
    const ledger = written(dir, CHECKPOINT_EVERY + 1)
    ledger.startOver(now)
    expect(existsSync(join(dir, LEDGER_CHECKPOINT_FILE))).toBe(false)
    expect(ledger.state).toEqual(fold(ledger.all()))
    expectSameAsFull(open(dir), dir)
  })

  it('gives exactly the state of a full fold, for any events and any checkpoint point', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 3 * CHECKPOINT_EVERY }), fc.nat(), (ks, cut) => {
        const dir = fresh()
        const ledger = open(dir)
        ks.forEach((k, i) => {
          ledger.append(bodyFor(k), new Date(now.getTime() + i))
          if (i === cut % ks.length) ledger.saveCheckpoint()
        })
        expectSameAsFull(open(dir), dir)
        rmSync(dir, { recursive: true, force: true })
      }),
      { numRuns: 25 },
    )
  })
})
