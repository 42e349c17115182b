import { failWith, ok } from '../../src-shared/result'
import type { Result } from '../../src-shared/result'
import { isBinaryPlist, readBinary } from './plist-binary'
import { PlistError } from './plist-node'
import type { PlistNode } from './plist-node'
import { readXml } from './plist-xml'

// Property lists, binary (bplist00, plist-binary.ts) and XML (plist-xml.ts), read into plain values. Loaded with import()
// on macOS only (macos-policy-layer.ts).

export type PlistValue = string | number | boolean | PlistValue[] | { [key: string]: PlistValue }

/** Why a top-level key was left out: the app's settings are never dates or bytes. */
export type IgnoreReason = 'date' | 'data' | 'null' | 'uid' | 'set' | 'integer-too-large' | 'real-not-finite'

export interface IgnoredKey {
  key: string
  /** Where in the key's value the unsupported thing is, such as `[2]` or `.inner`; empty for the value itself. */
  at: string
  reason: IgnoreReason
}

export interface PlistValues {
  values: Map<string, PlistValue>
  ignored: IgnoredKey[]
}

/** A binary or XML property list whose top is a dictionary, read into plain values. */
export function parsePlist(bytes: Uint8Array): Result<PlistValues, string> {
  let top: PlistNode
  try {
    top = isBinaryPlist(bytes) ? readBinary(bytes) : readXml(bytes)
  } catch (error) {
    if (error instanceof PlistError) return failWith(error.message)
    // A RangeError from a DataView read past the end, or from the XML parser.
    return failWith(`not a property list (${(error as Error).message})`)
  }
  if (top.kind !== 'dict') return failWith('the top of the property list is not a dictionary')
  const values = new Map<string, PlistValue>()
  const ignored: IgnoredKey[] = []
  for (const [key, node] of top.entries) {
    const plain = plainValue(node, '')
    if ('reason' in plain) ignored.push({ key, at: plain.at, reason: plain.reason })
    else values.set(key, plain.value)
  }
  return ok({ values, ignored })
}

type Plain = { value: PlistValue } | { reason: IgnoreReason; at: string }

function plainValue(node: PlistNode, at: string): Plain {
  switch (node.kind) {
    case 'string':
    case 'boolean':
      return { value: node.value }
    case 'integer':
      return node.value >= BigInt(Number.MIN_SAFE_INTEGER) && node.value <= BigInt(Number.MAX_SAFE_INTEGER)
        ? { value: Number(node.value) }
        : { reason: 'integer-too-large', at }
    case 'real':
      return Number.isFinite(node.value) ? { value: node.value } : { reason: 'real-not-finite', at }
    case 'unsupported':
      return { reason: node.reason, at }
    case 'array': {
      const items: PlistValue[] = []
      for (const [index, item] of node.items.entries()) {
        const plain = plainValue(item, `${at}[${index}]`)
        if ('reason' in plain) return plain
        items.push(plain.value)
      }
      return { value: items }
    }
    case 'dict': {
      const entries: [string, PlistValue][] = []
      for (const [key, item] of node.entries) {
        const plain = plainValue(item, `${at}.${key}`)
        if ('reason' in plain) return plain
        entries.push([key, plain.value])
      }
      // fromEntries defines own properties, so a key "__proto__" stays a key.
      return { value: Object.fromEntries(entries) }
    }
  }
}
