import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../../../src-main/config/settings'
import { computeDeadlines, daysAgo, deadline, localTimeZone, stateFor, todayIn } from '../../../src-main/kit/deadlines'

const DAYS = DEFAULT_SETTINGS.deadlines
const at = (iso: string) => new Date(iso)
const register = (invitedOn: string, iso: string, zone: string) => deadline('register', invitedOn, DAYS.registerDays, at(iso), zone, DAYS.soonDays)

describe('stateFor', () => {
  it.each([
    [30, 'fine'],
    [3, 'fine'],
    [2, 'soon'],
    [1, 'soon'],
    [0, 'last-day'],
    [-1, 'expired'],
    [-30, 'expired'],
  ] as const)('%i days left is %s', (daysLeft, state) => {
    expect(stateFor(daysLeft, 2)).toBe(state)
  })

  it('takes "soon" from the setting', () => {
    expect(stateFor(3, 3)).toBe('soon')
    expect(stateFor(2, 1)).toBe('fine')
  })

  it('uses 5 days to register, 30 to activate and 2 for "soon" by default (R4, R5, R16)', () => {
    expect(DAYS).toEqual({ registerDays: 5, activateDays: 30, soonDays: 2 })
  })
})

// Invited on 2026-11-20, so registration is due on 2026-11-25; the instants are one minute either side of local midnight.
const edges = (zone: string, offset: string): [string, string, number, string][] =>
  [
    ['the evening before', `2026-11-21T23:59:00${offset}`, 4, 'fine'],
    ['three days before, just after midnight', `2026-11-22T00:01:00${offset}`, 3, 'fine'],
    ['three days before, just before midnight', `2026-11-22T23:59:00${offset}`, 3, 'fine'],
    ['two days before, just after midnight', `2026-11-23T00:01:00${offset}`, 2, 'soon'],
    ['the day before, just after midnight', `2026-11-24T00:01:00${offset}`, 1, 'soon'],
    ['the day before, just before midnight', `2026-11-24T23:59:00${offset}`, 1, 'soon'],
    ['the last day, just after midnight', `2026-11-25T00:01:00${offset}`, 0, 'last-day'],
    ['the last day, just before midnight', `2026-11-25T23:59:00${offset}`, 0, 'last-day'],
    ['the day after, just after midnight', `2026-11-26T00:01:00${offset}`, -1, 'expired'],
  ].map(([name, iso, days, state]) => [`${zone}: ${name}`, iso as string, days as number, state as string])

describe('deadline: states exactly at their edges', () => {
  it.each([...edges('Asia/Singapore', '+08:00'), ...edges('America/Los_Angeles', '-08:00'), ...edges('UTC', 'Z')])('%s', (name, iso, daysLeft, state) => {
    const zone = name.split(':')[0]!
    expect(register('2026-11-20', iso, zone)).toEqual({ kind: 'register', due: '2026-11-25', daysLeft, state })
  })

  it('counts the days in the user zone, not in UTC', () => {
    // 2026-11-24T17:00Z is already 25 November in Singapore but still 24 November in Los Angeles.
    expect(register('2026-11-20', '2026-11-24T17:00:00Z', 'Asia/Singapore')).toMatchObject({ daysLeft: 0, state: 'last-day' })
    expect(register('2026-11-20', '2026-11-24T17:00:00Z', 'America/Los_Angeles')).toMatchObject({ daysLeft: 1, state: 'soon' })
    expect(register('2026-11-20', '2026-11-24T17:00:00Z', 'UTC')).toMatchObject({ daysLeft: 1, state: 'soon' })
  })
})

