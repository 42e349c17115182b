import { describe, expect, it } from 'vitest'
import { humanDate, humanDayOf, humanText, humanTime } from '../../../src-renderer/src/format'

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

describe('humanText: main’s sentences in the one human format', () => {
  it('rewrites every day and local time in a sentence, and nothing else', () => {
    expect(humanText('Your registration link stopped working after 2026-11-27. Request a new invitation first.', 'en-GB')).toBe(
      'Your registration link stopped working after 27 November 2026. Request a new invitation first.',
    )
    expect(humanText('Request sent on 2026-11-23 10:05; registration email received on 2026-11-22', 'en-GB')).toMatch(
      /^Request sent on 23 November 2026(,| at) 10:05; registration email received on 22 November 2026$/,
    )
  })

  it('keeps codes, fingerprints and impossible dates untouched', () => {
    for (const text of ['Status code TP-800-G', 'text fingerprint 2026a1b2c3d4', 'version 1.10', 'on 2026-02-30', 'at 2026-11-27 25:00']) {
      expect(humanText(text, 'en-GB')).toBe(text)
    }
  })
})
