import { describe, expect, it } from 'vitest'
import { humanDate, humanDayOf, humanTime } from '../../../src-renderer/src/format'

describe('humanDate', () => {
  it.each([
    ['en-GB', '2026-11-27', '27 November 2026'],
    ['en-US', '2026-11-27', 'November 27, 2026'],
    ['en-GB', '2026-01-05', '5 January 2026'],
  ])('in %s writes %s as %s', (locale, day, human) => {
    expect(humanDate(day, locale)).toBe(human)
  })

  it('leaves what is not a real day as it was', () => {
    for (const day of ['2026-02-30', 'soon', '', '2026-13-01']) expect(humanDate(day, 'en-GB')).toBe(day)
  })
})

describe('humanTime', () => {
  it('writes a moment with its time in the same format as days', () => {
    expect(humanTime(new Date(2026, 10, 23, 10, 0).toISOString(), 'en-GB')).toMatch(/^23 November 2026(,| at) 10:00$/)
  })
})

describe('humanDayOf', () => {
  it('writes the day of a moment, without the time', () => {
    expect(humanDayOf(new Date(2026, 10, 23, 10, 0).toISOString(), 'en-GB')).toBe('23 November 2026')
    expect(humanDayOf('not a time', 'en-GB')).toBe('not a time')
  })
})
