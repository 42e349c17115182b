import { expect } from 'vitest'
import type { Result } from '../../../src-shared/result'
import { startCore } from './core-harness'
import type { Harness } from './core-harness'
import { profileInput, requestInput } from './onboarding-inputs'

// A refusal is a sentence for people: it starts with a capital (or a quoted name or a date), ends with a full stop, and
// bad input says nothing was kept.
export function expectRefused(result: Result<unknown>, code: string, says?: RegExp) {
  expect(result.ok).toBe(false)
  if (result.ok) return
  expect(result.error.code).toBe(code)
  if (says) expect(result.error.message).toMatch(says)
  if (code === 'bad-input') expect(result.error.message).toMatch(/nothing was (saved|changed)/i)
  expect(result.error.message).toMatch(/^[A-Z“0-9].{15,}\.$/s)
  expect(result.error.message).not.toMatch(/schema|JSON|hash|ZodError|\n\s*at /)
}

// A core with a profile and a sent request, and the emit mock cleared: later refusals must leave these bytes alone.
export async function prepared(dataDir: string): Promise<Harness> {
  const core = startCore({ dataDir })
  await core.value('profile:save', profileInput())
  await core.value('request:send', requestInput())
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
