import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hashEvent, sealEvent, verifyChain } from '../../../src-main/ledger/chain'
import { DomainEventSchema } from '../../../src-main/registry/events'
import type { DomainBody } from '../../../src-main/kit/events'
import { isRealDay } from '../../../src-shared/day'
import { chainOf, confirmed } from '../support/events'

// Every event that carries a calendar day, with that day set to `day`.
const withDay = (day: string): [string, DomainBody][] => [
  ['profile-saved', { type: 'profile-saved', data: { audience: 'vendor', seed: 'no', orgEmail: 'ana@acme.com', onboardingEmailOn: day } }],
  ['invitation-renewal-started', { type: 'invitation-renewal-started', data: { expiredOn: day, kind: 'register' } }],
  ['registration-email-received', { type: 'registration-email-received', data: { on: day } }],
  ['item-confirmed', confirmed('registration', 'open-link', day)],
]

const AT = new Date('2026-11-20T02:00:00.000Z')
const accepts = (body: DomainBody) => DomainEventSchema.safeParse(sealEvent(undefined, AT, body)).success

const IMPOSSIBLE = ['2026-02-30', '2026-13-01', '2026-04-31', '2026-00-10', '2026-01-00', '2026-01-32', '2027-02-29', '2100-02-29', '1900-02-29']
const REAL = ['2028-02-29', '2000-02-29', '2024-02-29', '2026-02-28', '2026-12-31', '2026-01-01', '2026-04-30']

describe('event schemas accept only days that exist', () => {
  it.each(IMPOSSIBLE.flatMap((day) => withDay(day).map(([type, body]) => [day, type, body] as const)))('refuses %s in %s', (_day, _type, body) => {
    expect(accepts(body)).toBe(false)
  })

  it.each(REAL.flatMap((day) => withDay(day).map(([type, body]) => [day, type, body] as const)))('keeps %s in %s', (_day, _type, body) => {
    expect(accepts(body)).toBe(true)
  })

  it('keeps an unknown day where the event allows none', () => {
    expect(accepts(confirmed('registration', 'open-link', null))).toBe(true)
    expect(accepts({ type: 'profile-saved', data: { audience: 'vendor', seed: 'no', orgEmail: 'ana@acme.com', onboardingEmailOn: null } })).toBe(true)
  })

  it('refuses an impossible day in the time an event was recorded', () => {
    const [event] = chainOf([confirmed('registration', 'open-link')])
    const edited = { ...event!, at: '2026-02-30T02:00:00.000Z' }
    expect(DomainEventSchema.safeParse(edited).success).toBe(false)
    expect(DomainEventSchema.safeParse({ ...event!, at: '2028-02-29T02:00:00.000Z' }).success).toBe(true)
  })

  // A ledger line in any other form than the app's own, and every event of a support bundle, go through verifyChain.
  it('a recorded chain whose event holds an impossible day is refused at that event, however its hash was made', () => {
    const events = chainOf([withDay('2026-11-18')[0]![1], confirmed('registration', 'open-link', '2026-11-19')]) as unknown as Record<string, unknown>[]
    expect(verifyChain(events, DomainEventSchema).ok).toBe(true)
    const data = { ...(events[1]!.data as object), on: '2026-02-30' }
    const edited = { ...events[1]!, data }
    events[1] = { ...edited, hash: hashEvent(edited as unknown as Parameters<typeof hashEvent>[0]) }
    expect(verifyChain(events, DomainEventSchema)).toMatchObject({ ok: false, error: { brokenAt: 2 } })
  })

  it('isRealDay agrees with the calendar for every day from 1600 to 2400, and refuses the day after each month ends', () => {
    const start = Date.UTC(1600, 0, 1)
    const end = Date.UTC(2400, 11, 31)
    fc.assert(
      fc.property(fc.integer({ min: 0, max: (end - start) / 86_400_000 }), (n) => {
        const date = new Date(start + n * 86_400_000)
        expect(isRealDay(date.toISOString().slice(0, 10))).toBe(true)
        const next = new Date(date.getTime() + 86_400_000)
        if (next.getUTCDate() === 1) {
          const overflow = `${date.toISOString().slice(0, 8)}${String(date.getUTCDate() + 1).padStart(2, '0')}`
          expect(isRealDay(overflow)).toBe(false)
        }
      }),
      { numRuns: 2000 },
    )
  })

  it.each(['2026-2-03', '26-02-03', '2026-02-03T00:00:00Z', ' 2026-02-03', '２０２６-02-03', ''])('isRealDay refuses %j, which is not YYYY-MM-DD', (text) => {
    expect(isRealDay(text)).toBe(false)
  })
})
