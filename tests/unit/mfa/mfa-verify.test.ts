import { describe, expect, it } from 'vitest'
import type { VerifyOutcome } from '../../../src-shared/mfa-schema'
import { memoryVault } from '../../support/memory-vault'
import { expectRefused, ledgerEvents, startApp } from './mfa-harness'

describe('mfa:verify: tolerance through the dispatcher', () => {
  it.each([0, 30, -30])('accepts a code from a phone %i seconds off (one step either side)', async (offset) => {
    const app = startApp()
    const { secret } = await app.enrol()
    const outcome = await app.outcome(app.codeFor(secret, offset))
    expect(outcome.result).toBe('accepted')
    expect(outcome.driftSeconds).toBeNull()
    expect(outcome.status.verifiedAt).toBe(app.clock.now().toISOString())
    expect(outcome.status.consecutiveFailures).toBe(0)
  })

  it('a phone 3 minutes fast is refused with how far off it is and how to turn on automatic time', async () => {
    const app = startApp()
    const { secret } = await app.enrol()
    const outcome = await app.outcome(app.codeFor(secret, 180))
    expect(outcome.result).toBe('drift')
    expect(outcome.driftSeconds).toBe(180)
    expect(outcome.said).toContain('about 180 seconds fast')
    expect(outcome.said).toMatch(/Android:.*Set time automatically/)
    expect(outcome.said).toMatch(/iPhone:.*Set Automatically/)
    expect(outcome.status.verifiedAt).toBeNull()
    expect(outcome.status.consecutiveFailures).toBe(1)
    expect(ledgerEvents(app).filter((e) => e.type === 'mfa-drift-seen')).toEqual([expect.objectContaining({ data: { seconds: 180 } })])
  })

  it.each([
    [-60, 'about 60 seconds slow'],
    [60, 'about 60 seconds fast'],
    [-600, 'about 600 seconds slow'],
    [600, 'about 600 seconds fast'],
  ])('a phone %i seconds off gets the drift message "%s"', async (offset, words) => {
    const app = startApp()
    const { secret } = await app.enrol()
    const outcome = await app.outcome(app.codeFor(secret, offset))
    expect(outcome.result).toBe('drift')
    expect(outcome.driftSeconds).toBe(offset)
    expect(outcome.said).toContain(words)
    expect(outcome.said).toContain('automatic time')
    expect(ledgerEvents(app).find((e) => e.type === 'mfa-drift-seen')?.data).toEqual({ seconds: offset })
  })

  it.each([630, -630])('a phone %i seconds off (21 steps) is just a wrong code, with no drift recorded', async (offset) => {
    const app = startApp()
    const { secret } = await app.enrol()
    const outcome = await app.outcome(app.codeFor(secret, offset))
    expect(outcome.result).toBe('wrong')
    expect(outcome.driftSeconds).toBeNull()
    expect(outcome.said).toContain('TechPass PRACTICE')
    expect(ledgerEvents(app).some((e) => e.type === 'mfa-drift-seen')).toBe(false)
  })
})

