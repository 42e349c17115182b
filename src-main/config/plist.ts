import { DOMParser } from '@xmldom/xmldom'
import type { Element, Node as XmlNode } from '@xmldom/xmldom'
import { failWith, ok } from '../../src-shared/result'
import type { Result } from '../../src-shared/result'

// Property lists, binary (bplist00) and XML, read into plain values. The binary reader is written here: the npm
// readers follow object references without a guard, so a small file whose objects refer to each other again and again
// runs for ever or overflows the stack, and they read a dictionary key "__proto__" into an object's prototype. XML goes
// through @xmldom/xmldom with every error fatal, and the plist elements are read here strictly ("12abc" is no integer).

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

// What either format reads into, before the plain values are taken from it.
type PlistNode =
  | { kind: 'string'; value: string }
  | { kind: 'integer'; value: bigint }
  | { kind: 'real'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'array'; items: PlistNode[] }
  | { kind: 'dict'; entries: [string, PlistNode][] }
  | { kind: 'unsupported'; reason: 'date' | 'data' | 'null' | 'uid' | 'set' }

class PlistError extends Error {}

const BINARY_MAGIC = 'bplist00'
const MAX_DEPTH = 32
// Every object reached is counted, shared ones each time: a file cannot make the reader do more than this.
const MAX_VISITS = 50_000
const TRAILER = 32

/** A binary or XML property list whose top is a dictionary, read into plain values. */
export function parsePlist(bytes: Uint8Array): Result<PlistValues, string> {
  let top: PlistNode
  try {
    top = latin1(bytes, 0, 8) === BINARY_MAGIC ? readBinary(bytes) : readXml(bytes)
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

// Decoded in one call, not spread into String.fromCharCode, which overflows the stack past about 100,000 characters.
// Node's 'latin1' maps each byte to the code point of its value (TextDecoder's 'latin1' is windows-1252, which does not).
const latin1 = (bytes: Uint8Array, start: number, end: number): string => Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1')

// bplist00, as CoreFoundation writes it: a header, the objects, a table of their offsets, and a 32-byte trailer.
function readBinary(bytes: Uint8Array): PlistNode {
  if (bytes.length < BINARY_MAGIC.length + TRAILER) throw new PlistError('a binary property list too short for its trailer')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = bytes.length - TRAILER
  const uint = (at: number, size: number): number => {
    if (size < 1 || size > 8 || at < 0 || at + size > bytes.length) throw new PlistError('a number outside the file')
    let value = 0n
    for (let i = 0; i < size; i++) value = (value << 8n) | BigInt(bytes[at + i]!)
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new PlistError('an offset or count too large')
    return Number(value)
  }
  const offsetSize = view.getUint8(end + 6)
  const refSize = view.getUint8(end + 7)
  const count = uint(end + 8, 8)
  const topRef = uint(end + 16, 8)
  const tableAt = uint(end + 24, 8)
  if (offsetSize < 1 || offsetSize > 8 || refSize < 1 || refSize > 8) throw new PlistError('a trailer with impossible sizes')
  if (topRef >= count || tableAt < BINARY_MAGIC.length || tableAt + count * offsetSize > end) {
    throw new PlistError('a trailer that points outside the file')
  }
  const offsetOf = (ref: number): number => {
    if (ref >= count) throw new PlistError('a reference to an object that does not exist')
    const at = uint(tableAt + ref * offsetSize, offsetSize)
    if (at < BINARY_MAGIC.length || at >= tableAt) throw new PlistError('an object outside the object area')
    return at
  }
  const inside = (at: number, length: number): void => {
    if (at + length > tableAt) throw new PlistError('an object that runs past the object area')
  }
  // A count that does not fit in the marker's low four bits follows it as an integer object.
  const sized = (at: number, info: number): { length: number; start: number } => {
    if (info !== 0xf) return { length: info, start: at + 1 }
    const marker = bytes[at + 1] ?? 0
    if (marker >> 4 !== 0x1 || (marker & 0xf) > 3) throw new PlistError('a length that is not an integer')
    const size = 1 << (marker & 0xf)
    return { length: uint(at + 2, size), start: at + 2 + size }
  }
  let visits = 0
  const open = new Set<number>()

  const object = (ref: number, depth: number): PlistNode => {
    if (++visits > MAX_VISITS) throw new PlistError('more objects than a settings file holds')
    if (depth > MAX_DEPTH) throw new PlistError('nested too deeply')
    if (open.has(ref)) throw new PlistError('an object that contains itself')
    const at = offsetOf(ref)
    const marker = bytes[at]!
    const type = marker >> 4
    const info = marker & 0xf
    switch (type) {
      case 0x0:
        if (marker === 0x08 || marker === 0x09) return { kind: 'boolean', value: marker === 0x09 }
        if (marker === 0x00) return { kind: 'unsupported', reason: 'null' }
        throw new PlistError(`an unknown marker 0x${marker.toString(16)}`)
      case 0x1: {
        const size = 1 << info
        if (size > 16) throw new PlistError('an integer of an impossible size')
        inside(at + 1, size)
        let value = 0n
        for (let i = 0; i < size; i++) value = (value << 8n) | BigInt(bytes[at + 1 + i]!)
        // 1, 2 and 4 bytes are unsigned; 8 and 16 bytes are two's complement.
        return { kind: 'integer', value: size >= 8 ? BigInt.asIntN(size * 8, value) : value }
      }
      case 0x2: {
        if (info !== 2 && info !== 3) throw new PlistError('a real of an impossible size')
        inside(at + 1, 1 << info)
        return { kind: 'real', value: info === 2 ? view.getFloat32(at + 1) : view.getFloat64(at + 1) }
      }
      case 0x3:
        return { kind: 'unsupported', reason: 'date' }
      case 0x4:
        return { kind: 'unsupported', reason: 'data' }
      case 0x5: {
        const { length, start } = sized(at, info)
        inside(start, length)
        return { kind: 'string', value: latin1(bytes, start, start + length) }
      }
      case 0x6: {
        const { length, start } = sized(at, info)
        inside(start, length * 2)
        const units = Buffer.from(bytes.subarray(start, start + length * 2)).swap16()
        return { kind: 'string', value: units.toString('utf16le') }
      }
      case 0x8:
        return { kind: 'unsupported', reason: 'uid' }
      case 0xa:
      case 0xd: {
        const { length, start } = sized(at, info)
        const refs = (from: number, n: number): number[] => Array.from({ length: n }, (_, i) => uint(from + i * refSize, refSize))
        inside(start, length * refSize * (type === 0xd ? 2 : 1))
        open.add(ref)
        try {
          if (type === 0xa) return { kind: 'array', items: refs(start, length).map((r) => object(r, depth + 1)) }
          const keys = refs(start, length).map((r) => object(r, depth + 1))
          const values = refs(start + length * refSize, length).map((r) => object(r, depth + 1))
          return { kind: 'dict', entries: dictEntries(keys, values) }
        } finally {
          open.delete(ref)
        }
      }
      case 0xc:
        return { kind: 'unsupported', reason: 'set' }
      default:
        throw new PlistError(`an unknown object type 0x${type.toString(16)}`)
    }
  }
  return object(topRef, 0)
}

function dictEntries(keys: PlistNode[], values: PlistNode[]): [string, PlistNode][] {
  const seen = new Set<string>()
  return keys.map((key, i) => {
    if (key.kind !== 'string') throw new PlistError('a dictionary key that is not a string')
    if (seen.has(key.value)) throw new PlistError(`the key "${key.value}" twice in one dictionary`)
    seen.add(key.value)
    return [key.value, values[i]!]
  })
}

const ELEMENT = 1
const TEXT = 3
const CDATA = 4
const INTEGER = /^[+-]?\d+$/
const REAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/

function readXml(bytes: Uint8Array): PlistNode {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new PlistError('neither a binary property list nor UTF-8 XML')
  }
  if (
    !text
      .replace(/^\uFEFF/, '')
      .trimStart()
      .startsWith('<')
  )
    throw new PlistError('neither a binary property list nor XML')
  const document = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new PlistError(`XML ${level}: ${message}`)
    },
  }).parseFromString(text, 'text/xml')
  const root = document.documentElement
  if (!root || root.nodeName !== 'plist') throw new PlistError('XML whose root is not <plist>')
  const children = elementsOf(root)
  if (children.length !== 1) throw new PlistError('a <plist> that does not hold exactly one value')
  let depth = 0
  const node = (element: Element): PlistNode => {
    if (++depth > MAX_DEPTH) throw new PlistError('nested too deeply')
    try {
      return xmlNode(element, node)
    } finally {
      depth--
    }
  }
  return node(children[0]!)
}