describe('computeDeadlines across a daylight-saving change', () => {
  it.each([
    ['America/New_York, spring forward', 'America/New_York', '2026-03-06', '2026-03-11', '2026-04-05'],
    ['America/New_York, invited on the day of the change', 'America/New_York', '2026-03-08', '2026-03-13', '2026-04-07'],
    ['America/New_York, fall back', 'America/New_York', '2026-10-30', '2026-11-04', '2026-11-29'],
    ['Europe/London, spring forward', 'Europe/London', '2026-03-27', '2026-04-01', '2026-04-26'],
    ['Europe/London, fall back', 'Europe/London', '2026-10-23', '2026-10-28', '2026-11-22'],
    ['Asia/Singapore, no change, across a month end', 'Asia/Singapore', '2026-01-28', '2026-02-02', '2026-02-27'],
  ])('%s: exactly 5 and 30 calendar days', (_name, zone, invitedOn, registerBy, activateBy) => {
    const result = computeDeadlines(invitedOn, at(`${invitedOn}T12:00:00Z`), DAYS, zone)
    expect(result.registerBy).toMatchObject({ kind: 'register', due: registerBy, daysLeft: 5 })
    expect(result.activateBy).toMatchObject({ kind: 'activate', due: activateBy, daysLeft: 30 })
  })

  it.each([
    // New York: EST (-05:00) until 2026-03-08 02:00, EDT (-04:00) after. Register-by 2026-03-11.
    ['the night before the change', '2026-03-07T23:59:00-05:00', 4],
    ['just after midnight on the day of the change', '2026-03-08T00:01:00-05:00', 3],
    ['just before midnight on the day of the change', '2026-03-08T23:59:00-04:00', 3],
    ['just after midnight the day after', '2026-03-09T00:01:00-04:00', 2],
    ['the last day, just after midnight', '2026-03-11T00:01:00-04:00', 0],
    ['the last day, just before midnight', '2026-03-11T23:59:00-04:00', 0],
    ['the day after, just after midnight', '2026-03-12T00:01:00-04:00', -1],
  ])('America/New_York spring: %s', (_name, iso, daysLeft) => {
    expect(register('2026-03-06', iso, 'America/New_York').daysLeft).toBe(daysLeft)
  })

  it.each([
    // New York: EDT (-04:00) until 2026-11-01 02:00, EST (-05:00) after. Register-by 2026-11-04.
    ['the night before the change', '2026-10-31T23:59:00-04:00', 4],
    ['just after midnight on the day of the change', '2026-11-01T00:01:00-04:00', 3],
    ['just before midnight on the day of the change', '2026-11-01T23:59:00-05:00', 3],
    ['just after midnight the day after', '2026-11-02T00:01:00-05:00', 2],
    ['the last day, just after midnight', '2026-11-04T00:01:00-05:00', 0],
    ['the last day, just before midnight', '2026-11-04T23:59:00-05:00', 0],
    ['the day after, just after midnight', '2026-11-05T00:01:00-05:00', -1],
  ])('America/New_York fall: %s', (_name, iso, daysLeft) => {
    expect(register('2026-10-30', iso, 'America/New_York').daysLeft).toBe(daysLeft)
  })

  it.each([
    // London: GMT (Z) until 2026-03-29 01:00 UTC, BST (+01:00) after. Register-by 2026-04-01.
    ['the night before the change', '2026-03-28T23:59:00Z', 4],
    ['just after midnight on the day of the change', '2026-03-29T00:01:00Z', 3],
    ['just before midnight on the day of the change', '2026-03-29T23:59:00+01:00', 3],
    ['the last day, just after midnight', '2026-04-01T00:01:00+01:00', 0],
    ['the last day, just before midnight', '2026-04-01T23:59:00+01:00', 0],
    ['the day after, just after midnight', '2026-04-02T00:01:00+01:00', -1],
  ])('Europe/London spring: %s', (_name, iso, daysLeft) => {
    expect(register('2026-03-27', iso, 'Europe/London').daysLeft).toBe(daysLeft)
  })

  it('activate-by keeps its midnight edge after the change too', () => {
    const activate = (iso: string) => deadline('activate', '2026-03-06', DAYS.activateDays, at(iso), 'America/New_York', DAYS.soonDays)
    expect(activate('2026-04-04T23:59:00-04:00')).toEqual({ kind: 'activate', due: '2026-04-05', daysLeft: 1, state: 'soon' })
    expect(activate('2026-04-05T00:01:00-04:00')).toEqual({ kind: 'activate', due: '2026-04-05', daysLeft: 0, state: 'last-day' })
    expect(activate('2026-04-06T00:01:00-04:00')).toEqual({ kind: 'activate', due: '2026-04-05', daysLeft: -1, state: 'expired' })
  })
})

