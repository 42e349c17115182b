import type { CryptoPlugin } from '@otplib/hotp'
import { crypto as nodeCrypto } from '@otplib/plugin-crypto-node'
import { generateSync } from 'otplib'
import { describe, expect, it } from 'vitest'
import { ACCOUNT, checkCode, ISSUER, keyGroups, newSecret, otpauthUri, PERIOD } from '../../../src-main/mfa/totp'
import { base32Bytes } from './mfa-harness'

// RFC 6238 appendix B, SHA1: the ASCII seed "12345678901234567890" in Base32.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'
const RFC_VECTORS: Array<[number, string]> = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
]

describe('TOTP: RFC 6238 test vectors', () => {
  it('the Base32 secret is the RFC seed', () => {
    expect(base32Bytes(RFC_SECRET).toString('latin1')).toBe('12345678901234567890')
  })

  it.each(RFC_VECTORS)('at %i s otplib gives %s (8 digits) and its last 6 digits (6 digits)', (epoch, eight) => {
    expect(generateSync({ secret: RFC_SECRET, epoch, digits: 8 })).toBe(eight)
    expect(generateSync({ secret: RFC_SECRET, epoch })).toBe(eight.slice(2))
  })

  it.each(RFC_VECTORS)('at %i s checkCode accepts the 6-digit code from %s in its own time step', (epoch, eight) => {
    expect(checkCode(RFC_SECRET, eight.slice(2), epoch, null)).toEqual({ kind: 'accepted', timeStep: Math.floor(epoch / PERIOD) })
  })

  it.each(RFC_VECTORS)('at %i s checkCode refuses a code that differs from %s in one digit', (epoch, eight) => {
    const six = eight.slice(2)
    const changed = `${six.slice(0, 5)}${(Number(six[5]) + 1) % 10}`
    expect(checkCode(RFC_SECRET, changed, epoch, null).kind).not.toBe('accepted')
  })
})

// Both ends of a time step, so an off-by-one in the window shows at either edge.
const NOWS = [1_700_000_010, 1_700_000_039]
const stepOf = (epoch: number) => Math.floor(epoch / PERIOD)
const codeAtStep = (epoch: number, steps: number) => generateSync({ secret: RFC_SECRET, epoch: epoch + steps * PERIOD })

describe('TOTP: tolerance edges', () => {
  it.each(NOWS)('at %i s the current step and one step either side are accepted', (now) => {
    for (const steps of [-1, 0, 1]) {
      expect(checkCode(RFC_SECRET, codeAtStep(now, steps), now, null)).toEqual({ kind: 'accepted', timeStep: stepOf(now) + steps })
    }
  })

  it.each(NOWS)('at %i s two steps away is refused as drift of 60 seconds, with its sign', (now) => {
    expect(checkCode(RFC_SECRET, codeAtStep(now, 2), now, null)).toEqual({ kind: 'drift', seconds: 60 })
    expect(checkCode(RFC_SECRET, codeAtStep(now, -2), now, null)).toEqual({ kind: 'drift', seconds: -60 })
  })

  it.each(NOWS)('at %i s 3 minutes and 10 minutes either side are still diagnosed as drift', (now) => {
    expect(checkCode(RFC_SECRET, codeAtStep(now, 6), now, null)).toEqual({ kind: 'drift', seconds: 180 })
    expect(checkCode(RFC_SECRET, codeAtStep(now, -6), now, null)).toEqual({ kind: 'drift', seconds: -180 })
    expect(checkCode(RFC_SECRET, codeAtStep(now, 20), now, null)).toEqual({ kind: 'drift', seconds: 600 })
    expect(checkCode(RFC_SECRET, codeAtStep(now, -20), now, null)).toEqual({ kind: 'drift', seconds: -600 })
  })

  it.each(NOWS)('at %i s 21 steps or more away is simply wrong', (now) => {
    for (const steps of [21, -21, 40, -40]) expect(checkCode(RFC_SECRET, codeAtStep(now, steps), now, null)).toEqual({ kind: 'wrong' })
  })

  it('a code from another secret is wrong', () => {
    const other = newSecret()
    expect(checkCode(RFC_SECRET, generateSync({ secret: other, epoch: NOWS[0]! }), NOWS[0]!, null)).toEqual({ kind: 'wrong' })
  })
})

describe('TOTP: replay (RFC 6238 section 5.2)', () => {
  const now = NOWS[0]!
  const step = stepOf(now)

  it('the code of the last accepted step is replayed, also 10 seconds later', () => {
    expect(checkCode(RFC_SECRET, codeAtStep(now, 0), now, step)).toEqual({ kind: 'replayed' })
    expect(checkCode(RFC_SECRET, codeAtStep(now, 0), now + 10, step)).toEqual({ kind: 'replayed' })
  })

  it('a code from a step before the last accepted one is refused; a later one is accepted', () => {
    expect(checkCode(RFC_SECRET, codeAtStep(now, -1), now, step)).toEqual({ kind: 'replayed' })
    expect(checkCode(RFC_SECRET, codeAtStep(now, 1), now, step)).toEqual({ kind: 'accepted', timeStep: step + 1 })
  })

  // The laptop's clock can be set back (NTP, a time-zone fix) after a code was accepted.
  it('answers with a refusal, not an exception, when the last accepted step is ahead of the clock', () => {
    const check = () => checkCode(RFC_SECRET, codeAtStep(now, 0), now, step + 5)
    expect(check).not.toThrow()
    expect(['replayed', 'wrong']).toContain(check().kind)
  })
})

