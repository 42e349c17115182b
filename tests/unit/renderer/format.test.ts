import { formats, i18n } from '@lingui/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { humanDate, humanDayOf, humanTime, warmFormats } from '../../../src-renderer/src/format'

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

describe('warmFormats', () => {
  const real = { PluralRules: Intl.PluralRules, NumberFormat: Intl.NumberFormat, DateTimeFormat: Intl.DateTimeFormat }
  afterEach(() => {
    Object.assign(Intl, real)
    vi.useRealTimers()
  })

  it('makes the first screen formatters one a task, none in the calling task, and the first render then makes none', () => {
    vi.useFakeTimers()
    // A language no other test here formats in, so every cache is cold.
    i18n.loadAndActivate({ locale: 'fr', locales: ['fr-FR'], messages: {} })
    const made: string[] = []
    // Each Intl constructor the page uses, counted as it is called (Intl's properties are read-only to TypeScript only).
    const writable = Intl as unknown as Record<keyof typeof real, unknown>
    writable.PluralRules = class extends real.PluralRules {
      constructor(...args: ConstructorParameters<typeof Intl.PluralRules>) {
        super(...args)
        made.push('plural')
      }
    }
    writable.NumberFormat = class extends real.NumberFormat {
      constructor(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
        super(...args)
        made.push('number')
      }
    }
    writable.DateTimeFormat = class extends real.DateTimeFormat {
      constructor(...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        super(...args)
        made.push('date')
      }
    }

    warmFormats()
    expect(made).toEqual([])
    vi.advanceTimersToNextTimer()
    expect(made).toEqual(['plural'])
    vi.advanceTimersToNextTimer()
    expect(made).toEqual(['plural', 'number'])
    vi.advanceTimersToNextTimer()
    expect(made).toEqual(['plural', 'number', 'date', 'date'])
    expect(vi.getTimerCount()).toBe(0)

    // What a render then asks for is found made: Lingui's plural and number for the active language, and our dates.
    const cases = { one: 'un', other: 'autre' } as unknown as Parameters<typeof formats.plural>[3]
    expect(formats.plural(i18n.locales!, false, 2, cases)).toBe('autre')
    expect(formats.number(i18n.locales!, 1234)).toBe(new real.NumberFormat('fr-FR').format(1234))
    expect(humanDate('2026-11-27')).toBe('27 novembre 2026')
    expect(made).toHaveLength(4)
  })
})
