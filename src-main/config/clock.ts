// The Clock port: system time in the app, a settable time in tests.
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

export function fixedClock(start: Date): Clock & { set(at: Date): void; advance(ms: number): void } {
  let current = new Date(start)
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at)
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms)
    },
  }
}

// Strict ISO 8601 only: Date.parse alone accepts text such as "x 1" and would move the clock silently.
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/

// E2E_NOW sets "now" at launch; time then runs on from there. Ignored when the value is not an ISO date.
export function clockFromEnv(value: string | undefined, base: Clock = systemClock): Clock {
  if (!value || !ISO.test(value)) return base
  const start = Date.parse(value)
  if (Number.isNaN(start)) return base
  const offset = start - base.now().getTime()
  return { now: () => new Date(base.now().getTime() + offset) }
}
