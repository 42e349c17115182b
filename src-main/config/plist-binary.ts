import { MAX_DEPTH, PlistError, dictEntries } from './plist-node'
import type { PlistNode } from './plist-node'

// bplist00, read here rather than with an npm reader: those follow object references without a guard, so a small file
// whose objects refer to each other again and again runs for ever or overflows the stack, and they read a dictionary
// key "__proto__" into an object's prototype.

const BINARY_MAGIC = 'bplist00'
// Every object reached is counted, shared ones each time: a file cannot make the reader do more than this.
const MAX_VISITS = 50_000
const TRAILER = 32

// Decoded in one call, not spread into String.fromCharCode, which overflows the stack past about 100,000 characters.
// Node's 'latin1' maps each byte to the code point of its value.
// subarray clamps to the bytes there are, as the header check of a short file needs.
const latin1 = (bytes: Uint8Array, start: number, end: number): string => {
  const part = bytes.subarray(start, end)
  return Buffer.from(part.buffer, part.byteOffset, part.byteLength).toString('latin1')
}

// bplist00, as CoreFoundation writes it: a header, the objects, a table of their offsets, and a 32-byte trailer.
export function readBinary(bytes: Uint8Array): PlistNode {
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

export const isBinaryPlist = (bytes: Uint8Array): boolean => latin1(bytes, 0, BINARY_MAGIC.length) === BINARY_MAGIC