// The element children, refusing text between them (whitespace and comments aside).
function elementsOf(parent: Element): Element[] {
  const elements: Element[] = []
  for (let child: XmlNode | null = parent.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT) elements.push(child as Element)
    else if ((child.nodeType === TEXT || child.nodeType === CDATA) && (child.nodeValue ?? '').trim() !== '') {
      throw new PlistError(`text inside <${parent.nodeName}>`)
    }
  }
  return elements
}

function textOf(element: Element): string {
  let text = ''
  for (let child: XmlNode | null = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT || child.nodeType === CDATA) text += child.nodeValue ?? ''
    else if (child.nodeType === ELEMENT) throw new PlistError(`an element inside <${element.nodeName}>`)
  }
  return text
}

function xmlNode(element: Element, node: (element: Element) => PlistNode): PlistNode {
  switch (element.nodeName) {
    case 'string':
      return { kind: 'string', value: textOf(element) }
    case 'integer': {
      const text = textOf(element).trim()
      if (!INTEGER.test(text)) throw new PlistError(`"${text}" is not an integer`)
      return { kind: 'integer', value: BigInt(text) }
    }
    case 'real': {
      const text = textOf(element).trim()
      if (!REAL.test(text)) throw new PlistError(`"${text}" is not a real number`)
      return { kind: 'real', value: Number(text) }
    }
    case 'true':
    case 'false':
      if (elementsOf(element).length > 0 || textOf(element).trim() !== '') throw new PlistError(`<${element.nodeName}> is not empty`)
      return { kind: 'boolean', value: element.nodeName === 'true' }
    case 'date':
      return { kind: 'unsupported', reason: 'date' }
    case 'data':
      return { kind: 'unsupported', reason: 'data' }
    case 'array':
      return { kind: 'array', items: elementsOf(element).map(node) }
    case 'dict': {
      const children = elementsOf(element)
      if (children.length % 2 !== 0) throw new PlistError('a <dict> with a key and no value')
      const keys: PlistNode[] = []
      const values: PlistNode[] = []
      for (let i = 0; i < children.length; i += 2) {
        if (children[i]!.nodeName !== 'key') throw new PlistError('a <dict> value where a <key> belongs')
        if (children[i + 1]!.nodeName === 'key') throw new PlistError('a <key> where a <dict> value belongs')
        keys.push({ kind: 'string', value: textOf(children[i]!) })
        values.push(node(children[i + 1]!))
      }
      return { kind: 'dict', entries: dictEntries(keys, values) }
    }
    default:
      throw new PlistError(`an unknown element <${element.nodeName}>`)
  }
}
