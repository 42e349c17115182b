import { describe, expect, it } from 'vitest'
import { checkCode } from '../../../src-main/mfa/totp'
import type { App } from './mfa-harness'
import { expectRefused, folderBytes, startApp } from './mfa-harness'

async function enrolled() {
  const app = startApp()
  const { secret } = await app.enrol()
  return { app, secret }
}

function wrongCode(app: App, secret: string): string {
  const now = Math.floor(app.clock.now().getTime() / 1000)
  for (let n = 0; ; n++) {
    const code = String(n).padStart(6, '0')
    if (checkCode(secret, code, now, null).kind === 'wrong') return code
  }
}

describe('mfa:verify: badly formed codes', () => {
  it.each([
    ['12345', /only 5 digits\. Type all 6/],
    ['1', /only 1 digit\. Type all 6/],
    ['1234567', /has 7 digits, but a code has exactly 6/],
    ['123 4567', /has 7 digits, but a code has exactly 6/],
    ['12a456', /not digits/],
    ['abcdef', /not digits/],
    ['12-456', /not digits/],
    ['１２３４５６', /not digits/],
    ['', /Type the 6-digit code/],
    ['   ', /Type the 6-digit code/],
  ])('%j is refused with a clear message and changes nothing', async (code, words) => {
    const { app } = await enrolled()
    const before = folderBytes(app.dataDir)
    const statusBefore = await app.status()
    app.emit.mockClear()
    const message = expectRefused(await app.verify(code), 'bad-input')
    expect(message).toMatch(words)
    expect(message).toContain('Nothing was checked')
    expect(folderBytes(app.dataDir)).toEqual(before)
    expect(await app.status()).toEqual(statusBefore)
    expect(app.emit).not.toHaveBeenCalled()
  })

  it.each([
    ['a number', 123456],
    ['null', null],
    ['an array', ['123456']],
    ['a code longer than 40 characters', '1'.repeat(41)],
  ])('%s is refused as bad input and changes nothing', async (_label, code) => {
    const { app } = await enrolled()
    const before = folderBytes(app.dataDir)
    const message = expectRefused(await app.verify(code), 'bad-input')
    expect(message).toMatch(/nothing was changed/i)
    expect(message).toMatch(/code/)
    expect(folderBytes(app.dataDir)).toEqual(before)
    expect((await app.status()).consecutiveFailures).toBe(0)
  })

  it.each([
    ['no code at all', {}],
    ['no input', undefined],
    ['an extra field', { code: '123456', extra: true }],
  ])('a request with %s is refused as bad input', async (_label, input) => {
    const { app } = await enrolled()
    const before = folderBytes(app.dataDir)
    expectRefused(await app.call('mfa:verify', input), 'bad-input')
    expect(folderBytes(app.dataDir)).toEqual(before)
  })

  it('badly formed codes do not count as failures towards the cooldown', async () => {
    const { app, secret } = await enrolled()
    for (let i = 0; i < 4; i++) await app.outcome(wrongCode(app, secret))
    for (const bad of ['12345', 'abcdef', '', '1234567', '12 34 5']) expectRefused(await app.verify(bad), 'bad-input')
    expect(await app.status()).toMatchObject({ consecutiveFailures: 4, cooldownSecondsLeft: 0 })
    expect((await app.outcome(app.codeFor(secret))).result).toBe('accepted')
  })
})

describe('mfa:verify: pasted codes', () => {
  const spaced: Array<[string, (c: string) => string]> = [
    ['a space in the middle', (c) => `${c.slice(0, 3)} ${c.slice(3)}`],
    ['a non-breaking space in the middle', (c) => `${c.slice(0, 3)}\u00a0${c.slice(3)}`],
    ['spaces around it', (c) => `  ${c} `],
    ['a trailing newline and tab', (c) => `\t${c}\n`],
    ['a space between every digit', (c) => c.split('').join(' ')],
  ]

  it.each(spaced)('a valid code with %s is accepted', async (_label, paste) => {
    const { app, secret } = await enrolled()
    const outcome = await app.outcome(paste(app.codeFor(secret)))
    expect(outcome.result).toBe('accepted')
  })

  it('a pasted "123 456" form of an already accepted code is still a replay', async () => {
    const { app, secret } = await enrolled()
    const code = app.codeFor(secret)
    expect((await app.outcome(code)).result).toBe('accepted')
    expect((await app.outcome(`${code.slice(0, 3)} ${code.slice(3)}`)).result).toBe('replayed')
  })
})

describe('mfa:verify before enrolment', () => {
  it('is refused as not allowed, with a clear message, and changes nothing', async () => {
    const app = startApp()
    await app.status()
    const before = folderBytes(app.dataDir)
    const message = expectRefused(await app.verify('123456'), 'not-allowed')
    expect(message).toMatch(/create a practice QR code/)
    expect(message).toMatch(/Nothing was checked/)
    expect(folderBytes(app.dataDir)).toEqual(before)
    expect(await app.status()).toMatchObject({ enrolled: false, consecutiveFailures: 0, cooldownSecondsLeft: 0, verifiedAt: null })
  })

  it('many attempts before enrolment never start a cooldown', async () => {
    const app = startApp()
    for (let i = 0; i < 8; i++) expectRefused(await app.verify('123456'), 'not-allowed')
    const { secret } = await app.enrol()
    expect(await app.status()).toMatchObject({ consecutiveFailures: 0, cooldownSecondsLeft: 0 })
    expect((await app.outcome(app.codeFor(secret))).result).toBe('accepted')
  })
})