describe('TOTP: enrolment material', () => {
  it('a new secret is 160 bits: 32 Base32 characters, different each time', () => {
    const a = newSecret()
    expect(a).toMatch(/^[A-Z2-7]{32}$/)
    expect(base32Bytes(a)).toHaveLength(20)
    expect(newSecret()).not.toBe(a)
  })

  it('the otpauth URI is the plain practice entry Microsoft Authenticator expects', () => {
    const secret = newSecret()
    const uri = otpauthUri(secret)
    expect(uri).toBe(`otpauth://totp/TechPass%20PRACTICE:Practice%20only%20-%20remove%20after?secret=${secret}&issuer=TechPass%20PRACTICE`)
    const parsed = new URL(uri)
    expect(parsed.protocol).toBe('otpauth:')
    expect(parsed.host).toBe('totp')
    expect(decodeURIComponent(parsed.pathname)).toBe(`/${ISSUER}:${ACCOUNT}`)
    expect(parsed.searchParams.get('secret')).toMatch(/^[A-Z2-7]{32}$/)
    expect(parsed.searchParams.get('issuer')).toBe(ISSUER)
    // Anything other than the defaults (SHA1, 6 digits, 30 s) would make some authenticators disagree.
    expect(parsed.searchParams.get('algorithm') ?? 'SHA1').toBe('SHA1')
    expect(parsed.searchParams.get('digits') ?? '6').toBe('6')
    expect(parsed.searchParams.get('period') ?? '30').toBe('30')
    expect([...parsed.searchParams.keys()].sort()).toEqual(['issuer', 'secret'])
  })

  it('the issuer and account say plainly that this is practice', () => {
    expect(ISSUER).toMatch(/PRACTICE/)
    expect(ACCOUNT).toMatch(/practice/i)
    expect(ACCOUNT).toMatch(/remove/i)
  })

  it('keyGroups splits the 32 characters into 8 groups of 4 that join back to the secret', () => {
    const secret = newSecret()
    const groups = keyGroups(secret)
    expect(groups).toHaveLength(8)
    for (const group of groups) expect(group).toHaveLength(4)
    expect(groups.join('')).toBe(secret)
    expect(keyGroups(RFC_SECRET)).toEqual(['GEZD', 'GNBV', 'GY3T', 'QOJQ', 'GEZD', 'GNBV', 'GY3T', 'QOJQ'])
  })
})

describe('checkCode: the same code re-entered minutes later', () => {
  it('is a replay, not a clock problem', () => {
    const secret = newSecret()
    const t0 = 1_800_000_000
    const code = generateSync({ secret, epoch: t0 })
    const first = checkCode(secret, code, t0, null)
    expect(first.kind).toBe('accepted')
    const step = first.kind === 'accepted' ? first.timeStep : -1
    expect(checkCode(secret, code, t0 + 150, step)).toEqual({ kind: 'replayed' })
  })
})

// Regression: a wrong code used to cost 44 HMACs (the ±1 check, then the whole ±10-minute window again, from its
// oldest step). Counted, not timed: speed targets live in the bench.
describe('checkCode: each step of the window is computed at most once, nearest first', () => {
  function counting() {
    const plugin = Object.create(nodeCrypto) as CryptoPlugin & { calls: number }
    plugin.calls = 0
    plugin.hmac = (algorithm, key, data) => {
      plugin.calls++
      return nodeCrypto.hmac(algorithm, key, data)
    }
    return plugin
  }
  const now = NOWS[0]!

  it('a wrong code costs one HMAC per step of the ±10-minute window: 41', () => {
    const crypto = counting()
    expect(checkCode(RFC_SECRET, '000000', now, null, crypto)).toEqual({ kind: 'wrong' })
    expect(crypto.calls).toBe(41)
  })

  it('a code of the current step costs one HMAC, and the answer is the same as with the default', () => {
    const crypto = counting()
    expect(checkCode(RFC_SECRET, codeAtStep(now, 0), now, null, crypto)).toEqual({ kind: 'accepted', timeStep: stepOf(now) })
    expect(crypto.calls).toBe(1)
  })

  it('a phone 2 minutes ahead costs the 9 nearest steps, and is drift of 120 seconds', () => {
    const crypto = counting()
    expect(checkCode(RFC_SECRET, codeAtStep(now, 4), now, null, crypto)).toEqual({ kind: 'drift', seconds: 120 })
    expect(crypto.calls).toBe(9)
  })

  it('a used code of the current step still looks one step either side for a fresh match, then stops', () => {
    const crypto = counting()
    expect(checkCode(RFC_SECRET, codeAtStep(now, 0), now, stepOf(now), crypto)).toEqual({ kind: 'replayed' })
    expect(crypto.calls).toBe(3)
  })
})
