import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseBundleText } from '../../../src-main/support/bundle-text'
import { withTurns } from './turns'

const bytesOf = (text: string) => new TextEncoder().encode(text)

// What JSON.parse of the whole text says: the reader must give the same value, or refuse exactly when it throws.
function wholeParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}

async function expectSameAsWholeParse(text: string) {
  const read = await parseBundleText(bytesOf(text), 32)
  const whole = wholeParse(text)
  if (whole.ok) {
    expect(read).toEqual({ ok: true, value: whole.value })
    // The same own keys in the same order, __proto__ included, as JSON.parse leaves them.
    if (whole.value !== null && typeof whole.value === 'object')
      expect(Reflect.ownKeys(read.ok ? (read.value as object) : {})).toEqual(Reflect.ownKeys(whole.value))
  } else expect(read).toEqual({ ok: false, problem: 'not-json' })
}

// Top objects whose parts are lists (split and parsed item by item) and other values, with keys that repeat.
const shallow = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 12 }))
const key = fc.constantFrom('events', 'profile', 'format', '__proto__', 'a', 'é', 'x"y', 'k\\')
const topObject = fc.array(fc.tuple(key, shallow), { maxLength: 8 })
const spacing = fc.constantFrom(undefined, 2, '\t')

// Written by hand, so a key can repeat (JSON.stringify of an object never repeats one).
const objectText = (members: [string, unknown][], space: number | string | undefined) =>
  `{${members.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v, null, space)}`).join(space === undefined ? ',' : ',\n ')}}`

describe('parseBundleText reads exactly what JSON.parse reads', () => {
  it('valid top objects, with lists, repeated keys, __proto__ and any spacing: the same value', async () => {
    await fc.assert(
      fc.asyncProperty(topObject, spacing, async (members, space) => expectSameAsWholeParse(objectText(members, space))),
      { numRuns: 300 },
    )
  })

  it('the same texts with one character taken out, put in or changed: refused exactly when JSON.parse throws', async () => {
    const damage = fc.tuple(
      topObject,
      spacing,
      fc.nat(),
      fc.constantFrom('', ',', ']', '[', '}', '{', '"', ':', ' ', 'x', '\\', '1'),
      fc.integer({ min: 0, max: 1 }),
    )
    await fc.assert(
      fc.asyncProperty(damage, async ([members, space, at, put, remove]) => {
        const text = objectText(members, space)
        const i = at % (text.length + 1)
        await expectSameAsWholeParse(text.slice(0, i) + put + text.slice(i + remove))
      }),
      { numRuns: 1500 },
    )
  })

  it.each([
    ['an empty list', '{"events":[]}'],
    ['a blank list', '{"events":[ \n ]}'],
    ['a stray comma in a list', '{"events":[1,,2]}'],
    ['a leading comma', '{"events":[,1]}'],
    ['a trailing comma', '{"events":[1,]}'],
    ['a lone comma', '{"events":[,]}'],
    ['two items without a comma', '{"events":[1 2]}'],
    ['a list closed by a brace', '{"events":[1,2}]'],
    ['a list closed by a brace, where the emptied text would read well', '{"events":[1,2}}'],
    ['an object closed by a bracket', '{"events":[1,2]]'],
    ['a key that is a list', '{[1,2]:3}'],
    ['a list where a key should be', '{"a":1,[1,2]}'],
    ['two lists for one key', '{"a":[1] [2]}'],
    ['a key given twice, a list last', '{"a":1,"a":[2,3]}'],
    ['a key given twice, a list first', '{"a":[2,3],"a":1}'],
    ['the same key written two ways', '{"a":[1],"\\u0061":[2]}'],
    ['a key named __proto__', '{"__proto__":[{"polluted":true}]}'],
    ['a top list', '[1,[2,3],{"a":[4]}]'],
    ['a top string', '"{[1,2]}"'],
    ['a second value after the object', '{"a":[1]} {"b":[2]}'],
    ['an unclosed string', '{"a":["b]}'],
    ['an unclosed list', '{"a":[1,2}'],
    ['one closer too many', '{"a":[1]]}'],
    ['nothing', ''],
  ])('%s', async (_, text) => {
    await expectSameAsWholeParse(text)
  })

  it('a key named __proto__ stays a part of the object and sets no prototype', async () => {
    const read = await parseBundleText(bytesOf('{"__proto__":[{"polluted":true}]}'), 32)
    expect(read.ok).toBe(true)
    const value = (read as { value: Record<string, unknown> }).value
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(Object.hasOwn(value, '__proto__')).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('parseBundleText refuses what the whole-file checks refused, in the same order', () => {
  it.each([
    ['flat', '{"a":1}', 1, false],
    ['exactly at the limit', '[[[1]]]', 3, false],
    ['one past the limit', '[[[[1]]]]', 3, true],
    ['brackets inside a string', '{"a":"[[[[{{{{"}', 1, false],
    ['an escaped quote inside a string', '{"a":"\\"[[[[[["}', 1, false],
    ['an escaped backslash before the closing quote', '{"a":"\\\\"}', 1, false],
    ['deep after a string', '{"a":"]]]]","b":[[[1]]]}', 3, true],
    ['deep inside the last item of a list', '{"a":[1,2,[[[3]]]]}', 4, true],
    ['deep, after text that is not JSON', '{"a":1,,"b":[[[1]]]}', 3, true],
  ])('nesting %s', async (_, text, limit, deeper) => {
    const read = await parseBundleText(bytesOf(text), limit)
    if (deeper) expect(read).toEqual({ ok: false, problem: 'too-deep' })
    else expect(read.ok).toBe(true)
  })

  it('bytes that are not UTF-8, at the very end of a large file: "not text"', async () => {
    const big = bytesOf(`{"events":[${Array.from({ length: 20_000 }, (_, i) => `{"i":${i}}`).join(',')}]}`)
    const broken = new Uint8Array([...big.subarray(0, big.length - 1), 0xff, 0x7d])
    expect(await parseBundleText(broken, 32)).toEqual({ ok: false, problem: 'not-text' })
  })

  it('a character cut in two by a slice boundary is read whole', async () => {
    // Every length of filler, so one of the four bytes of 🐢 falls on each side of the 256 KB boundary.
    for (const pad of [262_140, 262_141, 262_142, 262_143]) {
      const text = `{"events":["${'a'.repeat(pad - 12)}🐢é"]}`
      expect(await parseBundleText(bytesOf(text), 32)).toEqual({ ok: true, value: JSON.parse(text) })
    }
  })

  it('a large text is read with the event loop turning between slices', async () => {
    const items = Array.from({ length: 5_000 }, (_, i) => ({ seq: i + 1, text: 'x'.repeat(200) }))
    const text = JSON.stringify({ format: 'f', events: items }, null, 2)
    const { value: read, turns: turns } = await withTurns(() => parseBundleText(bytesOf(text), 32))
    expect(read).toEqual({ ok: true, value: JSON.parse(text) })
    // Several slices of bytes and of characters, and one pause every 200 items.
    expect(turns).toBeGreaterThanOrEqual(Math.floor(5_000 / 200))
  })
})
