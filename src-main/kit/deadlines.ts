import { isRealDay } from '../../src-shared/day'
import type { Deadline, DeadlineState } from '../../src-shared/deadline-schema'
import { say } from '../../src-shared/message'
import { dateRefusals } from '../../src-shared/messages/refusals-onboarding'
import { AppFailure } from '../errors'

export interface DeadlineDays {
  registerDays: number
  activateDays: number
  soonDays: number
}

// Calendar days are counted as day numbers (days since 1970-01-01): a day is its YYYY-MM-DD label, so daylight saving,
// and a zone whose midnight is skipped on some day, cannot move one.
const MS_PER_DAY = 86_400_000

const dayNumber = (year: number, month: number, day: number): number => new Date(0).setUTCFullYear(year, month - 1, day) / MS_PER_DAY

const numberOf = (day: string): number => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return dayNumber(y, m, d)
}

const labelOf = (n: number): string => new Date(n * MS_PER_DAY).toISOString().slice(0, 10)

// The one thing a zone decides: on which calendar day an instant falls there. One formatter per zone, built once:
// building one is what costs (the first in a process also has V8 build its table of ICU locales, about 10 ms).
const dayFormats = new Map<string, Intl.DateTimeFormat>()

const dayFormat = (zone: string | undefined) =>
  new Intl.DateTimeFormat('en-US', { timeZone: zone, calendar: 'gregory', numberingSystem: 'latn', year: 'numeric', month: 'numeric', day: 'numeric' })

/** The system's zone; its day formatter is the one that told it, so the first snapshot builds none. */
export function localTimeZone(): string {
  const format = dayFormat(undefined)
  const zone = format.resolvedOptions().timeZone
  dayFormats.set(zone, format)
  return zone
}

function dayIn(now: Date, zone: string): number {
  let format = dayFormats.get(zone)
  if (!format) {
    format = dayFormat(zone)
    dayFormats.set(zone, format)
  }
  let year = 0
  let month = 0
  let day = 0
  for (const part of format.formatToParts(now)) {
    if (part.type === 'year') year = Number(part.value)
    else if (part.type === 'month') month = Number(part.value)
    else if (part.type === 'day') day = Number(part.value)
  }
  return dayNumber(year, month, day)
}

export const todayIn = (now: Date, zone: string): string => labelOf(dayIn(now, zone))

export function stateFor(daysLeft: number, soonDays: number): DeadlineState {
  if (daysLeft < 0) return 'expired'
  if (daysLeft === 0) return 'last-day'
  return daysLeft <= soonDays ? 'soon' : 'fine'
}

// Calendar days in the user's zone: a deadline "in 5 days" ends at the end of that local day, whatever DST does.
export function deadline(kind: Deadline['kind'], invitedOn: string, days: number, now: Date, zone: string, soonDays: number): Deadline {
  const due = numberOf(invitedOn) + days
  const daysLeft = due - dayIn(now, zone)
  return { kind, due: labelOf(due), daysLeft, state: stateFor(daysLeft, soonDays) }
}

export function computeDeadlines(invitedOn: string, now: Date, days: DeadlineDays, zone: string) {
  return {
    registerBy: deadline('register', invitedOn, days.registerDays, now, zone, days.soonDays),
    activateBy: deadline('activate', invitedOn, days.activateDays, now, zone, days.soonDays),
  }
}

// For checking typed dates: how many calendar days the day lies before today (negative: in the future).
export const daysAgo = (day: string, now: Date, zone: string): number => dayIn(now, zone) - numberOf(day)

// Which typed day it is: the words of a refusal name it.
type TypedDay = keyof typeof dateRefusals.future

// A day the user typed: real, not in the future, and within the last year.
export function pastDay(which: TypedDay, typed: string, now: Date, zone: string): string {
  const real = isRealDay(typed) && Number(typed.slice(0, 4)) >= 2000
  if (!real) throw new AppFailure('bad-input', say(dateRefusals.notReal[which]))
  const ago = daysAgo(typed, now, zone)
  if (ago < 0) throw new AppFailure('bad-input', say(dateRefusals.future[which]))
  if (ago > 366) throw new AppFailure('bad-input', say(dateRefusals.longAgo[which]))
  return typed
}