describe('a zone whose midnight is skipped', () => {
  // Santiago: -04:00 until 2026-09-06 00:00, which does not exist (the clocks go to 01:00 -03:00). Register-by 2026-09-09.
  it.each([
    ['the evening before the change', '2026-09-05T23:59:00-04:00', 4, '2026-09-05'],
    ['the first minute of the day of the change', '2026-09-06T01:00:00-03:00', 3, '2026-09-06'],
    ['just before midnight on the day of the change', '2026-09-06T23:59:00-03:00', 3, '2026-09-06'],
    ['the last day, just after midnight', '2026-09-09T00:01:00-03:00', 0, '2026-09-09'],
  ])('America/Santiago: %s', (_name, iso, daysLeft, today) => {
    expect(register('2026-09-04', iso, 'America/Santiago')).toMatchObject({ due: '2026-09-09', daysLeft })
    expect(todayIn(at(iso), 'America/Santiago')).toBe(today)
    expect(daysAgo('2026-09-04', at(iso), 'America/Santiago')).toBe(5 - daysLeft)
  })
})

describe('daysAgo and todayIn', () => {
  it.each([
    ['the same day, just after midnight', '2026-11-23', '2026-11-23T00:01:00+08:00', 0],
    ['the same day, just before midnight', '2026-11-23', '2026-11-23T23:59:00+08:00', 0],
    ['yesterday, one minute after midnight', '2026-11-22', '2026-11-23T00:01:00+08:00', 1],
    ['tomorrow, one minute before midnight', '2026-11-24', '2026-11-23T23:59:00+08:00', -1],
    ['a year ago', '2025-11-23', '2026-11-23T10:00:00+08:00', 365],
  ])('Singapore: %s', (_name, day, iso, expected) => {
    expect(daysAgo(day, at(iso), 'Asia/Singapore')).toBe(expected)
  })

  it('uses the zone: the same instant is a different day in Singapore and Los Angeles', () => {
    const instant = at('2026-11-23T02:00:00Z')
    expect(daysAgo('2026-11-23', instant, 'Asia/Singapore')).toBe(0)
    expect(daysAgo('2026-11-23', instant, 'America/Los_Angeles')).toBe(-1)
    expect(todayIn(instant, 'Asia/Singapore')).toBe('2026-11-23')
    expect(todayIn(instant, 'America/Los_Angeles')).toBe('2026-11-22')
  })

  it('counts whole days across a daylight-saving change', () => {
    expect(daysAgo('2026-03-07', at('2026-03-09T00:01:00-04:00'), 'America/New_York')).toBe(2)
    expect(daysAgo('2026-10-31', at('2026-11-01T23:59:00-05:00'), 'America/New_York')).toBe(1)
    expect(daysAgo('2026-03-28', at('2026-03-29T23:59:00+01:00'), 'Europe/London')).toBe(1)
  })

  it("tells the system's zone, and counts its days as the process's own local calendar does", () => {
    const zone = localTimeZone()
    expect(zone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone)
    for (const instant of [at('2026-11-23T02:00:00Z'), at('2026-11-23T15:59:00Z'), at('2026-11-23T16:01:00Z'), at('2026-03-29T00:30:00Z')]) {
      const local = [instant.getFullYear(), instant.getMonth() + 1, instant.getDate()].map((n) => String(n).padStart(2, '0')).join('-')
      expect(todayIn(instant, zone)).toBe(local)
    }
  })
})