describe('mfa:verify: replay refused', () => {
  it('the same code a second time is refused as replayed, also 10 seconds later in the same step', async () => {
    const app = startApp()
    const { secret } = await app.enrol()
    const code = app.codeFor(secret)
    expect((await app.outcome(code)).result).toBe('accepted')
    const again = await app.outcome(code)
    expect(again.result).toBe('replayed')
    expect(again.said).toMatch(/already used/)
    app.clock.advance(10_000)
    expect(app.codeFor(secret)).toBe(code)
    expect((await app.outcome(code)).result).toBe('replayed')
    expect(ledgerEvents(app).filter((e) => e.type === 'mfa-verified')).toHaveLength(1)
  })

  it('a code from a step before the last accepted one is refused', async () => {
    const app = startApp()
    const { secret } = await app.enrol()
    expect((await app.outcome(app.codeFor(secret, 30))).result).toBe('accepted')
    expect((await app.outcome(app.codeFor(secret))).result).toBe('replayed')
    expect((await app.outcome(app.codeFor(secret, -30))).result).toBe('replayed')
  })

  it('the next step’s code is accepted after a replay refusal', async () => {
    const app = startApp()
    const { secret } = await app.enrol()
    const code = app.codeFor(secret)
    await app.outcome(code)
    await app.outcome(code)
    app.clock.advance(30_000)
    const next = await app.outcome(app.codeFor(secret))
    expect(next.result).toBe('accepted')
    expect(next.status.consecutiveFailures).toBe(0)
  })

  it('two verifications of the same valid code started together: exactly one is accepted', async () => {
    const app = startApp()
    const { secret } = await app.enrol()
    const code = app.codeFor(secret)
    const results = await Promise.all([app.verify(code), app.verify(code), app.verify(code)])
    const kinds = results.map((r) => (r.ok ? (r.value as VerifyOutcome).result : r.error.code))
    expect(kinds.filter((k) => k === 'accepted')).toHaveLength(1)
    expect(kinds.filter((k) => k === 'replayed')).toHaveLength(2)
    expect(ledgerEvents(app).filter((e) => e.type === 'mfa-verified')).toHaveLength(1)
  })

  it('a replay survives a restart on the same folder', async () => {
    const first = startApp()
    const { secret } = await first.enrol()
    const code = first.codeFor(secret)
    expect((await first.outcome(code)).result).toBe('accepted')
    const second = startApp({ dataDir: first.dataDir, vault: first.vault, clock: first.clock })
    expect((await second.outcome(code)).result).toBe('replayed')
  })

  // The laptop's clock may be set back after a code was accepted (NTP, a time-zone fix, a relaunch with an earlier E2E_NOW).
  it('after the clock moves back 5 minutes, a code gets an answer, not an internal error', async () => {
    const app = startApp()
    const { secret } = await app.enrol()
    expect((await app.outcome(app.codeFor(secret))).result).toBe('accepted')
    app.clock.advance(-300_000)
    const result = await app.verify(app.codeFor(secret))
    expect(result.ok ? 'answered' : result.error.code).toBe('answered')
    expect(app.log).not.toHaveBeenCalled()
  })
})

describe('mfa:enrol again', () => {
  it('retires the old secret: its codes are then wrong, the new one’s are accepted', async () => {
    const app = startApp()
    const { secret: old } = await app.enrol()
    const { secret: fresh, enrolment } = await app.enrol()
    expect(fresh).not.toBe(old)
    expect(enrolment.status.verifiedAt).toBeNull()
    expect((await app.outcome(app.codeFor(old))).result).toBe('wrong')
    expect((await app.outcome(app.codeFor(fresh))).result).toBe('accepted')
  })

  it('clears the replay memory along with the old secret', async () => {
    const app = startApp()
    const { secret: old } = await app.enrol()
    expect((await app.outcome(app.codeFor(old))).result).toBe('accepted')
    const { secret } = await app.enrol()
    expect((await app.outcome(app.codeFor(secret))).result).toBe('accepted')
  })
})

describe('mfa:reveal', () => {
  it('shows the new key after enrolling again, not the retired one', async () => {
    const app = startApp()
    const { secret: old } = await app.enrol()
    const { secret } = await app.enrol()
    const shown = await app.value<{ keyGroups: string[] }>('mfa:reveal')
    expect(shown.keyGroups.join('')).toBe(secret)
    expect(shown.keyGroups.join('')).not.toBe(old)
  })

  it('before any enrolment is refused, and the message does not claim a restart lost the key', async () => {
    const app = startApp()
    const message = expectRefused(await app.call('mfa:reveal'), 'not-allowed')
    expect(message).toMatch(/Create a (new )?practice QR code/)
    expect(message).not.toMatch(/kept only until the app closed|restarted/)
  })

  // An encrypted key the vault can no longer open (e.g. the OS key store was reset) was never "in memory only".
  it('an encrypted key the vault cannot open is refused without claiming it was kept in memory', async () => {
    const first = startApp({ vault: memoryVault('encrypted') })
    await first.enrol()
    const second = startApp({ dataDir: first.dataDir, vault: memoryVault('encrypted'), clock: first.clock })
    const message = expectRefused(await second.call('mfa:reveal'), 'not-allowed')
    expect(message).toMatch(/Create a new practice QR code/)
    expect(message).not.toMatch(/kept only until the app closed/)
  })
})
