import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parsePlist } from '../../../src-main/config/plist'
import type { PlistValues } from '../../../src-main/config/plist'

// The fixtures: settings.xml.plist was written by hand, and settings.binary.plist is that file converted by Debian's
// plistutil (libplist-utils 2.2.0): `plistutil -i settings.xml.plist -o settings.binary.plist -f bin`; many.*.plist the
// same way, from an XML file of 300 strings.
const FIXTURES = join(import.meta.dirname, '../../fixtures/managed-preferences')
const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name))

function read(bytes: Uint8Array): PlistValues {
  const parsed = parsePlist(bytes)
  if (!parsed.ok) throw new Error(`expected a plist, got: ${parsed.error}`)
  return parsed.value
}
const refusal = (bytes: Uint8Array): string | null => {
  const parsed = parsePlist(bytes)
  return parsed.ok ? null : parsed.error
}
const xml = (body: string): Buffer =>
  Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">${body}</plist>\n`,
  )

// A binary plist assembled object by object: one-byte references and offsets, the standard trailer.
function bplist(objects: number[][], top = 0): Buffer {
  const header = [...Buffer.from('bplist00')]
  const offsets: number[] = []
  const body: number[] = []
  for (const object of objects) {
    offsets.push(header.length + body.length)
    for (const byte of object) body.push(byte)
  }
  const tableAt = header.length + body.length
  const trailer = Buffer.alloc(32)
  trailer.writeUInt8(1, 6)
  trailer.writeUInt8(1, 7)
  trailer.writeBigUInt64BE(BigInt(objects.length), 8)
  trailer.writeBigUInt64BE(BigInt(top), 16)
  trailer.writeBigUInt64BE(BigInt(tableAt), 24)
  return Buffer.concat([Buffer.from([...header, ...body, ...offsets]), trailer])
}
const ascii = (text: string): number[] => [0x50 | text.length, ...Buffer.from(text, 'latin1')]

const SETTINGS = new Map<string, unknown>([
  ['allowedDomains', ['tech.gov.sg', 'go.gov.sg']],
  ['defaultLanguage', 'vi'],
  ['helpdesk', { email: 'helpdesk@agency.gov.sg', name: 'Bộ phận hỗ trợ & Service Desk' }],
  ['reminderDays', 30],
  ['negative', -5],
  ['large', 4294967296],
  ['ratio', 0.75],
  ['showTips', true],
  ['legacyMode', false],
  ['emptyText', ''],
])

describe('binary and XML property lists', () => {
  it('the binary fixture is binary, and both read to the same plain values', () => {
    expect(fixture('settings.binary.plist').subarray(0, 8).toString('latin1')).toBe('bplist00')
    expect(fixture('settings.xml.plist').subarray(0, 5).toString()).toBe('<?xml')
    const binary = read(fixture('settings.binary.plist'))
    const fromXml = read(fixture('settings.xml.plist'))
    expect(binary.values).toEqual(SETTINGS)
    expect(fromXml.values).toEqual(SETTINGS)
    expect(binary).toEqual(fromXml)
  })

  it('300 strings: two-byte references and offsets, and a count after the array marker, read the same as the XML', () => {
    const binary = fixture('many.binary.plist')
    // The trailer's offset and reference sizes (bytes 6 and 7 of the last 32).
    expect([...binary.subarray(-26, -24)]).toEqual([2, 2])
    const hosts = Array.from({ length: 300 }, (_, i) => `host${i}.agency.gov.sg`)
    expect(read(binary).values).toEqual(new Map([['allowedDomains', hosts]]))
    expect(read(fixture('many.xml.plist'))).toEqual(read(binary))
  })

  it('dates and data are left out with a reason, the whole key when they sit inside its value', () => {
    const expected = [
      { key: 'installedOn', at: '', reason: 'date' },
      { key: 'logo', at: '', reason: 'data' },
      { key: 'datesInList', at: '[1]', reason: 'date' },
    ]
    expect(read(fixture('settings.binary.plist')).ignored).toEqual(expected)
    expect(read(fixture('settings.xml.plist')).ignored).toEqual(expected)
  })

  it('a key named __proto__ stays a key, in either format', () => {
    const fromXml = read(xml('<dict><key>a</key><dict><key>__proto__</key><dict><key>polluted</key><true/></dict></dict></dict>'))
    const inner = fromXml.values.get('a') as Record<string, unknown>
    expect(Object.keys(inner)).toEqual(['__proto__'])
    expect((inner as { polluted?: unknown }).polluted).toBeUndefined()
    // { a: { __proto__: true } }: objects 0 dict, 1 "a", 2 dict, 3 "__proto__", 4 true.
    const binary = read(bplist([[0xd1, 1, 2], ascii('a'), [0xd1, 3, 4], ascii('__proto__'), [0x09]]))
    expect(Object.keys(binary.values.get('a') as object)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(binary.values.get('a'))).toBe(Object.prototype)
  })

  it('integers past 2^53 are left out, not rounded', () => {
    expect(read(xml('<dict><key>n</key><integer>9007199254740993</integer></dict>')).ignored).toEqual([{ key: 'n', at: '', reason: 'integer-too-large' }])
    const eightBytes = [0x13, 0x00, 0x20, 0, 0, 0, 0, 0, 0x01]
    expect(read(bplist([[0xd1, 1, 2], ascii('n'), eightBytes])).ignored).toEqual([{ key: 'n', at: '', reason: 'integer-too-large' }])
    expect(read(bplist([[0xd1, 1, 2], ascii('n'), [0x13, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe]])).values.get('n')).toBe(-2)
  })

  it('a long string in a binary plist (150,000 characters, its length as a 4-byte integer) reads whole', () => {
    const long = 'a'.repeat(150_000)
    const length = Buffer.alloc(4)
    length.writeUInt32BE(long.length)
    const string = [0x5f, 0x12, ...length, ...Buffer.from(long, 'latin1')]
    expect(read(bplist([[0xd1, 1, 2], ascii('k'), string])).values.get('k')).toBe(long)
  })

  it('a UTF-16 string in a binary plist', () => {
    const utf16 = [0x62, ...Buffer.from('hỗ', 'utf16le').swap16()]
    expect(read(bplist([[0xd1, 1, 2], ascii('s'), utf16])).values.get('s')).toBe('hỗ')
  })
})

