import { TZDate, tz } from '@date-fns/tz'
// By subpath: the package index loads all of date-fns's modules.
import { addDays } from 'date-fns/addDays'
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { format } from 'date-fns/format'
import type { Deadline, DeadlineState } from '../../src-shared/deadline-schema'
import { say } from '../../src-shared/message'
import { dateRefusals } from '../../src-shared/messages/refusals-onboarding'
import { AppFailure } from '../errors'

export interface DeadlineDays {
  registerDays: number
  activateDays: number
  soonDays: number
}

export const localTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone

// Midnight at the start of a YYYY-MM-DD day in the given zone.
const dayStart = (day: string, zone: string): TZDate => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new TZDate(y, m - 1, d, zone)
}

export const todayIn = (now: Date, zone: string): string => format(now, 'yyyy-MM-dd', { in: tz(zone) })

export function stateFor(daysLeft: number, soonDays: number): DeadlineState {
  if (daysLeft < 0) return 'expired'
  if (daysLeft === 0) return 'last-day'
  return daysLeft <= soonDays ? 'soon' : 'fine'
}

// Calendar days in the user's zone: a deadline "in 5 days" ends at the end of that local day, whatever DST does.
export function deadline(kind: Deadline['kind'], invitedOn: string, days: number, now: Date, zone: string, soonDays: number): Deadline {
  const ctx = { in: tz(zone) }
  const due = addDays(dayStart(invitedOn, zone), days, ctx)
  const daysLeft = differenceInCalendarDays(due, now, ctx)
  return { kind, due: format(due, 'yyyy-MM-dd', ctx), daysLeft, state: stateFor(daysLeft, soonDays) }
}

export function computeDeadlines(invitedOn: string, now: Date, days: DeadlineDays, zone: string) {
  return {
    registerBy: deadline('register', invitedOn, days.registerDays, now, zone, days.soonDays),
    activateBy: deadline('activate', invitedOn, days.activateDays, now, zone, days.soonDays),
  }
}

// For checking typed dates: how many calendar days the day lies before today (negative: in the future).
export const daysAgo = (day: string, now: Date, zone: string): number => differenceInCalendarDays(now, dayStart(day, zone), { in: tz(zone) })

// Which typed day it is: the words of a refusal name it.
export type TypedDay = keyof typeof dateRefusals.future

const REAL_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

// A day the user typed: real, not in the future, and within the last year.
export function pastDay(which: TypedDay, typed: string, now: Date, zone: string): string {
  const parts = REAL_DAY.exec(typed)
  const [y, m, d] = parts ? parts.slice(1).map(Number) : [0, 0, 0]
  const date = new Date(Date.UTC(y!, m! - 1, d!))
  const real = parts !== null && y! >= 2000 && date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d
  if (!real) throw new AppFailure('bad-input', say(dateRefusals.notReal[which]))
  const ago = daysAgo(typed, now, zone)
  if (ago < 0) throw new AppFailure('bad-input', say(dateRefusals.future[which]))
  if (ago > 366) throw new AppFailure('bad-input', say(dateRefusals.longAgo[which]))
  return typed
}
