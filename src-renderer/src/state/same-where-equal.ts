// Structural sharing for what main sends: every part of `next` that equals the same part of `shown` is replaced by the
// object already shown. A selector that returns a part (a section's progress, the profile) then gets the same object
// when that part did not change, and its component does not re-render. Returns `shown` itself when nothing changed.
export function sameWhereEqual<T>(shown: T, next: T): T {
  if (Object.is(shown, next)) return shown
  if (typeof shown !== 'object' || typeof next !== 'object' || shown === null || next === null) return next
  if (Array.isArray(shown) !== Array.isArray(next)) return next
  if (Array.isArray(shown) && Array.isArray(next)) {
    const out = next.map((item, i) => sameWhereEqual(shown[i], item))
    return out.length === shown.length && out.every((item, i) => item === shown[i]) ? shown : (out as T)
  }
  const before = shown as Record<string, unknown>
  const after = next as Record<string, unknown>
  const keys = Object.keys(after)
  let same = keys.length === Object.keys(before).length
  const out: Record<string, unknown> = {}
  for (const key of keys) {
    out[key] = Object.hasOwn(before, key) ? sameWhereEqual(before[key], after[key]) : after[key]
    if (out[key] !== before[key]) same = false
  }
  return same ? shown : (out as T)
}
