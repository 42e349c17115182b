export const COOLDOWN_AFTER = 5
export const DISABLE_AFTER = 100
const FIRST_COOLDOWN = 30
const MAX_COOLDOWN = 3600

// 5 failures in a row: 30 s; each further failure doubles it, up to an hour.
export function cooldownSeconds(consecutiveFailures: number): number {
  if (consecutiveFailures < COOLDOWN_AFTER) return 0
  const doublings = consecutiveFailures - COOLDOWN_AFTER
  return doublings >= 7 ? MAX_COOLDOWN : Math.min(FIRST_COOLDOWN * 2 ** doublings, MAX_COOLDOWN)
}
