import { describe, expect, it } from 'vitest'
import { COOLDOWN_AFTER, cooldownSeconds, DISABLE_AFTER } from '../../../src-main/mfa/throttle'

describe('cooldownSeconds', () => {
  it('is 0 for up to 4 failures in a row', () => {
    expect([0, 1, 2, 3, 4].map(cooldownSeconds)).toEqual([0, 0, 0, 0, 0])
  })

  it('starts at 30 s on the 5th failure and doubles with each further one', () => {
    expect([5, 6, 7, 8, 9, 10, 11].map(cooldownSeconds)).toEqual([30, 60, 120, 240, 480, 960, 1920])
  })

  it('is capped at one hour', () => {
    expect(cooldownSeconds(12)).toBe(3600)
    expect(cooldownSeconds(13)).toBe(3600)
    expect(cooldownSeconds(50)).toBe(3600)
    expect(cooldownSeconds(99)).toBe(3600)
    expect(cooldownSeconds(DISABLE_AFTER)).toBe(3600)
    expect(cooldownSeconds(10_000)).toBe(3600)
  })

  it('never decreases as failures add up', () => {
    for (let n = 1; n <= 200; n++) expect(cooldownSeconds(n)).toBeGreaterThanOrEqual(cooldownSeconds(n - 1))
  })

  it('uses the thresholds from the issue', () => {
    expect(COOLDOWN_AFTER).toBe(5)
    expect(DISABLE_AFTER).toBe(100)
  })
})
