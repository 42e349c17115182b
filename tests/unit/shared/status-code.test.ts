import { describe, expect, it } from 'vitest'
import { decodeStatus, encodeStatus, statusAudiences, statusDeadlines } from '../../../src-shared/status-code'
import type { StatusFields } from '../../../src-shared/status-code'
import type { Snapshot } from '../../../src-shared/snapshot-schema'
import { LANGUAGES } from '../../../src-shared/languages'
import { startCore } from '../support/core-harness'
import { useTempDirs } from '../support/temp-dir'
import { english } from '../../support/english'

const tempDir = useTempDirs()

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
// Said to the helpdesk in its own language: the decoder gives message ids.
const TYPO = { id: 'status-code.typo' }
const LENGTH = { id: 'status-code.length' }
const NEVER_USED = { id: 'status-code.character' }
const OTHER_VERSION = { id: 'status-code.version' }

const every: StatusFields[] = [0, 1, 2, 3, 4, 5, 6, 7].flatMap((sectionIndex) =>
  statusAudiences.flatMap((audience) =>
    statusDeadlines.flatMap((deadline) =>
      // Only the last section can be finished.
      (['no', 'yes', 'unknown'] as const).flatMap((seed) =>
        (sectionIndex === 7 ? [false, true] : [false]).flatMap((finished) =>
          LANGUAGES.map((language) => ({ sectionIndex, audience, seed, deadline, finished, language })),
        ),
      ),
    ),
  ),
)

// The four characters that carry meaning: three of payload and the check character.
const significant = (code: string) => code.replace(/^TP-/, '').replace('-', '')
const format = (chars: string) => `TP-${chars.slice(0, 3)}-${chars[3]}`

describe('encodeStatus and decodeStatus', () => {
  it('cover all 2,592 combinations (SEED yes, no or not known; the last section finished or not; four languages), each with its own code of the form TP-XXX-X', () => {
    expect(every).toHaveLength((8 * 4 * 6 * 3 + 4 * 6 * 3) * 4)
    const codes = every.map(encodeStatus)
    for (const code of codes) expect(code).toMatch(/^TP-[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]$/)
    expect(new Set(codes).size).toBe(every.length)
  })

  it('round-trip every combination', () => {
    for (const fields of every) expect(decodeStatus(encodeStatus(fields)), JSON.stringify(fields)).toEqual({ ok: true, value: fields })
  })

  it('catch every single-character substitution in the four significant characters of every code', () => {
    let tried = 0
    for (const fields of every) {
      const chars = significant(encodeStatus(fields))
      for (let at = 0; at < 4; at++) {
        for (const c of ALPHABET) {
          if (c === chars[at]) continue
          const typo = `${chars.slice(0, at)}${c}${chars.slice(at + 1)}`
          expect(decodeStatus(format(typo)), `${format(chars)} read as ${format(typo)}`).toEqual({ ok: false, error: { code: 'bad-input', message: TYPO } })
          tried++
        }
      }
    }
    expect(tried).toBe(every.length * 4 * 31)
  })

  it('catch a swap of two neighbouring different characters in most codes', () => {
    let swaps = 0
    let caught = 0
    for (const fields of every) {
      const chars = significant(encodeStatus(fields))
      for (let at = 0; at < 3; at++) {
        if (chars[at] === chars[at + 1]) continue
        const swapped = `${chars.slice(0, at)}${chars[at + 1]}${chars[at]}${chars.slice(at + 2)}`
        swaps++
        const decoded = decodeStatus(format(swapped))
        if (!decoded.ok) caught++
        else expect(decoded.value).not.toEqual(fields)
      }
    }
    expect(caught / swaps).toBeGreaterThan(0.9)
  })

  it('refuse a sectionIndex outside 0 to 7', () => {
    for (const sectionIndex of [-1, 8, 1.5, Number.NaN]) expect(() => encodeStatus({ ...every[0]!, sectionIndex })).toThrow(RangeError)
    expect(() => encodeStatus({ ...every[0]!, sectionIndex: 6, finished: true })).toThrow(RangeError)
  })
})

