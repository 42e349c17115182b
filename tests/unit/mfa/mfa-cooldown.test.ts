import { describe, expect, it } from 'vitest'
import { checkCode } from '../../../src-main/mfa/totp'
import type { App } from './mfa-harness'
import { expectRefused, folderBytes, readJson, startApp } from './mfa-harness'

// A code that matches no step within the drift window, so it is plainly 'wrong' (never by chance valid).
function wrongCode(app: App, secret: string): string {
  const now = Math.floor(app.clock.now().getTime() / 1000)
  for (let n = 0; ; n++) {
    const code = String(n).padStart(6, '0')
    if (checkCode(secret, code, now, null).kind === 'wrong') return code
  }
}

async function fail(app: App, secret: string, times: number) {
  for (let i = 0; i < times; i++) expect((await app.outcome(wrongCode(app, secret))).result).toBe('wrong')
}

// The schedule written out from the issue, not computed with the code under test.
const expectedCooldown = (failures: number) => (failures < 5 ? 0 : Math.min(30 * 2 ** (failures - 5), 3600))

describe('cooldown through the dispatcher', () => {
  it('4 wrong codes in a row do not pause; the 5th starts a 30 second cooldown', async () => {
    const app = startApp()
    const { secret } = await app.enrol()
    await fail(app, secret, 4)
    expect((await app.status()).cooldownSecondsLeft).toBe(0)
    const fifth = await app.outcome(wrongCode(app, secret))
    expect(fifth.said).toContain('wait 30 seconds')
    expect(fifth.status).toMatchObject({ consecutiveFailures: 5, cooldownSecondsLeft: 30 })
  })

  it('during the cooldown verify is refused with the seconds left, and the refusal changes nothing', async () => {
    const app = startApp()
    const { secret } = await app.enrol()
    await fail(app, secret, 5)
    app.clock.advance(12_000)
    const before = folderBytes(app.dataDir)
    const statusBefore = await app.status()
    expect(statusBefore.cooldownSecondsLeft).toBe(18)
    app.emit.mockClear()
    const message = expectRefused(await app.verify(app.codeFor(secret)), 'not-allowed')
    expect(message).toContain('Wait 18 seconds')
    expectRefused(await app.verify(wrongCode(app, secret)), 'not-allowed')
    expect(folderBytes(app.dataDir)).toEqual(before)
    expect(await app.status()).toEqual(statusBefore)
    expect(app.emit).not.toHaveBeenCalled()
  })

  it('after the cooldown a correct code is accepted and the counters reset', async () => {
    const app = startApp()
    const { secret } = await app.enrol()
    await fail(app, secret, 5)
    app.clock.advance(30_000)
    const outcome = await app.outcome(app.codeFor(secret))
    expect(outcome.result).toBe('accepted')
    expect(outcome.status).toMatchObject({ consecutiveFailures: 0, cooldownSecondsLeft: 0 })
    expect(readJson(app.mfaPath)).toMatchObject({ consecutiveFailures: 0, cooldownUntil: null })
    // Counting starts again from zero: 4 more failures bring no pause.
    app.clock.advance(30_000)
    await fail(app, secret, 4)
    expect((await app.status()).cooldownSecondsLeft).toBe(0)
  })

  it('the 6th failure in a row doubles the cooldown to 60 seconds', async () => {
    const app = startApp()
    const { secret } = await app.enrol()
    await fail(app, secret, 5)
    app.clock.advance(30_000)
    const sixth = await app.outcome(wrongCode(app, secret))
    expect(sixth.said).toContain('wait 60 seconds')
    expect(sixth.status.cooldownSecondsLeft).toBe(60)
  })

  it('drift counts as a failure towards the cooldown', async () => {
    const app = startApp()
    const { secret } = await app.enrol()
    await fail(app, secret, 4)
    const drift = await app.outcome(app.codeFor(secret, 180))
    expect(drift.result).toBe('drift')
    expect(drift.status.cooldownSecondsLeft).toBe(30)
  })

  it('enrolling again does not end a cooldown', async () => {
    const app = startApp()
    const { secret: old } = await app.enrol()
    await fail(app, old, 5)
    const { secret } = await app.enrol()
    expect((await app.status()).cooldownSecondsLeft).toBe(30)
    expectRefused(await app.verify(app.codeFor(secret)), 'not-allowed')
  })

  it('100 failures in a row follow the schedule, then switch the rehearsal off until enrol', async () => {
    const app = startApp()
    const { secret } = await app.enrol()
    for (let n = 1; n <= 100; n++) {
      app.clock.advance(((await app.status()).cooldownSecondsLeft + 1) * 1000)
      const outcome = await app.outcome(wrongCode(app, secret))
      expect(outcome.status.consecutiveFailures).toBe(n)
      expect(outcome.status.cooldownSecondsLeft).toBe(expectedCooldown(n))
      expect(outcome.status.disabled).toBe(n >= 100)
    }
    app.clock.advance(2 * 3600_000)
    const before = folderBytes(app.dataDir)
    const message = expectRefused(await app.verify(app.codeFor(secret)), 'not-allowed')
    expect(message).toMatch(/switched off after 100 wrong codes/)
    expect(message).toMatch(/Create a new practice QR code/)
    expect(folderBytes(app.dataDir)).toEqual(before)

    const { secret: fresh, enrolment } = await app.enrol()
    expect(enrolment.status).toMatchObject({ disabled: false, consecutiveFailures: 0 })
    expect((await app.outcome(app.codeFor(fresh))).result).toBe('accepted')
  })
})

describe('the lockout survives a new store instance', () => {
  it('after 5 failures a new core on the same folder still shows the cooldown and refuses', async () => {
    const first = startApp()
    const { secret } = await first.enrol()
    await fail(first, secret, 5)
    first.clock.advance(5_000)
    const second = startApp({ dataDir: first.dataDir, vault: first.vault, clock: first.clock })
    expect(await second.status()).toMatchObject({ consecutiveFailures: 5, cooldownSecondsLeft: 25, keyAvailable: true })
    const before = folderBytes(second.dataDir)
    expect(expectRefused(await second.verify(second.codeFor(secret)), 'not-allowed')).toContain('Wait 25 seconds')
    expect(folderBytes(second.dataDir)).toEqual(before)
    second.clock.advance(25_000)
    expect((await second.outcome(second.codeFor(secret))).result).toBe('accepted')
  })

  it('the failure count carries over, so the next failure after a restart doubles the cooldown', async () => {
    const first = startApp()
    const { secret } = await first.enrol()
    await fail(first, secret, 5)
    first.clock.advance(30_000)
    const second = startApp({ dataDir: first.dataDir, vault: first.vault, clock: first.clock })
    expect((await second.outcome(wrongCode(second, secret))).status.cooldownSecondsLeft).toBe(60)
  })

  it('a rehearsal switched off after 100 failures stays off after a restart', async () => {
    const first = startApp()
    const { secret } = await first.enrol()
    for (let n = 1; n <= 100; n++) {
      first.clock.advance(((await first.status()).cooldownSecondsLeft + 1) * 1000)
      await first.outcome(wrongCode(first, secret))
    }
    first.clock.advance(2 * 3600_000)
    const second = startApp({ dataDir: first.dataDir, vault: first.vault, clock: first.clock })
    expect((await second.status()).disabled).toBe(true)
    expectRefused(await second.verify(second.codeFor(secret)), 'not-allowed')
  })
})