describe('what is not a settings property list', () => {
  it.each([
    ['an integer with letters after it', xml('<dict><key>n</key><integer>12abc</integer></dict>'), /"12abc" is not an integer/],
    ['an unclosed element', xml('<dict><key>a</key><string>x</dict>'), /XML/],
    ['a top that is not a dictionary', xml('<array><string>x</string></array>'), /not a dictionary/],
    ['a key twice', xml('<dict><key>a</key><true/><key>a</key><false/></dict>'), /twice/],
    ['a key with no value', xml('<dict><key>a</key></dict>'), /a key and no value/],
    ['text between the elements of a dictionary', xml('<dict>stray<key>a</key><true/></dict>'), /text inside <dict>/],
    ['an unknown element', xml('<dict><key>a</key><number>1</number></dict>'), /unknown element/],
    ['a root that is not <plist>', Buffer.from('<?xml version="1.0"?><html/>'), /root is not <plist>/],
    ['JSON', Buffer.from('{"a": 1}'), /neither a binary property list nor XML/],
    ['Latin-1 bytes', Buffer.from([0x3c, 0x70, 0xe9]), /neither a binary property list nor UTF-8 XML/],
  ])('%s', (_, bytes, why) => {
    expect(refusal(bytes)).toMatch(why)
  })

  it('an array that contains itself is refused, not followed for ever', () => {
    expect(refusal(bplist([[0xd1, 1, 2], ascii('a'), [0xa1, 2]]))).toMatch(/contains itself/)
  })

  it('objects shared again and again (2^30 paths through 33 objects) stop at a bound, not after the whole walk', () => {
    // Object i is an array holding object i+1 twice; the last is true. Without the bound this would not end.
    const chain = Array.from({ length: 30 }, (_, i) => [0xa2, i + 3, i + 3])
    expect(refusal(bplist([[0xd1, 1, 2], ascii('a'), ...chain, [0x09]]))).toBe('more objects than a settings file holds')
  })

  it('nesting deeper than 32 is refused', () => {
    const chain = Array.from({ length: 40 }, (_, i) => [0xa1, i + 3])
    expect(refusal(bplist([[0xd1, 1, 2], ascii('a'), ...chain, [0x09]]))).toBe('nested too deeply')
  })

  it.each([
    ['a reference to an object that does not exist', bplist([[0xd1, 1, 9], ascii('a')]), /does not exist/],
    ['a trailer pointing past the end', Buffer.concat([bplist([[0x09]]).subarray(0, -8), Buffer.from([0, 0, 0, 0, 0, 0, 0x10, 0])]), /outside the file/],
    ['a file cut short', Buffer.from('bplist00abc'), /too short/],
    ['a string longer than the file', bplist([[0xd1, 1, 2], ascii('a'), [0x5f, 0x10, 0xff]]), /past the object area/],
    ['a dictionary key that is not a string', bplist([[0xd1, 1, 1], [0x09]]), /key that is not a string/],
  ])('binary: %s', (_, bytes, why) => {
    expect(refusal(bytes)).toMatch(why)
  })
})
