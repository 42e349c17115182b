import type { z } from 'zod'
import { runInSlices, SLICE } from '../ledger/slices'
import type { Steps } from '../ledger/slices'

// Every reply is checked against its channel's schema before it goes to the window. A reply with a long list (an
// imported bundle's timeline: one entry per event, 13,000 in a 5 MB bundle) would hold main for one long turn if
// checked at once, so each list of more than SLICE items, found through the reply's objects, is checked SLICE items
// at a time: the reply is checked with only that slice in the list's place, and the checked slices are put together.
// Every item meets the same schema as before. What a slice cannot see is a limit on the list's own length: no reply's
// long list has one (the timeline is as long as the record).

type Path = readonly string[]
const MAX_WALK = 6

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

function longLists(value: unknown, path: Path = [], found: Path[] = []): Path[] {
  if (!isObject(value) || path.length >= MAX_WALK) return found
  for (const [key, v] of Object.entries(value)) {
    if (Array.isArray(v)) {
      if (v.length > SLICE) found.push([...path, key])
    } else longLists(v, [...path, key], found)
  }
  return found
}

const at = (value: unknown, path: Path): unknown => path.reduce<unknown>((v, key) => (isObject(v) ? v[key] : undefined), value)

// A copy of value with the item at path replaced; the objects on the way are copied, the reply itself is left alone.
function replaced(value: unknown, path: Path, item: unknown): unknown {
  if (path.length === 0) return item
  const [key, ...rest] = path as [string, ...string[]]
  const object = value as Record<string, unknown>
  return { ...object, [key]: replaced(object[key], rest, item) }
}

function* checkSteps(schema: z.ZodType, value: unknown): Steps<unknown> {
  const lists = longLists(value)
  if (lists.length === 0) return schema.parse(value)
  const rest = lists.reduce((v, path) => replaced(v, path, []), value)
  let checked: unknown = schema.parse(rest)
  for (const path of lists) {
    // A list the schema does not keep stays out, as it would from a check of the whole reply.
    if (!Array.isArray(at(checked, path))) continue
    const items = at(value, path) as unknown[]
    const out: unknown[] = []
    for (let start = 0; start < items.length; start += SLICE) {
      yield
      out.push(...(at(schema.parse(replaced(rest, path, items.slice(start, start + SLICE))), path) as unknown[]))
    }
    checked = replaced(checked, path, out)
  }
  return checked
}

export const checkReply = (schema: z.ZodType, value: unknown): Promise<unknown> => runInSlices(checkSteps(schema, value))
