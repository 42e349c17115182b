import { z } from 'zod'

const DAY = /^\d{4}-\d{2}-\d{2}$/
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

// True when the text is a YYYY-MM-DD day that exists in the (proleptic Gregorian) calendar: 2028-02-29 does,
// 2026-02-30 and 2026-13-01 do not. Counted, not left to Date, which rolls 30 February over into March.
export function isRealDay(text: string): boolean {
  if (!DAY.test(text)) return false
  const [y, m, d] = text.split('-').map(Number) as [number, number, number]
  if (m < 1 || m > 12 || d < 1) return false
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
  return d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]!)
}

// A calendar day as events record it (the day an email came, an invitation expired, a thing was done).
export const CalendarDaySchema = z.string().refine(isRealDay, 'a calendar day that exists, as YYYY-MM-DD')
