import { i18n } from '@lingui/core'

// One human format for dates everywhere on screen, in the language on screen (see i18n/catalogs.ts).
type Formats = { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat }
const cache = new Map<string, Formats>()
// English dates as Singapore writes them (4 December 2026), before any language is active.
const FALLBACK_TAG = 'en-GB'

// The tag Intl formats with: the one the active language was loaded with.
export function intlLocale(): string {
  const tags = i18n.locales
  return (Array.isArray(tags) ? tags[0] : tags) ?? FALLBACK_TAG
}

function formatsFor(given?: string): Formats {
  const locale = given ?? intlLocale()
  const key = locale
  let found = cache.get(key)
  if (!found) {
    found = {
      day: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }),
      time: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' }),
    }
    cache.set(key, found)
  }
  return found
}

// A real calendar day, so "2026-02-30" is never shown as 2 March.
function localDate(y: number, m: number, d: number, h = 0, min = 0): Date | null {
  const date = new Date(y, m - 1, d, h, min)
  const real = y >= 2000 && y <= 2200 && date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d && h < 24 && min < 60
  return real ? date : null
}

// A calendar day (YYYY-MM-DD) as people write it; it is not moved by time zones.
export function humanDate(day: string, locale?: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const date = localDate(y, m, d)
  return date ? formatsFor(locale).day.format(date) : day
}

// A moment (ISO time) in the user's time zone.
export function humanTime(iso: string, locale?: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : formatsFor(locale).time.format(date)
}

// The day of a moment (ISO time), for quiet badges such as "verified on 23 November 2026".
export function humanDayOf(iso: string, locale?: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : formatsFor(locale).day.format(date)
}