describe('decodeStatus is forgiving about how a code is typed', () => {
  const fields: StatusFields = { sectionIndex: 4, audience: 'offshore-non-odc', seed: 'yes', deadline: 'soon', finished: false, language: 'vi' }
  const code = encodeStatus(fields)

  it.each([
    ['lower case', (c: string) => c.toLowerCase()],
    ['spaces instead of dashes', (c: string) => c.replaceAll('-', ' ')],
    ['spaces around and inside', (c: string) => `  ${c.split('').join(' ')}  `],
    ['no dashes', (c: string) => c.replaceAll('-', '')],
    ['no TP', (c: string) => c.slice(3)],
    ['no TP and no dashes, lower case', (c: string) => significant(c).toLowerCase()],
    ['a tab and a newline', (c: string) => `\t${c}\n`],
  ])('%s', (_, variant) => {
    expect(decodeStatus(variant(code))).toEqual({ ok: true, value: fields })
  })

  it('O, I and L are read as 0, 1 and 1, in either case', () => {
    const withLookalikes = every.map(encodeStatus).filter((c) => /[01]/.test(significant(c)))
    expect(withLookalikes.length).toBeGreaterThan(50)
    for (const c of withLookalikes) {
      const expected = decodeStatus(c)
      expect(expected.ok).toBe(true)
      const sig = significant(c)
      for (const [zero, one] of [
        ['O', 'I'],
        ['o', 'l'],
        ['O', 'L'],
        ['o', 'i'],
      ] as const) {
        expect(decodeStatus(`TP-${sig.replaceAll('0', zero).replaceAll('1', one)}`), c).toEqual(expected)
      }
    }
  })

  it.each(['', 'TP', 'TP-', 'TP-4K7', 'TP-4K-7', 'TP-4K7-MM', '12345', 'TP-TP-4K7-M'])('"%s" has the wrong length', (input) => {
    expect(decodeStatus(input)).toEqual({ ok: false, error: { code: 'bad-input', message: LENGTH } })
  })

  it.each(['TP-8U0-0', 'U800', 'TP-80*-1', 'TP-8É0-1', 'TP-80_-1'])('"%s" has a character codes never use', (input) => {
    expect(decodeStatus(input)).toEqual({ ok: false, error: { code: 'bad-input', message: NEVER_USED } })
  })

  // Exactly one check character makes a payload valid; for these payloads that one must say "different version".
  it.each([
    ['version 0', '000'],
    ['version 2', 'G00'],
    ['version 3', 'R00'],
    ['an unused deadline value', '830'],
    ['SEED both "yes" and "not known"', '848'],
    ['"finished" at a step before the last', '804'],
  ])('a payload with %s gives the version message, never a decoded code', (_, payload) => {
    const messages = [...ALPHABET].map((c) => decodeStatus(`TP-${payload}-${c}`))
    expect(messages.every((m) => !m.ok)).toBe(true)
    const ids = messages.map((m) => (m.ok ? '' : m.error.message.id))
    expect(ids.filter((t) => t === OTHER_VERSION.id)).toHaveLength(1)
    expect(ids.filter((t) => t === TYPO.id)).toHaveLength(31)
  })
})

describe("the status code says the user's language", () => {
  it('in the two bits that were spare, so a code from before languages decodes as English', () => {
    // TP-800-G: Before you start, nobody yet, as 0.1.0 and issue 18 wrote it.
    expect(decodeStatus('TP-800-G')).toEqual({
      ok: true,
      value: { sectionIndex: 0, audience: 'none', seed: 'no', deadline: 'none', finished: false, language: 'en' },
    })
    expect(decodeStatus('TP-801-E')).toMatchObject({ ok: true, value: { language: 'zh-Hans' } })
  })
})

describe('the status code carries no personal data', () => {
  async function journey(person: { email: string; mobile: string; project: string }) {
    const h = startCore({ dataDir: tempDir() })
    await h.act('profile:save', { audience: 'offshore-odc', seed: 'yes', orgEmail: person.email, onboardingEmailOn: '2026-11-21' })
    return h.act('request:send', { orgEmail: person.email, mobile: person.mobile, projectName: person.project })
  }

  it('two people with different details and the same progress read out the same code', async () => {
    const ana = await journey({ email: 'ana.lim@acme.com', mobile: '+65 9123 4567', project: 'Apollo' })
    const raj = await journey({ email: 'rajesh.k@offshore-partner.co.in', mobile: '+91 98765 43210', project: 'Hermes' })
    expect(ana.request.details?.orgEmail).not.toBe(raj.request.details?.orgEmail)
    expect(ana.statusCode).toBe(raj.statusCode)
    expect(decodeStatus(ana.statusCode)).toEqual({
      ok: true,
      value: { sectionIndex: 1, audience: 'offshore-odc', seed: 'yes', deadline: 'fine', finished: false, language: 'en' },
    })
    expect(ana.currentSectionId).toBe('step-1')
  })

  it('the code changes with progress, not with who the person is', async () => {
    const ana = await journey({ email: 'ana.lim@acme.com', mobile: '+65 9123 4567', project: 'Apollo' })
    const before = startCore({ dataDir: tempDir() })
    const fresh = await before.value<Snapshot>('ledger:snapshot')
    expect(fresh.statusCode).not.toBe(ana.statusCode)
    expect(decodeStatus(fresh.statusCode)).toEqual({
      ok: true,
      value: { sectionIndex: 0, audience: 'none', seed: 'no', deadline: 'none', finished: false, language: 'en' },
    })
  })
})

describe('decodeStatus says what is wrong in plain words', () => {
  it.each([
    ['TP-4K7', /^A status code has four characters after TP, like TP-4K7-M\./],
    ['TP-8U0-0', /never used in codes \(such as U\)/],
  ])('%s', (input, words) => {
    const decoded = decodeStatus(input)
    expect(!decoded.ok && english(decoded.error.message)).toMatch(words)
  })
})
