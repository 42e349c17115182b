// What both property-list readers (plist-binary.ts, plist-xml.ts) read into, and how they refuse a file; plist.ts takes
// the plain values from it.

export type PlistNode =
  | { kind: 'string'; value: string }
  | { kind: 'integer'; value: bigint }
  | { kind: 'real'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'array'; items: PlistNode[] }
  | { kind: 'dict'; entries: [string, PlistNode][] }
  | { kind: 'unsupported'; reason: 'date' | 'data' | 'null' | 'uid' | 'set' }

export class PlistError extends Error {}

// Deeper nesting is refused in either format: a settings file is a few levels deep.
export const MAX_DEPTH = 32

// A dictionary's entries: keys must be strings, each once.
export function dictEntries(keys: PlistNode[], values: PlistNode[]): [string, PlistNode][] {
  const seen = new Set<string>()
  return keys.map((key, i) => {
    if (key.kind !== 'string') throw new PlistError('a dictionary key that is not a string')
    if (seen.has(key.value)) throw new PlistError(`the key "${key.value}" twice in one dictionary`)
    seen.add(key.value)
    return [key.value, values[i]!]
  })
}
