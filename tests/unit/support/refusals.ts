import { expect } from 'vitest'
import { MSG_ID } from '../../../src-shared/message'
import type { Result } from '../../../src-shared/result'
import { english } from '../../support/english'
import { realGuide } from './guide'
import { startCore } from './core-harness'
import type { Harness } from './core-harness'
import { profileInput, requestInput } from './onboarding-inputs'

let shipped: ReturnType<typeof realGuide> | null = null
const guide = () => (shipped ??= realGuide())

// A refusal is a message id with values; said in English it is a sentence for people: it starts with a capital (or a
// quoted name), ends with a full stop, and bad input says nothing was kept.
export function expectRefused(result: Result<unknown>, code: string, says?: RegExp) {
  expect(result.ok).toBe(false)
  if (result.ok) return
  expect(result.error.code).toBe(code)
  expect(result.error.message.id).toMatch(MSG_ID)
  const text = english(result.error.message, guide())
  if (says) expect(text).toMatch(says)
  if (code === 'bad-input') expect(text).toMatch(/nothing was (saved|changed)/i)
  expect(text).toMatch(/^[A-Z“0-9].{15,}\.$/s)
  expect(text).not.toMatch(/schema|JSON|hash|ZodError|\n\s*at /)
}

// A core with a profile and a sent request, and the emit mock cleared: later refusals must leave these bytes alone.
export async function prepared(dataDir: string): Promise<Harness> {
  const core = startCore({ dataDir })
  await core.act('profile:save', profileInput())
  await core.act('request:send', requestInput())
  core.emit.mockClear()
  return core
}

// Runs a call that must be refused, and checks the ledger bytes, the push events and the event count did not change.
export async function expectUnchanged(h: Harness, run: () => Promise<Result<unknown>>, code: string, says?: RegExp) {
  const before = h.ledgerBytes()
  const count = h.emit.mock.calls.length
  expectRefused(await run(), code, says)
  const after = h.ledgerBytes()
  expect(after === null ? null : Buffer.from(after)).toEqual(before === null ? null : Buffer.from(before))
  expect(h.emit.mock.calls.length).toBe(count)
}
