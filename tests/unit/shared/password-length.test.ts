import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkPassword, DEFAULT_PASSWORD_POLICY, passwordLength } from '../../../src-shared/password-policy'

const RUNS = { numRuns: 600 }

// An oracle that does not use the string iterator: a high surrogate followed by a low one is one code point.
function codePoints(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i)
    const next = s.charCodeAt(i + 1)
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++
    n++
  }
  return n
}

// Emoji with the exact number of code points each one is made of (NFKC leaves all of them as they are).
const emoji: ReadonlyArray<[string, number]> = [
  ['😀', 1],
  ['🔑', 1],
  ['👍🏽', 2], // base + skin-tone modifier
  ['🇸🇬', 2], // a flag: two regional indicators
  ['❤️', 2], // heart + variation selector 16
  ['1️⃣', 3], // keycap: digit + VS16 + combining enclosing keycap
  ['🏳️‍🌈', 4], // flag + VS16 + ZWJ + rainbow
  ['🧑🏽‍💻', 4],
  ['👨‍👩‍👧', 5], // three people joined by two ZWJs
]

// Decomposed letter + mark → the precomposed letter NFKC gives back.
const composable: ReadonlyArray<[string, string]> = [
  ['e\u0301', 'é'],
  ['a\u0300', 'à'],
  ['n\u0303', 'ñ'],
  ['c\u0327', 'ç'],
  ['u\u0308', 'ü'],
  ['o\u0302', 'ô'],
  ['A\u030a', 'Å'],
]

// Characters that are already NFKC and never compose with a neighbour: no marks, no jamo, no joiners.
const safeChars = [
  ...'abcxyzABCXYZ0123456789!#$%&*+-./:;<=>?@[]^_{|}~',
  ...'éñüçÅßøæ',
  ...'漢字中文日本語',
  ...'😀🔑🚀🌏',
  ...'𠀀𠀁𠂊', // CJK Extension B: surrogate pairs in UTF-16
]
const safeChar = fc.constantFrom(...safeChars)
const safeString = (min = 0, max = 24) => fc.array(safeChar, { minLength: min, maxLength: max }).map((cs) => cs.join(''))

describe('passwordLength: property tests', () => {
  it('the safe alphabet really is NFKC and non-composing', () => {
    for (const a of safeChars) {
      expect(a.normalize('NFKC')).toBe(a)
      for (const b of safeChars) expect((a + b).normalize('NFKC')).toBe(a + b)
    }
  })

  it('equals the number of code points after NFKC, for any string (lone surrogates included)', () => {
    const lone = fc.integer({ min: 0xd800, max: 0xdfff }).map((u) => String.fromCharCode(u))
    const anyText = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), lone), { maxLength: 6 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(anyText, (s) => {
        const n = passwordLength(s)
        expect(n).toBe(codePoints(s.normalize('NFKC')))
        expect(n).toBeLessThanOrEqual(s.normalize('NFKC').length)
      }),
      RUNS,
    )
  })

  it('emoji count their code points exactly: ZWJ sequences, flags, modifiers and keycaps are several', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...emoji), { maxLength: 12 }), (picked) => {
        const text = picked.map(([e]) => e).join('')
        expect(passwordLength(text)).toBe(picked.reduce((sum, [, n]) => sum + n, 0))
      }),
      RUNS,
    )
  })

  it('a letter typed with a combining mark counts the same as the precomposed letter', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...composable), { minLength: 1, maxLength: 16 }), (pairs) => {
        const decomposed = pairs.map(([d]) => d).join('')
        const composed = pairs.map(([, c]) => c).join('')
        expect(passwordLength(decomposed)).toBe(pairs.length)
        expect(passwordLength(composed)).toBe(pairs.length)
        expect(decomposed.length).toBe(2 * pairs.length)
      }),
      RUNS,
    )
  })

  it('a mark with no precomposed letter stays a separate code point', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), (n) => {
        expect(passwordLength('q\u0301'.repeat(n))).toBe(2 * n)
      }),
      RUNS,
    )
  })

  it('full-width letters, digits and symbols count one each, as the ASCII NFKC maps them to', () => {
    const fullWidth = fc.array(fc.integer({ min: 0xff01, max: 0xff5e }), { maxLength: 30 })
    fc.assert(
      fc.property(fullWidth, (units) => {
        const text = String.fromCharCode(...units)
        const ascii = String.fromCharCode(...units.map((u) => u - 0xfee0))
        expect(text.normalize('NFKC')).toBe(ascii)
        expect(passwordLength(text)).toBe(units.length)
        expect(passwordLength(text)).toBe(passwordLength(ascii))
      }),
      RUNS,
    )
  })

  it('never splits a surrogate pair: each astral character counts once', () => {
    const astral = fc.oneof(fc.integer({ min: 0x1f600, max: 0x1f64f }), fc.integer({ min: 0x20000, max: 0x2a6df }))
    fc.assert(
      fc.property(fc.array(astral, { maxLength: 20 }), safeString(0, 10), (cps, ascii) => {
        const text = String.fromCodePoint(...cps)
        expect(text.length).toBe(2 * cps.length)
        expect(passwordLength(text)).toBe(cps.length)
        expect(passwordLength(text + ascii)).toBe(cps.length + passwordLength(ascii))
      }),
      RUNS,
    )
  })

  it('is additive over concatenation of NFKC strings that do not compose across the boundary', () => {
    fc.assert(
      fc.property(safeString(), safeString(), (a, b) => {
        expect(a.normalize('NFKC')).toBe(a)
        expect(b.normalize('NFKC')).toBe(b)
        expect(passwordLength(a + b)).toBe(passwordLength(a) + passwordLength(b))
      }),
      RUNS,
    )
    // Why the precondition matters: a mark at the start of b composes with the end of a.
    expect(passwordLength('e' + '\u0301')).toBe(1)
    expect(passwordLength('e') + passwordLength('\u0301')).toBe(2)
  })
})

describe('min-length and max-length agree with passwordLength at the exact boundary', () => {
  const ctx = (minLength: number, maxLength: number) => ({
    policy: { ...DEFAULT_PASSWORD_POLICY, minLength, maxLength },
    personal: [],
    isCommon: () => false,
  })
  const ok = (id: string, next: string, minLength: number, maxLength: number) =>
    checkPassword({ initial: '', next, confirm: next }, ctx(minLength, maxLength)).find((r) => r.id === id)?.ok

  it('min-length passes at exactly n code points and fails one below', () => {
    const parts = fc.oneof(safeChar, fc.constantFrom(...composable.map(([d]) => d)), fc.constantFrom(...emoji.map(([e]) => e)))
    fc.assert(
      // Each part is at least one code point after NFKC and at most five, so n stays within 8..200.
      fc.property(fc.array(parts, { minLength: 8, maxLength: 40 }), (chosen) => {
        const next = chosen.join('')
        const n = passwordLength(next)
        expect(ok('min-length', next, n, 1024)).toBe(true)
        expect(ok('min-length', next, n + 1, 1024)).toBe(false)
      }),
      RUNS,
    )
  })

  it('min-length and max-length at a generated length n from the safe alphabet', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 8, max: 64 }).chain((n) => fc.tuple(fc.constant(n), safeString(n, n))),
        ([n, next]) => {
          expect(passwordLength(next)).toBe(n)
          expect(ok('min-length', next, n, n)).toBe(true)
          expect(ok('max-length', next, n, n)).toBe(true)
          expect(ok('min-length', next, n + 1, n + 1)).toBe(false)
          if (n > 8) expect(ok('max-length', next, 8, n - 1)).toBe(false)
        },
      ),
      RUNS,
    )
  })
})
