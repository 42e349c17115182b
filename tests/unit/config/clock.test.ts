import { describe, expect, it } from 'vitest'
import { clockFromEnv, fixedClock, systemClock } from '../../../src-main/config/clock'

const BASE = new Date('2025-01-01T00:00:00.000Z')

describe('fixedClock', () => {
  it('stays put until set or advanced, and hands out copies', () => {
    const clock = fixedClock(BASE)
    const first = clock.now()
    first.setFullYear(1999)
    expect(clock.now().toISOString()).toBe(BASE.toISOString())
    clock.advance(1500)
    expect(clock.now().toISOString()).toBe('2025-01-01T00:00:01.500Z')
    clock.set(new Date('2030-06-01T12:00:00.000Z'))
    expect(clock.now().toISOString()).toBe('2030-06-01T12:00:00.000Z')
  })
})

describe('clockFromEnv', () => {
  it('starts at the given ISO date and runs on with the base clock', () => {
    const base = fixedClock(BASE)
    const clock = clockFromEnv('2026-02-03T04:05:06.000Z', base)
    expect(clock.now().toISOString()).toBe('2026-02-03T04:05:06.000Z')
    base.advance(90_000)
    expect(clock.now().toISOString()).toBe('2026-02-03T04:06:36.000Z')
  })

  it('honours a date with an offset', () => {
    const clock = clockFromEnv('2026-02-03T12:00:00+08:00', fixedClock(BASE))
    expect(clock.now().toISOString()).toBe('2026-02-03T04:00:00.000Z')
  })

  it.each([[undefined], [''], ['garbage'], ['2026-13-45T99:00:00Z']])('ignores %j and returns the base clock', (value) => {
    const base = fixedClock(BASE)
    expect(clockFromEnv(value, base)).toBe(base)
  })

  // Date.parse in V8 falls back to a lenient legacy parser, so these are not rejected today.
  it('ignores non-ISO text that merely contains a number', () => {
    const base = fixedClock(BASE)
    for (const value of ['not-a-date-2026', 'x 1', 'now 12']) expect(clockFromEnv(value, base), value).toBe(base)
  })

  it('defaults to the system clock', () => {
    expect(clockFromEnv(undefined)).toBe(systemClock)
    expect(Math.abs(systemClock.now().getTime() - Date.now())).toBeLessThan(60_000)
  })
})
